package dev.ridgeline.serving;

import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.Attention;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.SystemDefaults;
import dev.ridgeline.scenario.Workload;
import java.util.Map;

/** Catalog entries written out with the figures seed 001 and REFERENCE.md use, independent of assets/. */
final class Fixtures {
    private Fixtures() {
    }

    static final NumberFormat BF16 = new NumberFormat("bf16", "BF16", 16, 0, 0, 16, Precision.BF16,
            FormatUse.WEIGHTS, false, "test", null);
    static final NumberFormat FP8 = new NumberFormat("fp8", "FP8", 8, 0, 0, 8, Precision.FP8, FormatUse.WEIGHTS,
            true, "test", null);
    static final NumberFormat NVFP4 = new NumberFormat("nvfp4", "NVFP4", 4, 16, 8, 4.5, Precision.FP4,
            FormatUse.WEIGHTS, true, "test", null);
    static final NumberFormat KV_BF16 = new NumberFormat("bf16-kv", "BF16", 16, 0, 0, 16, Precision.BF16,
            FormatUse.KV, null, "test", null);
    static final NumberFormat KV_FP8 = new NumberFormat("fp8-kv", "FP8", 8, 0, 0, 8, Precision.FP8,
            FormatUse.KV, null, "test", null);

    /** Llama 3.3 70B: 80 layers, d 8192, 64/8 heads of 128, vocab 128,256, FFN 28,672 (REFERENCE.md B.1). */
    static final LanguageModel LLAMA_70B = new LanguageModel("llama-3.3-70b", "Llama 3.3 70B", 70.55, null, 80,
            8192, 64, 8, 128, 128_256, 28_672, false, 131_072, Attention.gqa(), null, null, null, null, "test",
            null);

    static final Accelerator H100 = new Accelerator("h100-sxm", "H100 SXM", "NVIDIA", 2022, 80, 3.35,
            Map.of(Precision.BF16, 989.4, Precision.FP8, 1978.9), null, 700, null, 900, "NVLink4", "test", null, "hopper");
    /** B200 HGX with the catalog's dense peaks (REFERENCE.md A.1: FP4 9,000, FP8 4,500 TFLOP/s). */
    static final Accelerator B200 = new Accelerator("b200-hgx", "B200", "NVIDIA", 2025, 180, 7.7,
            Map.of(Precision.BF16, 2250.0, Precision.FP8, 4500.0, Precision.FP4, 9000.0), null, 1000, null, 1800,
            "NVLink5", "test", null, "blackwell");
    /** B200 as seed 001 prints it: "18 PFLOPS FP4 dense", which REFERENCE.md A.2 shows is the sparse figure. */
    static final Accelerator B200_AS_SEED_001 = B200.withDenseTflops(
            Map.of(Precision.BF16, 5000.0, Precision.FP8, 9000.0, Precision.FP4, 18000.0));

    /** Seed 001 §3.3's chat workload: 800 in, 400 out, 50 req/s, 50 tok/s/user. */
    static final Workload CHAT = new Workload(800, 400, 50, 1.0, 50);

    static SystemConfig system(Accelerator a, LanguageModel m, NumberFormat weights, NumberFormat kv) {
        return SystemDefaults.of(a.id(), a, m, weights, kv, Parallelism.tensor(1), EngineLimits.DEFAULT);
    }

    /** The same system at seed 001's prefill utilisation, 0.75 of peak at every precision. */
    static SystemConfig atSeed001Utilisation(SystemConfig s) {
        Efficiencies e = s.efficiencies();
        for (Precision p : Precision.values()) {
            e = e.withCompute(p, 0.75);
        }
        return s.withEfficiencies(e);
    }
}
