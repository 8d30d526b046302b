package dev.ridgeline.audit;

import static dev.ridgeline.audit.ClaimRows.f;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.serving.Footprint;
import dev.ridgeline.serving.KvCache;
import dev.ridgeline.serving.Prefill;
import dev.ridgeline.serving.Roofline;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.units.Units;
import java.util.List;

/** Seed 001 ("The Blackwell Migration Question"), key observations and Part 1: floors, KV budget, ridges, prefill. */
final class Seed001PhysicsClaims {
    private Seed001PhysicsClaims() {
    }

    static List<AuditRow> rows(Catalog catalog, MigrationSystems m) {
        ClaimRows rows = new ClaimRows("001");
        SystemResults h100 = m.h100().physics();
        SystemResults h200 = m.h200().physics();
        SystemResults b200 = m.b200().physics();
        LanguageModel llama = b200.config().model();
        NumberFormat nvfp4 = b200.config().weightFormat();
        NumberFormat fp8 = h100.config().weightFormat();
        NumberFormat kvBf16 = catalog.format("bf16-kv").orElseThrow();
        NumberFormat kvFp8 = catalog.format("fp8-kv").orElseThrow();
        Accelerator gb200 = catalog.accelerator("gb200").orElseThrow();

        // §1.1: the NVFP4 footprint, decomposed as the article does
        double body = llama.parameters().body();
        double nvfp4StreamGB = Footprint.streamingBytes(llama, nvfp4) / Units.GB;
        double fp8StreamGB = Footprint.streamingBytes(llama, fp8) / Units.GB;
        rows.add("§1.1", "Linear FP4 weights: 68.45 B params × 0.5 bytes", 34.23, "GB", 0.005,
                body * nvfp4.elementBits() / 8 / Units.GB);
        rows.add("§1.1", "NVFP4 block-scale overhead: 68.45 B params / 16 × 1 byte", 4.28, "GB", 0.005,
                body / nvfp4.blockSize() * nvfp4.scaleBitsPerBlock() / 8 / Units.GB);
        rows.add("§1.1", "Embedding + lm_head at BF16: 2.10 B params × 2 bytes", 4.20, "GB", 0.005,
                llama.parameters().embeddings() * Footprint.embeddingBytesPerParam(nvfp4) / Units.GB);
        rows.add("§1.1", "Total on-GPU footprint, NVFP4 weights + ~1 GB runtime", 43.7, "GB", 0.05,
                b200.memory().onGpuBytes() / Units.GB);
        rows.add("§1.1", "Streaming footprint per decode step, NVFP4", 42.7, "GB", 0.05, nvfp4StreamGB);

        // §1.1: decode floors = W / bandwidth
        double gb200FloorMs = Footprint.streamingBytes(llama, nvfp4) / gb200.bandwidthBytesPerSec() * 1e3;
        rows.add("§1.1", "HGX B200 decode floor: 42.7 GB / 7.7 TB/s", 5.5, "ms/token", 0.05, b200.decodeFloorMs());
        rows.add("§1.1", "HGX B200 per-user ceiling, 1 / floor", 180, "tok/s/user", 5,
                b200.ceilingTokensPerSecPerUser());
        rows.add("§1.1", "GB200 decode floor: 42.7 GB / 8.0 TB/s", 5.3, "ms/token", 0.05, gb200FloorMs);
        rows.add("§1.1", "GB200 per-user ceiling, 1 / floor", 187, "tok/s/user", 0.5, 1e3 / gb200FloorMs);
        String fp8Footprint = f("the FP8 footprint is %.2f GB (68.45 B body params at 1 byte + 2.10 B embedding and "
                + "lm_head params at BF16), not the 72 GB the article divides", fp8StreamGB);
        rows.add("§1.1", "H100 SXM FP8 decode floor (Issue #1)", 21.5, "ms/token", 0.05, h100.decodeFloorMs(),
                f("%s: %.2f GB / 3.35 TB/s = %.2f ms", fp8Footprint, fp8StreamGB, h100.decodeFloorMs()));
        rows.add("§1.1", "H100 SXM FP8 per-user ceiling (Issue #1)", 46.5, "tok/s/user", 0.05,
                h100.ceilingTokensPerSecPerUser(),
                f("1 / %.2f ms = %.1f tok/s/user, from the %.2f GB FP8 footprint", h100.decodeFloorMs(),
                        h100.ceilingTokensPerSecPerUser(), fp8StreamGB));
        rows.add("§1.1, Chart 1", "Decode floor, H100 FP8 ÷ B200 NVFP4 (\"~3.9x faster\")", 3.9, "×", 0.05,
                h100.decodeFloorMs() / b200.decodeFloorMs());
        rows.add("§1.1", "Bandwidth contribution: 7.7 vs 3.35 TB/s", 2.3, "×", 0.05,
                b200.config().bandwidthPerGpu() / h100.config().bandwidthPerGpu());
        rows.add("§1.1", "Footprint contribution: 72 vs 42.7 GB", 1.69, "×", 0.005, fp8StreamGB / nvfp4StreamGB,
                f("%s: %.2f / %.2f = %.2f", fp8Footprint, fp8StreamGB, nvfp4StreamGB, fp8StreamGB / nvfp4StreamGB));
        rows.add("Key observations", "Batch-1 decode floor, H200 FP8 ÷ B200 NVFP4", 2.7, "×", 0.05,
                h200.decodeFloorMs() / b200.decodeFloorMs());
        rows.add("Key observations", "Bandwidth, B200 ÷ H200: 7.7 vs 4.8 TB/s", 1.6, "×", 0.05,
                b200.config().bandwidthPerGpu() / h200.config().bandwidthPerGpu());

        kvBudget(rows, m, llama, kvBf16, kvFp8, fp8StreamGB);
        rooflineAndPrefill(rows, h100, b200, llama);
        rows.add("§2", "H200 bandwidth above H100's: 4.8 vs 3.35 TB/s (\"~43%\")", 43, "%", 0.5,
                (h200.config().bandwidthPerGpu() / h100.config().bandwidthPerGpu() - 1) * 100);
        return rows.rows();
    }

