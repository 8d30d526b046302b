package dev.ridgeline.economics;

import dev.ridgeline.units.Units;

/** The megawatt view (seed 001 §3.5): tokens per provisioned megawatt and energy per million tokens. */
public final class Power {
    private Power() {
    }

    /** tok/s/GPU × 1e6 / all-in watts per GPU. */
    public static double tokensPerSecPerMegawatt(double tokensPerSecPerGpu, double allInWattsPerGpu) {
        return tokensPerSecPerGpu * 1e6 / allInWattsPerGpu;
    }

    /** kW × $/kWh per hour, spread over the tokens of that hour. */
    public static double energyCostPerMillion(double allInWattsPerGpu, double dollarsPerKWh,
            double tokensPerSecPerGpu) {
        return allInWattsPerGpu / 1000 * dollarsPerKWh / (tokensPerSecPerGpu * Units.SECONDS_PER_HOUR)
                * Units.MILLION;
    }
}
