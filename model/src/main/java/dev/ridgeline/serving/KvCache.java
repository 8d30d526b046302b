package dev.ridgeline.serving;

import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.llm.AttentionKind;
import dev.ridgeline.llm.LanguageModel;

/**
 * KV-cache bytes: 2 × layers × KV heads × head dim × bytes per element for GQA; the latent
 * (kv_lora_rank + rope dim) per layer for MLA; sliding-window layers stop growing at the window;
 * linear-attention layers hold a fixed recurrent state per sequence instead.
 */
public final class KvCache {
    /** Linear-attention recurrent state is kept at BF16 (REFERENCE.md B.3's ≈94 MB for Qwen3.5). */
    static final double STATE_BYTES_PER_ELEMENT = 2.0;

    private KvCache() {
    }

    /** Cache bytes per token per attention layer. */
    static double bytesPerTokenPerLayer(LanguageModel model, NumberFormat kv) {
        if (model.attention().kind() == AttentionKind.MLA) {
            return model.attention().mlaLatentWidth() * kv.bytesPerValue();
        }
        return 2.0 * model.kvHeads() * model.headDim() * kv.bytesPerValue();
    }

    /** Bytes per token of context on the layers whose cache grows with the whole context. */
    public static double bytesPerToken(LanguageModel model, NumberFormat kv) {
        return model.fullContextLayers() * bytesPerTokenPerLayer(model, kv);
    }

    /** Fixed bytes one sequence holds whatever its length (linear-attention state). */
    public static double stateBytesPerSequence(LanguageModel model) {
        return model.linearAttention() == null ? 0
                : model.linearAttention().stateElementsPerSequence() * STATE_BYTES_PER_ELEMENT;
    }

    /** Everything one sequence of {@code tokens} tokens holds: full layers, capped sliding layers, state. */
    public static double bytesPerSequence(LanguageModel model, NumberFormat kv, double tokens) {
        double sliding = model.slidingWindow() == null ? 0
                : model.slidingWindow().layers() * bytesPerTokenPerLayer(model, kv)
                        * Math.min(tokens, model.slidingWindow().window());
        return tokens * bytesPerToken(model, kv) + sliding + stateBytesPerSequence(model);
    }
}