    /** §1.2: KV bytes per token, budgets, token capacity and concurrency. */
    private static void kvBudget(ClaimRows rows, MigrationSystems m, LanguageModel llama, NumberFormat kvBf16,
            NumberFormat kvFp8, double fp8StreamGB) {
        SystemResults h100 = m.h100().physics();
        SystemResults h200 = m.h200().physics();
        SystemResults b200 = m.b200().physics();
        double bf16PerToken = KvCache.bytesPerToken(llama, kvBf16);
        double fp8PerToken = KvCache.bytesPerToken(llama, kvFp8);
        rows.add("§1.2", "KV cache per token, BF16: 2 × 80 layers × 8 KV heads × 128 × 2 B (article truncates)",
                327, "KB", 1, bf16PerToken / 1e3);
        rows.add("§1.2", "KV cache per token, FP8", 164, "KB", 0.5, fp8PerToken / 1e3);
        rows.add("§1.2", "B200 KV budget: 180 GB − 43.7 GB footprint − ~1 GB reserve", 135, "GB", 0.5,
                b200.kvBudgetGB());
        String h100Budget = f("%.0f GB − %.2f GB weights − %.0f GB runtime − %.0f GB reserve = %.2f GB under the "
                + "marketed-capacity convention the article uses for the B200", h100.config().accelerator().memoryGB(),
                fp8StreamGB, h100.config().runtimeGB(), h100.config().reserveGB(), h100.kvBudgetGB());
        rows.add("§1.2, Chart 2", "H100 FP8 KV budget (\"~7–8 GB\", Chart 2: ~7.5 GB)", 7.5, "GB", 0.05,
                h100.kvBudgetGB(), h100Budget + "; the article's ~7–8 GB is 80 − 72 − 1, leaving out the H100's "
                        + "runtime GB and the BF16 embeddings");
        rows.add("§1.2, Chart 2", "KV budget, B200 ÷ H100 (\"~18x\")", 18, "×", 0.5,
                b200.kvBudgetGB() / h100.kvBudgetGB(),
                f("%.1f GB ÷ %.2f GB = %.1f×: follows from the H100's %.2f GB budget", b200.kvBudgetGB(),
                        h100.kvBudgetGB(), b200.kvBudgetGB() / h100.kvBudgetGB(), h100.kvBudgetGB()));
        rows.add("§1.2, Chart 2", "H200 FP8 KV budget", 67, "GB", 0.5, h200.kvBudgetGB(),
                f("%.0f GB − %.2f − %.0f − %.0f = %.2f GB; the article's 67 subtracts the 72 GB footprint",
                        h200.config().accelerator().memoryGB(), fp8StreamGB, h200.config().runtimeGB(),
                        h200.config().reserveGB(), h200.kvBudgetGB()));
        rows.add("§1.2, Chart 2", "KV budget, H200 ÷ H100 (\"~9x\")", 9, "×", 0.5,
                h200.kvBudgetGB() / h100.kvBudgetGB(),
                f("%.2f ÷ %.2f GB = %.1f×: follows from the H100's %.2f GB budget", h200.kvBudgetGB(),
                        h100.kvBudgetGB(), h200.kvBudgetGB() / h100.kvBudgetGB(), h100.kvBudgetGB()));
        double b200Bf16Tokens = b200.memory().kvBudgetBytes() / bf16PerToken;
        double b200Fp8Tokens = b200.memory().kvBudgetBytes() / fp8PerToken;
        rows.add("§1.2 table", "B200 KV tokens, BF16: 135 GB / 327 KB", 413_000, "tokens", 500, b200Bf16Tokens);
        rows.add("§1.2 table", "B200 KV tokens, FP8: 135 GB / 164 KB (article truncates)", 825_000, "tokens",
                1_000, b200Fp8Tokens);
        double h100Bf16Tokens = h100.memory().kvBudgetBytes() / bf16PerToken;
        double h100Fp8Tokens = h100.memory().kvBudgetBytes() / fp8PerToken;
        rows.add("§1.2 table", "H100 KV tokens, BF16 (\"~21,000–24,500\")", 21_000, "tokens", 500, h100Bf16Tokens,
                f("%.2f GB / 327,680 B = %,.0f tokens: follows from the H100's budget", h100.kvBudgetGB(),
                        h100Bf16Tokens));
        rows.add("§1.2 table", "H100 KV tokens, FP8 (\"~42,000–49,000\")", 42_000, "tokens", 500, h100Fp8Tokens,
                f("%.2f GB / 163,840 B = %,.0f tokens: follows from the H100's budget", h100.kvBudgetGB(),
                        h100Fp8Tokens));
        rows.add("§1.2", "B200 concurrency at 8,192 tokens per sequence, BF16 KV", 50, "sequences", 0.5,
                b200Bf16Tokens / 8192);
        rows.add("§1.2", "B200 concurrency at 32,768 tokens, BF16 KV (article truncates 12.6 to ~12)", 12,
                "sequences", 1, b200Bf16Tokens / 32768);
        rows.add("§1.2", "H100 concurrency at 8,192 tokens per sequence, BF16 KV", 3, "sequences", 0.5,
                h100Bf16Tokens / 8192,
                f("%,.0f tokens / 8,192 = %.1f: follows from the H100's %.2f GB budget", h100Bf16Tokens,
                        h100Bf16Tokens / 8192, h100.kvBudgetGB()));
    }

