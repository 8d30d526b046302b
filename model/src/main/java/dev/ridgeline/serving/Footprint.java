package dev.ridgeline.serving;

import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ParameterCount;

/**
 * Weight bytes under a format, scales included; embedding and lm_head at BF16 where the format keeps them
 * so (MODEL.md §2: Llama 3.3 70B NVFP4 = 68.45e9 × 0.5625 + 2.10e9 × 2 = 42.7 GB).
 */
public final class Footprint {
    private static final double BF16_BYTES = 2.0;

    private Footprint() {
    }

    /** Bytes per parameter of the quantised body. */
    public static double bodyBytesPerParam(NumberFormat format) {
        return format.bytesPerValue();
    }

    public static double embeddingBytesPerParam(NumberFormat format) {
        return format.keepsEmbeddingsInBf16() ? BF16_BYTES : format.bytesPerValue();
    }

    /** Every weight byte held in HBM across the replica. */
    public static double weightBytes(LanguageModel model, NumberFormat format) {
        ParameterCount p = model.parameters();
        return p.body() * bodyBytesPerParam(format) + p.embeddings() * embeddingBytesPerParam(format);
    }

    /** Bytes of all routed experts: the part expert parallelism spreads rather than copies. */
    public static double expertBytes(LanguageModel model, NumberFormat format) {
        return model.parameters().routedExperts() * bodyBytesPerParam(format);
    }

    /**
     * Weight bytes one decode step reads when its tokens touch {@code distinctExpertsPerLayer} routed experts
     * in each MoE layer. Embedding and lm_head are counted whole, as seed 001 does.
     */
    public static double weightBytesRead(LanguageModel model, NumberFormat format, double distinctExpertsPerLayer) {
        ParameterCount p = model.parameters();
        double experts = p.moeLayers() * distinctExpertsPerLayer * p.perExpert(model);
        return (p.alwaysReadBody() + experts) * bodyBytesPerParam(format)
                + p.embeddings() * embeddingBytesPerParam(format);
    }

    /** Expected distinct routed experts per layer touched by {@code tokens} tokens: E·(1 − (1 − a/E)^tokens). */
    public static double distinctExperts(LanguageModel model, double tokens) {
        if (!model.isMoe()) {
            return 0;
        }
        double e = model.moe().routedExperts();
        double a = model.moe().activeExperts();
        return e * (1 - Math.pow(1 - a / e, tokens));
    }

    /** Streaming footprint W: bytes read per decode step at batch 1 (one token). */
    public static double streamingBytes(LanguageModel model, NumberFormat format) {
        return weightBytesRead(model, format, model.isMoe() ? model.moe().activeExperts() : 0);
    }
}
