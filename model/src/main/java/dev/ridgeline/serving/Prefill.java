package dev.ridgeline.serving;

/** The compute-bound prefill ceiling: util × peak / (2 × active params) tokens per second (MODEL.md §2). */
public final class Prefill {
    private Prefill() {
    }

    public static double ceilingTokensPerSec(double peakFlops, double utilisation, double activeParams) {
        return utilisation * peakFlops / (2 * activeParams);
    }
}
