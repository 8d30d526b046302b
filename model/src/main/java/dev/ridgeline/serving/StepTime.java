package dev.ridgeline.serving;

/**
 * One step of a replica, per GPU, as phases run one after another (model/MODEL.md §2, "Step"): linear layers,
 * attention, collectives, host overhead and sequential draft passes. Each phase is on its own roofline; the
 * phases do not overlap each other.
 *
 * @param bytesPerGpu          HBM bytes each GPU reads (weights, KV, logits)
 * @param weightBytesPerGpu    of which weights: the non-expert shard plus the experts this step's tokens touch
 * @param flopsPerGpu          FLOPs each GPU performs (linear layers and attention)
 * @param linearMemorySeconds  weights read by the linear layers, at achieved bandwidth
 * @param linearComputeSeconds linear-layer FLOPs at the weights' precision and its efficiency
 * @param attentionSeconds     max(KV read, attention FLOPs at BF16/FP8) of the step's tokens
 * @param samplingSeconds      logits written and read for sampling
 * @param communicationSeconds TP all-reduces and EP all-to-alls over the scale-up link
 * @param overheadSeconds      fixed plus per-sequence host time
 * @param draftSeconds         k sequential draft passes
 */
public record StepTime(
        double bytesPerGpu,
        double weightBytesPerGpu,
        double flopsPerGpu,
        double linearMemorySeconds,
        double linearComputeSeconds,
        double attentionSeconds,
        double samplingSeconds,
        double communicationSeconds,
        double overheadSeconds,
        double draftSeconds) {

    public double linearSeconds() {
        return Math.max(linearMemorySeconds, linearComputeSeconds);
    }

    public double totalSeconds() {
        return linearSeconds() + attentionSeconds + samplingSeconds + communicationSeconds + overheadSeconds
                + draftSeconds;
    }

    /** Whether the linear layers, the bulk of the step, are limited by FLOPs rather than by reading weights. */
    public boolean computeBound() {
        return linearComputeSeconds > linearMemorySeconds;
    }

    public double flopPerByte() {
        return bytesPerGpu == 0 ? 0 : flopsPerGpu / bytesPerGpu;
    }
}
