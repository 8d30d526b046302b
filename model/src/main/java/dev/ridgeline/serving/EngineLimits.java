package dev.ridgeline.serving;

import java.util.List;
import java.util.Optional;

/**
 * What a serving engine's scheduler allows per step: at most {@code maxBatch} sequences, at most
 * {@code maxTokensPerStep} tokens (decode and prefill chunks together). Prefill is chunked under that budget.
 *
 * @param id               stable id used in scenario files
 * @param name             shown in the UI
 * @param maxBatch         max sequences in flight (trtllm-bench max_batch_size, vLLM max-num-seqs)
 * @param maxTokensPerStep max tokens per step (trtllm-bench max_num_tokens, vLLM max-num-batched-tokens)
 */
public record EngineLimits(String id, String name, int maxBatch, int maxTokensPerStep) {
    /** trtllm-bench's caps (MEASURED.md): batch 4,096, 32,768 tokens per step. */
    public static final EngineLimits TRTLLM_BENCH = new EngineLimits("trtllm-bench", "TRT-LLM bench", 4096, 32_768);
    /** vLLM's server defaults on datacenter GPUs: max-num-seqs 1,024, max-num-batched-tokens 8,192. */
    public static final EngineLimits VLLM = new EngineLimits("vllm-defaults", "vLLM defaults", 1024, 8192);

    public static final List<EngineLimits> PRESETS = List.of(TRTLLM_BENCH, VLLM);
    public static final EngineLimits DEFAULT = TRTLLM_BENCH;

    public static Optional<EngineLimits> preset(String id) {
        return PRESETS.stream().filter(e -> e.id.equals(id)).findFirst();
    }

    public EngineLimits with(Integer batch, Integer tokens) {
        if (batch == null && tokens == null) {
            return this;
        }
        return new EngineLimits(id, name + " (edited)", batch == null ? maxBatch : batch,
                tokens == null ? maxTokensPerStep : tokens);
    }
}
