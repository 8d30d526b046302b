package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.SystemDefaults;
import dev.ridgeline.scenario.Workload;
import org.junit.jupiter.api.Test;

/**
 * Speculative decoding from the step's own costs: k sequential draft passes (draftCostRatio × the target's decode
 * kernels, plus launch and per-sequence cost each) and verification of k + 1 tokens per sequence through the
 * linear layers, the MoE experts and attention.
 */
class SpeculationTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Workload CHAT = new Workload(800, 400, 10, 1.0, 50);

    private static SystemConfig system(String accelerator, String model, String weights, Parallelism p) {
        return SystemDefaults.of(model, CATALOG.accelerator(accelerator).orElseThrow(),
                CATALOG.model(model).orElseThrow(), CATALOG.format(weights).orElseThrow(),
                CATALOG.format("fp8-kv").orElseThrow(), p, EngineLimits.TRTLLM_BENCH);
    }

    private static double gain(SystemConfig s, int k, double alpha, Workload w, int batch) {
        return SteadyState.at(s.withSpeculation(k, alpha), w, batch).tokensPerSecPerUser()
                / SteadyState.at(s, w, batch).tokensPerSecPerUser();
    }

    /** E(α, k) ÷ (1 + k × one draft pass ÷ the plain decode step): the small-batch ideal. */
    private static double ideal(SystemConfig s, int k, double alpha, Workload w, int batch) {
        StepTime plain = Step.of(s, StepShape.decode(batch, 0, w.averageDecodeContext()));
        StepTime spec = Step.of(s, StepShape.decode(batch, k, w.averageDecodeContext()));
        double draftCost = spec.draftSeconds() / plain.totalSeconds();
        return Speculation.expectedTokensPerStep(alpha, k) / (1 + draftCost);
    }

    @Test
    void denseGainIsEOverDraftCostAtBatchOneAndFadesWhenComputeBound() {
        SystemConfig b200 = system("b200-hgx", "llama-3.3-70b", "nvfp4", Parallelism.tensor(1));
        for (double alpha : new double[] {0.6, 0.7, 0.8, 0.9}) {
            for (int k = 1; k <= 4; k++) {
                // batch 1 streams 42.7 GB of weights (6.9 ms): verifying k+1 tokens adds < 2 % of compute
                double atOne = gain(b200, k, alpha, CHAT, 1);
                double ideal = ideal(b200, k, alpha, CHAT, 1);
                assertEquals(ideal, atOne, 0.03 * ideal, "α " + alpha + ", k " + k + " at batch 1");
                assertTrue(atOne > 1.3, "a real gain at batch 1: " + atOne);
                // batch 512: linear layers are compute-bound and verification multiplies their FLOPs by k + 1
                assertTrue(Step.of(b200, StepShape.decode(512, k, 1000)).computeBound());
                double atMany = gain(b200, k, alpha, CHAT, 512);
                assertTrue(atMany <= 1.1, "α " + alpha + ", k " + k + " at batch 512: " + atMany);
            }
        }
        // dense: the gain only shrinks from batch 1 to compute-bound
        double previous = Double.MAX_VALUE;
        for (int batch : new int[] {1, 16, 64, 256, 512}) {
            double g = gain(b200, 3, 0.8, CHAT, batch);
            assertTrue(g <= previous + 1e-9, "speed-up grew at batch " + batch + ": " + g);
            previous = g;
        }
    }

    @Test
    void theCeilingCountsTheTokensEachStepAccepts() {
        // B200 NVFP4 70B: floor 42.707 GB / 7.7 TB/s = 5.546 ms, 180.3 tok/s/user; with k = 3 at α 0.7,
        // E = (1 − 0.7^4) / 0.3 = 2.533 tokens per step: 2.533 / 5.546 ms = 456.8 tok/s/user
        SystemConfig b200 = system("b200-hgx", "llama-3.3-70b", "nvfp4", Parallelism.tensor(1));
        assertEquals(180.3, ServingModel.evaluate(b200, CHAT).ceilingTokensPerSecPerUser(), 0.1);
        var drafted = ServingModel.evaluate(b200.withSpeculation(3, 0.7), CHAT);
        assertEquals(456.8, drafted.ceilingTokensPerSecPerUser(), 0.2);
        // and no point of the drafted frontier exceeds it
        drafted.frontier().forEach(p -> assertTrue(p.tokensPerSecPerUser() < drafted.ceilingTokensPerSecPerUser()));
    }

    @Test
    void moeGainIsBelowTheDenseIdealAtSmallBatchAndFadesWhenComputeBound() {
        // Qwen3-235B-A22B FP8 on 8 × H200 (TP8): verifying 4 tokens touches up to 4 × 8 of 128 experts, not 8
        SystemConfig qwen = system("h200-sxm", "qwen3-235b-a22b", "fp8", Parallelism.tensor(8));
        double atOne = gain(qwen, 3, 0.8, CHAT, 1);
        double ideal = ideal(qwen, 3, 0.8, CHAT, 1);
        assertTrue(atOne > 1.3 && atOne < ideal, "MoE batch 1: " + atOne + " against the dense ideal " + ideal);
        // ... and the difference is the extra experts' bytes: 4 tokens touch 128 × (1 − 0.9375^4) = 128 × 0.2275 = 29.12
        assertEquals(29.12, Footprint.distinctExperts(qwen.model(), 4), 0.01);
        double atMany = gain(qwen, 3, 0.8, CHAT, 2048);
        assertTrue(Step.of(qwen, StepShape.decode(2048, 3, 1000)).computeBound());
        assertTrue(atMany <= 1.1, "MoE at batch 2048: " + atMany);
    }

    @Test
    void gptOss20bOnOneB200LargeGainAtOneCompressingAsTheStepTurnsComputeBound() {
        // seed 000: EAGLE-style drafting, K = 7, acceptance length ≈ 3.9: E(0.78, 7) = (1 − 0.78^8) / 0.22 = 3.92
        SystemConfig s = system("b200-hgx", "gpt-oss-20b", "mxfp4", Parallelism.tensor(1));
        Workload humanEval = new Workload(200, 400, 10, 1.0, 50);
        assertEquals(3.92, Speculation.expectedTokensPerStep(0.78, 7), 0.01);
        double atOne = gain(s, 7, 0.78, humanEval, 1);
        double at64 = gain(s, 7, 0.78, humanEval, 64);
        double at512 = gain(s, 7, 0.78, humanEval, 512);
        assertTrue(atOne > 1.5, "large gain at concurrency 1: " + atOne);
        // 3.6 B active parameters: at 64 × 8 verified tokens the linear layers still wait on the 13 GB of weights
        assertTrue(!Step.of(s, StepShape.decode(64, 7, 500)).computeBound());
        assertTrue(at512 < 1.25 && at512 < at64, "compressed once compute-bound: " + at512 + " (64: " + at64 + ")");
    }
}
