package dev.ridgeline.serving;

/**
 * One batch on the throughput–interactivity frontier, sustained: decode-only and mixed (chunked-prefill) steps in
 * the proportion the workload's prompts need.
 *
 * @param batch                      sequences in flight per replica (the engine's batch)
 * @param tokensPerSecPerUser        interactivity: E(α, k) / mean step time, stalls for others' prefill included
 * @param outputTokensPerSecPerGpu   output tokens per second per GPU
 * @param totalTokensPerSecPerGpu    input and output tokens per second per GPU
 * @param stepMs                     mean step, milliseconds
 * @param computeBound               whether the linear layers of a decode step are limited by FLOPs
 */
public record FrontierPoint(
        int batch,
        double tokensPerSecPerUser,
        double outputTokensPerSecPerGpu,
        double totalTokensPerSecPerGpu,
        double stepMs,
        boolean computeBound) {
}
