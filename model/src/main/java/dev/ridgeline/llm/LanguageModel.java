package dev.ridgeline.llm;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * A transformer's architecture as its config states it. Parameter counts are derived from these fields
 * ({@link ParameterCount}); the stated totals are kept to check the derivation against.
 */
public record LanguageModel(
        String id,
        String name,
        @Range(min = 0, minExclusive = true, max = 1e6) double statedTotalParamsB,
        @Optional @Range(min = 0, minExclusive = true, max = 1e6) Double statedActiveParamsB,
        @Range(min = 1, max = 1000) int layers,
        @Range(min = 1, max = 1_000_000) int hidden,
        @Range(min = 1, max = 100_000) int queryHeads,
        @Range(min = 1, max = 100_000) int kvHeads,
        @Range(min = 1, max = 100_000) int headDim,
        @Range(min = 1, max = 100_000_000) int vocab,
        @Optional @Range(min = 1, max = 10_000_000) Integer ffn,
        boolean tiedEmbeddings,
        @Range(min = 1, max = 1_000_000_000) int maxContext,
        Attention attention,
        @Optional SlidingWindow slidingWindow,
        @Optional LinearAttention linearAttention,
        @Optional Moe moe,
        @Optional Boolean attentionBias,
        String source,
        @Optional String notes) {

    public LanguageModel {
        RecordRules.require(LanguageModel.class, "model", id, name, statedTotalParamsB, statedActiveParamsB, layers,
                hidden, queryHeads, kvHeads, headDim, vocab, ffn, tiedEmbeddings, maxContext, attention, slidingWindow,
                linearAttention, moe, attentionBias, source, notes);
    }

    public boolean isMoe() {
        return moe != null;
    }

    /** Layers with softmax attention (and so a KV cache): all but the linear-attention ones. */
    public int attentionLayers() {
        return layers - (linearAttention == null ? 0 : linearAttention.layers());
    }

    /** Attention layers whose cache grows with the whole context (not sliding-window ones). */
    public int fullContextLayers() {
        return attentionLayers() - (slidingWindow == null ? 0 : slidingWindow.layers());
    }

    public ParameterCount parameters() {
        return ParameterCount.of(this);
    }
}
