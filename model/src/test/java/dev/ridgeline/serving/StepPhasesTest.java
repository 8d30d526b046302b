package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.SystemDefaults;
import dev.ridgeline.scenario.Workload;
import org.junit.jupiter.api.Test;

/** The step's phases worked by hand, MoE expert reads per step, and scheduling under the engine's caps. */
class StepPhasesTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static SystemConfig system(String accelerator, String model, String weights, Parallelism p) {
        return SystemDefaults.of(model, CATALOG.accelerator(accelerator).orElseThrow(),
                CATALOG.model(model).orElseThrow(), CATALOG.format(weights).orElseThrow(),
                CATALOG.format("fp8-kv").orElseThrow(), p, EngineLimits.TRTLLM_BENCH);
    }

    @Test
    void llama70bOnB200AtBatchOneByHand() {
        SystemConfig s = system("b200-hgx", "llama-3.3-70b", "nvfp4", Parallelism.tensor(1));
        StepTime t = Step.of(s, StepShape.decode(1, 0, 1000));
        // weights: 68.4524e9 × 0.5625 + 2.1013e9 × 2 = 42.707 GB; / (7.7e12 × 0.80) = 6.933 ms
        assertEquals(42.707e9, t.weightBytesPerGpu(), 0.01e9);
        assertEquals(6.933e-3, t.linearMemorySeconds(), 0.001e-3);
        // FLOPs: 2 × (70.5537e9 − 1.0507e9 input embedding) = 139.006e9; / (9e15 × 0.36) = 0.0429 ms
        assertEquals(0.0429e-3, t.linearComputeSeconds(), 0.0001e-3);
        // attention: KV 1000 × 163,840 B = 163.84 MB / 6.16e12 = 0.0266 ms (its FLOPs, 2.6 GFLOP, take 0.0012 ms)
        assertEquals(0.0266e-3, t.attentionSeconds(), 0.0001e-3);
        // sampling: 128,256 logits × 8 B = 1.026 MB / 6.16e12 = 0.000167 ms; overhead 1 ms + 2 µs × 1
        assertEquals(1.67e-7, t.samplingSeconds(), 0.01e-7);
        assertEquals(1.002e-3, t.overheadSeconds(), 1e-9);
        assertEquals(0, t.communicationSeconds());
        // total 6.933 + 0.027 + 0.0002 + 1.002 = 7.962 ms: 125.6 tok/s/user (floor 5.55 ms; seed 001 "~6–8 ms")
        assertEquals(7.962e-3, t.totalSeconds(), 0.002e-3);
    }

    @Test
    void aFormatThePartCannotRunIsMultipliedAtTheNextPrecisionItHas() {
        // MI355X: FP4 units take MX (E8M0, 32-wide) scales, so NVFP4 weights are dequantized and multiplied at FP8
        // (5.03 PF dense), not at the 10.1 PF FP4 peak; MXFP4 runs at FP4. B200 runs NVFP4 at FP4; H100 has no FP4.
        assertEquals(Precision.FP8, config("mi355x", "nvfp4").computePrecision());
        assertEquals(CATALOG.accelerator("mi355x").orElseThrow().peakFlops(Precision.FP8), config("mi355x", "nvfp4").peakFlopsPerGpu(), 1);
        assertTrue(config("mi355x", "nvfp4").formatWarning().isPresent());
        assertEquals(Precision.FP4, config("mi355x", "mxfp4").computePrecision());
        assertTrue(config("mi355x", "mxfp4").formatWarning().isEmpty());
        assertEquals(Precision.FP4, config("b200-hgx", "nvfp4").computePrecision());
        assertEquals(Precision.FP8, config("h100-sxm", "nvfp4").computePrecision());
        // MXFP8 on Hopper keeps its FP8 units: block scales are applied around FP8 GEMMs
        assertEquals(Precision.FP8, config("h100-sxm", "mxfp8").computePrecision());
    }

    private static SystemConfig config(String accelerator, String weights) {
        return system(accelerator, "llama-3.3-70b", weights, Parallelism.tensor(1));
    }

    @Test
    void attentionRunsAtFp8WithAnFp8CacheAndNeverAtFp4() {
        SystemConfig b200 = system("b200-hgx", "llama-3.3-70b", "nvfp4", Parallelism.tensor(1));
        assertEquals(Precision.FP4, b200.computePrecision());
        assertEquals(Precision.FP8, Step.attentionPrecision(b200));
        SystemConfig bf16Cache = new SystemConfig("x", b200.accelerator(), b200.model(), b200.weightFormat(),
                CATALOG.format("bf16-kv").orElseThrow(), b200.parallelism(), 1, 0, 0, 0.05, b200.efficiencies(),
                b200.overheads(), b200.engine(), 1, 1);
        assertEquals(Precision.BF16, Step.attentionPrecision(bf16Cache));
        SystemConfig fp4Cache = new SystemConfig("x", b200.accelerator(), b200.model(), b200.weightFormat(),
                CATALOG.format("nvfp4-kv").orElseThrow(), b200.parallelism(), 1, 0, 0, 0.05, b200.efficiencies(),
                b200.overheads(), b200.engine(), 1, 1);
        assertEquals(Precision.FP8, Step.attentionPrecision(fp4Cache));
    }

    @Test
    void deepSeekAtBatchTwoReadsTheExpertsItsOwnTokensTouch() {
        SystemConfig s = system("b200-hgx", "deepseek-v3", "fp8-block", Parallelism.tensor(8));
        LanguageModel m = s.model();
        double perExpertLayerBytes = m.parameters().moeLayers() * m.parameters().perExpert(m) * 1.0;
        double shared = Footprint.weightBytesRead(m, s.weightFormat(), 0) / 8;
        // decode-only at batch 2: 256 × (1 − (1 − 8/256)^2) = 15.75 experts per layer, not 256
        StepTime decode = Step.of(s, StepShape.decode(2, 0, 8704));
        assertEquals(15.75, Footprint.distinctExperts(m, 2), 0.01);
        assertEquals(shared + 15.75 * perExpertLayerBytes / 8, decode.weightBytesPerGpu(), 0.01e9);
        // with k = 3 drafts, 2 × 4 = 8 tokens: 256 × (1 − 0.96875^8) = 57.4 experts
        StepTime drafted = Step.of(s, StepShape.decode(2, 3, 8704));
        assertEquals(57.4, Footprint.distinctExperts(m, 8), 0.05);
        assertEquals(shared + Footprint.distinctExperts(m, 8) * perExpertLayerBytes / 8, drafted.weightBytesPerGpu(),
                0.01e9);
        // a prefill chunk of 8,192 tokens beside them reads what its tokens touch: all 256 (255.99)
        StepTime mixed = Step.of(s, new StepShape(2, 0, 8704, 8192, 4096, 1));
        assertEquals(256, Footprint.distinctExperts(m, 8194), 0.01);
        assertEquals(shared + 256 * perExpertLayerBytes / 8, mixed.weightBytesPerGpu(), 0.05e9);
        // and at 8k in / 1k out a batch of 2 carries one whole prompt every 8192 / (2 × 8) = 512 steps
        FrontierPoint two = SteadyState.at(s, new Workload(8192, 1024, 1, 1.0, 75), 2);
        double expectedMs = (511 * decode.totalSeconds() + mixed.totalSeconds()) / 512 * 1e3;
        assertEquals(expectedMs, two.stepMs(), expectedMs * 1e-9);
    }

    @Test
    void theTokenBudgetCapsTheBatchDecodingAtOnce() {
        // 8B on H100, 2048 in / 128 out: each output token brings 16 prompt tokens; 32,768 / (1 + 16) = 1,927
        SystemConfig s = system("h100-sxm", "llama-3.1-8b", "fp8", Parallelism.tensor(1));
        Workload w = new Workload(2048, 128, 1, 1.0, 1);
        FrontierPoint atCap = SteadyState.at(s, w, 1927);
        FrontierPoint beyond = SteadyState.at(s, w.withTarget(1), 4000);
        assertEquals(atCap.outputTokensPerSecPerGpu(), beyond.outputTokensPerSecPerGpu(),
                atCap.outputTokensPerSecPerGpu() * 0.001);
        // total counts prompt tokens too: output × (1 + 2048 / 128) = output × 17
        assertEquals(17 * atCap.outputTokensPerSecPerGpu(), atCap.totalTokensPerSecPerGpu(), 1e-6);
    }

    @Test
    void dataParallelAttentionCopiesNonExpertWeightsAndSplitsSequences() {
        SystemConfig tp8 = system("b200-hgx", "deepseek-v3", "fp8-block", new Parallelism(8, 1, 1));
        SystemConfig dp8 = system("b200-hgx", "deepseek-v3", "fp8-block", new Parallelism(1, 8, 8));
        MemoryBudget a = MemoryBudget.of(tp8, 9216);
        MemoryBudget b = MemoryBudget.of(dp8, 9216);
        double nonExpert = Footprint.weightBytes(tp8.model(), tp8.weightFormat())
                - Footprint.expertBytes(tp8.model(), tp8.weightFormat());
        // eight groups each hold the attention and dense layers; experts are held once
        assertEquals(a.weightBytes() + 7 * nonExpert, b.weightBytes(), 1e6);
        // MLA's latent is whole on every TP rank: TP8 keeps 8 copies of each KV byte, DP8 one
        assertEquals(8 * b.kvBytesPerToken(), a.kvBytesPerToken(), 1e-6);
        assertTrue(ServingModel.maxBatch(dp8, b) > ServingModel.maxBatch(tp8, a));
        // the batch-1 floor: under TP8 each GPU reads W / 8; under DP8 each reads the whole non-expert part
        Workload w = new Workload(8192, 1024, 1, 1.0, 75);
        double bandwidth = 7.7e12;
        double shared = Footprint.weightBytesRead(tp8.model(), tp8.weightFormat(), 0);
        double activeExperts = Footprint.streamingBytes(tp8.model(), tp8.weightFormat()) - shared;
        assertEquals((shared + activeExperts) / 8 / bandwidth, ServingModel.evaluate(tp8, w).decodeFloorSeconds(),
                1e-9);
        assertEquals((shared + activeExperts / 8) / bandwidth, ServingModel.evaluate(dp8, w).decodeFloorSeconds(),
                1e-9);
    }

    @Test
    void expertParallelAllToAllIsCostedPerMoeLayer() {
        SystemConfig ep = system("b200-hgx", "deepseek-v3", "fp8-block", new Parallelism(1, 8, 8));
        // per GPU 64 / 8 = 8 tokens × 8 experts × 7,168 × 2 B × 7/8 = 802,816 B each way over 900 GB/s:
        // 2 × 58 MoE layers × (5 µs + 0.892 µs) = 0.6835 ms
        assertEquals(0.6835e-3, Step.communicationSeconds(ep, 64), 0.0005e-3);
    }
}
