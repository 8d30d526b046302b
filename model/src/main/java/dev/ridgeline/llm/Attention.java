package dev.ridgeline.llm;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/** The attention block's shape beyond heads and head dim: MLA ranks, and Qwen3.5's output gate. */
public record Attention(
        AttentionKind kind,
        @Optional @Range(min = 1, max = 1_000_000) Integer qLoraRank,
        @Optional @Range(min = 1, max = 1_000_000) Integer kvLoraRank,
        @Optional @Range(min = 1, max = 1_000_000) Integer qkNopeHeadDim,
        @Optional @Range(min = 1, max = 1_000_000) Integer qkRopeHeadDim,
        @Optional @Range(min = 1, max = 1_000_000) Integer vHeadDim,
        @Optional Boolean outputGate) {

    public Attention {
        RecordRules.require(Attention.class, "attention", kind, qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim,
                vHeadDim, outputGate);
    }

    public static Attention gqa() {
        return new Attention(AttentionKind.GQA, null, null, null, null, null, null);
    }

    public boolean hasOutputGate() {
        return outputGate != null && outputGate;
    }

    /** Elements cached per token per layer under MLA: the compressed c_KV plus the decoupled RoPE key. */
    public int mlaLatentWidth() {
        return kvLoraRank + qkRopeHeadDim;
    }
}
