package dev.ridgeline.serving;

/**
 * One decode step of a replica, per GPU, in seconds, with what it moved and computed.
 *
 * @param bytesPerGpu      HBM bytes each GPU reads (its shard of weights and KV)
 * @param flopsPerGpu      FLOPs each GPU performs (decode, verification and interleaved prefill)
 * @param memorySeconds    bytesPerGpu / (bandwidth × efficiency)
 * @param computeSeconds   flopsPerGpu / (peak × efficiency)
 * @param allReduceSeconds tensor-parallel all-reduces over the scale-up link
 * @param overheadSeconds  fixed per-step overhead
 * @param draftSeconds     drafting k tokens
 */
public record StepTime(
        double bytesPerGpu,
        double flopsPerGpu,
        double memorySeconds,
        double computeSeconds,
        double allReduceSeconds,
        double overheadSeconds,
        double draftSeconds) {

    public double totalSeconds() {
        return Math.max(memorySeconds, computeSeconds) + allReduceSeconds + overheadSeconds + draftSeconds;
    }

    public boolean computeBound() {
        return computeSeconds > memorySeconds;
    }

    public double flopPerByte() {
        return flopsPerGpu / bytesPerGpu;
    }
}
