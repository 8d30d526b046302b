package dev.ridgeline.serving;

/** A place a workload sits on the roofline: its arithmetic intensity and the FLOP/s it attains per GPU. */
public record OperatingPoint(String name, double flopPerByte, double attainedFlopsPerGpu) {
}
