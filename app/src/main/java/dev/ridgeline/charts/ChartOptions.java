package dev.ridgeline.charts;

/**
 * How the charts are drawn, beyond the results: the workbench's view toggles.
 *
 * @param logThroughput the frontier's throughput axis (tok/s per GPU) on a log scale. Off by default: the seeds and
 *                      vendors draw frontiers linear, and on a linear axis the gap between systems reads as the
 *                      ratio it is (B200 vs H100) — which is the question most scenarios ask. On a log axis a
 *                      system an order of magnitude below the others (a 1-GPU H100 under 8-GPU B200s) keeps its
 *                      shape, and the measured 8-GPU points above it stay in view; one toggle away for that story.
 */
public record ChartOptions(boolean logThroughput) {
    public static final ChartOptions DEFAULT = new ChartOptions(false);

    public ChartOptions withLogThroughput(boolean value) {
        return new ChartOptions(value);
    }
}
