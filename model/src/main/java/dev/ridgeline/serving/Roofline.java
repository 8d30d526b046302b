package dev.ridgeline.serving;

/**
 * The roofline: attainable FLOP/s = min(peak, intensity × bandwidth); the ridge is peak / bandwidth
 * (H100 FP8: 1,979 TFLOP/s / 3.35 TB/s = 591 FLOP/byte).
 */
public record Roofline(double peakFlops, double bandwidthBytesPerSec) {

    public double ridgeFlopPerByte() {
        return peakFlops / bandwidthBytesPerSec;
    }

    public double attainableFlops(double flopPerByte) {
        return Math.min(peakFlops, flopPerByte * bandwidthBytesPerSec);
    }

    public double fractionOfPeak(double flopPerByte) {
        return attainableFlops(flopPerByte) / peakFlops;
    }
}