    /** Seed 001 §1.3's "0.75 utilisation" for its prefill bounds (the model's own efficiencies are measured). */
    static final double SEED_PREFILL_UTILISATION = 0.75;

    /** §1.3: ridges, batch-1 decode against the roof, prefill ceilings. */
    private static void rooflineAndPrefill(ClaimRows rows, SystemResults h100, SystemResults b200,
            LanguageModel llama) {
        Accelerator b200Hw = b200.config().accelerator();
        Roofline b200Fp8 = new Roofline(b200Hw.peakFlops(Precision.FP8), b200Hw.bandwidthBytesPerSec());
        double fp4DensePf = b200Hw.peakFlops(Precision.FP4) / Units.PETA;
        double fp8DensePf = b200Hw.peakFlops(Precision.FP8) / Units.PETA;
        String sparse = "%.0f PFLOPS is the B200's sparse %s figure; dense is %.1f PFLOPS: %.1fe15 / 7.7e12 = %,.0f";
        rows.add("§1.3", "B200 FP4 ridge: 18 PFLOPS / 7.7 TB/s", 2_338, "FLOP/byte", 0.5, b200.ridgeFlopPerByte(),
                f(sparse, fp4DensePf * 2, "FP4", fp4DensePf, fp4DensePf, b200.ridgeFlopPerByte()));
        rows.add("§1.3", "B200 FP8 ridge: 9 PFLOPS / 7.7 TB/s", 1_169, "FLOP/byte", 0.5, b200Fp8.ridgeFlopPerByte(),
                f(sparse, fp8DensePf * 2, "FP8", fp8DensePf, fp8DensePf, b200Fp8.ridgeFlopPerByte()));
        rows.add("§1.3", "H100 FP8 ridge: 1,979 TFLOPS / 3.35 TB/s", 591, "FLOP/byte", 0.5, h100.ridgeFlopPerByte());
        rows.add("§1.3", "B200 FP4 ridge ÷ H100 FP8 ridge (\"roughly 4x further out\")", 4, "×", 0.5,
                b200.ridgeFlopPerByte() / h100.ridgeFlopPerByte(),
                f("with dense peaks %,.0f ÷ %,.0f = %.2f×: the B200 ridge is ~2× further out, not 4×",
                        b200.ridgeFlopPerByte(), h100.ridgeFlopPerByte(),
                        b200.ridgeFlopPerByte() / h100.ridgeFlopPerByte()));
        rows.add("§1.3", "B200 attained FLOP/s at AI ≈ 1 FLOP/byte", 7.7, "TFLOP/s", 0.05,
                b200.roofline().attainableFlops(1) / Units.TERA);
        rows.add("§1.3", "Batch-1 decode (AI ≈ 1) as a share of B200 FP4 peak", 0.04, "%", 0.005,
                b200.roofline().fractionOfPeak(1) * 100,
                f("%.1f TFLOP/s ÷ %,.0f TFLOP/s dense FP4 = %.3f %%; 0.04 %% is against the sparse 18 PFLOPS",
                        b200.roofline().attainableFlops(1) / Units.TERA, b200Hw.peakFlops(Precision.FP4) / Units.TERA,
                        b200.roofline().fractionOfPeak(1) * 100));
        rows.add("§1.3", "H100 attained FLOP/s at AI ≈ 1 FLOP/byte", 3.4, "TFLOP/s", 0.05,
                h100.roofline().attainableFlops(1) / Units.TERA);
        rows.add("§1.3", "Batch-1 decode (AI ≈ 1) as a share of H100 FP8 peak", 0.17, "%", 0.005,
                h100.roofline().fractionOfPeak(1) * 100);
        double active = llama.parameters().active();
        double seedInputs = Prefill.ceilingTokensPerSec(18e15, SEED_PREFILL_UTILISATION, 70.55e9);
        // the seed's bound at its own stated utilisation, not the model's measured FP4/FP8 efficiencies
        double b200Bound = Prefill.ceilingTokensPerSec(b200.config().peakFlopsPerGpu(), SEED_PREFILL_UTILISATION,
                active);
        double h100Bound = Prefill.ceilingTokensPerSec(h100.config().peakFlopsPerGpu(), SEED_PREFILL_UTILISATION,
                active);
        rows.add("§1.3", "B200 prefill ceiling: 0.75 × 18 PFLOPS / (2 × 70.55 B)", 96_000, "tok/s", 500, b200Bound,
                f("dense FP4 is %.1f PFLOPS: 0.75 × %.1fe15 / (2 × %.2f B) = %,.0f tok/s (the article's sparse "
                        + "18 PFLOPS gives %,.0f)", fp4DensePf, fp4DensePf, active / 1e9, b200Bound, seedInputs));
        rows.add("§1.3", "H100 prefill ceiling at FP8, 0.75 utilisation", 10_500, "tok/s", 50, h100Bound);
        double prefillRatio = b200Bound / h100Bound;
        rows.add("§1.3", "Prefill ceiling, B200 ÷ H100 (\"~9x\")", 9, "×", 0.5, prefillRatio,
                f("%,.0f ÷ %,.0f = %.1f× with the dense FP4 peak", b200Bound, h100Bound, prefillRatio));
    }
}
