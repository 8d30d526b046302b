package dev.ridgeline.llm;

import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * Linear-attention layers (Qwen3.5's Gated DeltaNet): no KV cache, a fixed recurrent state per sequence of
 * valueHeads × headDim × headDim elements per layer.
 */
public record LinearAttention(
        @Range(min = 1, max = 1000) int layers,
        @Range(min = 1, max = 100_000) int keyHeads,
        @Range(min = 1, max = 100_000) int valueHeads,
        @Range(min = 1, max = 100_000) int headDim) {

    public LinearAttention {
        RecordRules.require(LinearAttention.class, "linearAttention", layers, keyHeads, valueHeads, headDim);
    }

    /** Recurrent-state elements one sequence holds across all linear layers. */
    public double stateElementsPerSequence() {
        return (double) layers * valueHeads * headDim * headDim;
    }
}
