package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.llm.LanguageModel;
import org.junit.jupiter.api.Test;

/** KV bytes per token for the catalog's models, as REFERENCE.md B.3 derives them (BF16, 2 B per element). */
class KvCacheCatalogTest {
    private final Catalog catalog = Catalog.builtIn();
    private final NumberFormat bf16 = catalog.format("bf16-kv").orElseThrow();

    private double perToken(String id) {
        return KvCache.bytesPerToken(catalog.model(id).orElseThrow(), bf16);
    }

    @Test
    void denseGqaModels() {
        // 2 × 32 L × 8 KV × 128 × 2 B = 131,072 (128 KiB)
        assertEquals(131_072, perToken("llama-3.1-8b"));
        // 2 × 80 × 8 × 128 × 2 = 327,680 (320 KiB)
        assertEquals(327_680, perToken("llama-3.3-70b"));
        // 2 × 126 × 8 × 128 × 2 = 516,096 (504 KiB)
        assertEquals(516_096, perToken("llama-3.1-405b"));
        // 2 × 64 × 8 × 128 × 2 = 262,144 (256 KiB)
        assertEquals(262_144, perToken("qwen3-32b"));
    }

    @Test
    void moeModels() {
        // Qwen3-235B: 2 × 94 × 4 × 128 × 2 = 192,512 (188 KiB)
        assertEquals(192_512, perToken("qwen3-235b-a22b"));
        // Mixtral: 2 × 32 × 8 × 128 × 2 = 131,072
        assertEquals(131_072, perToken("mixtral-8x7b"));
    }

    @Test
    void mlaCachesTheLatent() {
        // DeepSeek-V3: 61 layers × (512 + 64) × 2 B = 70,272 (no factor 2: one latent, not K and V)
        assertEquals(70_272, perToken("deepseek-v3"));
    }

    @Test
    void slidingWindowLayersStopGrowingAtTheWindow() {
        LanguageModel gptOss = catalog.model("gpt-oss-120b").orElseThrow();
        // full layers only: 2 × 18 × 8 × 64 × 2 = 36,864 B (36 KiB) per token
        assertEquals(36_864, perToken("gpt-oss-120b"));
        // a 10,000-token sequence: 10,000 × 36,864 + 18 sliding layers × 2,048 B × 128 window = 368,640,000
        // + 4,718,592 (≈4.5 MiB per sequence, REFERENCE.md B.3) = 373,358,592
        assertEquals(373_358_592, KvCache.bytesPerSequence(gptOss, bf16, 10_000), 1);
        // gpt-oss-20b: 2 × 12 × 8 × 64 × 2 = 24,576 (24 KiB)
        assertEquals(24_576, perToken("gpt-oss-20b"));
    }

    @Test
    void linearAttentionHoldsAFixedState() {
        LanguageModel qwen35 = catalog.model("qwen3.5-397b-a17b").orElseThrow();
        // 15 full layers × 2 × 2 KV × 256 × 2 B = 30,720 (30 KiB)
        assertEquals(30_720, perToken("qwen3.5-397b-a17b"));
        // state: 45 × 64 heads × 128 × 128 = 47,185,920 elements × 2 B = 94,371,840 B (≈94 MB) per sequence
        assertEquals(94_371_840, KvCache.stateBytesPerSequence(qwen35), 1);
        assertEquals(94_371_840 + 1000 * 30_720.0, KvCache.bytesPerSequence(qwen35, bf16, 1000), 1);
    }
}
