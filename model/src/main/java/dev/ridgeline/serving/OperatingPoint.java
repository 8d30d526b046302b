package dev.ridgeline.serving;

/** A place a workload sits on the roofline: its arithmetic intensity and the FLOP/s it attains per GPU. */
public record OperatingPoint(Kind kind, String name, double flopPerByte, double attainedFlopsPerGpu) {
    /** Which phase the point describes. */
    public enum Kind {
        DECODE_BATCH_ONE, DECODE_CURRENT, PREFILL
    }
}
