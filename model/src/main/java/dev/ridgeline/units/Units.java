package dev.ridgeline.units;

/**
 * Unit conversions at the model's boundary. Internally the model works in bytes, seconds and FLOP;
 * GB and TB/s are decimal, the vendors' convention (MODEL.md).
 */
public final class Units {
    public static final double GB = 1e9;
    public static final double TB = 1e12;
    public static final double TERA = 1e12;
    public static final double PETA = 1e15;
    public static final double MILLION = 1e6;
    public static final double SECONDS_PER_HOUR = 3600;
    /** Hours in a billing month, the cloud convention used by seed 001 §3.3. */
    public static final double HOURS_PER_MONTH = 730;

    private Units() {
    }
}
