package dev.ridgeline.serving;

/**
 * One batch on the throughput–interactivity frontier, sustained (each request's prefill paid for).
 *
 * @param batch                      concurrent sequences per replica
 * @param tokensPerSecPerUser        interactivity: E(α, k) / step time
 * @param outputTokensPerSecPerGpu   batch × E / step time / GPUs
 * @param stepMs                     one step, milliseconds
 * @param computeBound               whether compute, not memory, sets the step
 */
public record FrontierPoint(
        int batch,
        double tokensPerSecPerUser,
        double outputTokensPerSecPerGpu,
        double stepMs,
        boolean computeBound) {
}
