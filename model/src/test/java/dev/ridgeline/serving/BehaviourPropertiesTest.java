package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties real serving has, checked over hundreds of generated systems rather than one example. */
class BehaviourPropertiesTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final List<String> MODELS = List.of("llama-3.1-8b", "llama-3.3-70b", "qwen3-32b",
            "mixtral-8x7b", "gpt-oss-120b", "gpt-oss-20b", "qwen3-235b-a22b", "deepseek-v3", "qwen3.5-397b-a17b",
            "llama-3.1-405b");
    private static final List<String> WEIGHTS = List.of("bf16", "fp8", "nvfp4", "mxfp4", "int4-awq-g128");
    private static final List<String> KV = List.of("bf16-kv", "fp8-kv");

    /**
     * 400 systems from the catalog, with random formats, TP/EP/DP, engine caps, speculation, efficiencies and
     * overheads (seeded).
     */
    static List<SystemConfig> systems() {
        Random random = new Random(20261122);
        List<Accelerator> accelerators = CATALOG.accelerators();
        List<SystemConfig> systems = new ArrayList<>();
        while (systems.size() < 400) {
            Accelerator a = accelerators.get(random.nextInt(accelerators.size()));
            LanguageModel m = CATALOG.model(MODELS.get(random.nextInt(MODELS.size()))).orElseThrow();
            NumberFormat w = CATALOG.format(WEIGHTS.get(random.nextInt(WEIGHTS.size()))).orElseThrow();
            NumberFormat kv = CATALOG.format(KV.get(random.nextInt(KV.size()))).orElseThrow();
            int gpus = new int[] {1, 1, 2, 4, 8}[random.nextInt(5)];
            int k = random.nextInt(4);
            double alpha = k == 0 ? 0 : 0.5 + 0.45 * random.nextDouble();
            Efficiencies e = new Efficiencies(0.5 + 0.5 * random.nextDouble(), Map.of(
                    Precision.FP4, 0.2 + 0.8 * random.nextDouble(), Precision.FP8, 0.2 + 0.8 * random.nextDouble(),
                    Precision.BF16, 0.2 + 0.8 * random.nextDouble()));
            Overheads o = new Overheads(random.nextDouble(), 20 * random.nextDouble(), 10 * random.nextDouble(),
                    100 * random.nextDouble());
            EngineLimits engine = (random.nextBoolean() ? EngineLimits.TRTLLM_BENCH : EngineLimits.VLLM)
                    .with(random.nextInt(3) == 0 ? 16 + random.nextInt(512) : null,
                            random.nextInt(3) == 0 ? 256 + random.nextInt(16_384) : null);
            // MoE models also run expert-parallel, with or without data-parallel attention
            int layout = m.isMoe() && gpus > 1 ? random.nextInt(3) : 0;
            Parallelism p = switch (layout) {
                case 1 -> new Parallelism(gpus, gpus, 1);
                case 2 -> new Parallelism(1, gpus, gpus);
                default -> Parallelism.tensor(gpus);
            };
            systems.add(new SystemConfig(a.id() + "/" + m.id() + "/" + p, a, m, w, kv, p, 1, k, alpha,
                    0.1 * random.nextDouble(), e, o, engine, 1, 1));
        }
        return systems;
    }

    static Workload workload(Random random) {
        return new Workload(100 + random.nextInt(8000), 50 + random.nextInt(2000), 10, 1.0, 20);
    }

    @Test
    void throughputNeverFallsAndInteractivityNeverRisesWithBatch() {
        Random random = new Random(1);
        int checkedCurves = 0;
        for (SystemConfig s : systems()) {
            SystemResults r = ServingModel.evaluate(s, workload(random));
            List<FrontierPoint> f = r.frontier();
            for (int i = 1; i < f.size(); i++) {
                FrontierPoint prev = f.get(i - 1);
                FrontierPoint next = f.get(i);
                assertTrue(next.outputTokensPerSecPerGpu() >= prev.outputTokensPerSecPerGpu() * (1 - 1e-12),
                        s.label() + " throughput fell from batch " + prev.batch() + " to " + next.batch());
                assertTrue(next.tokensPerSecPerUser() <= prev.tokensPerSecPerUser() * (1 + 1e-12),
                        s.label() + " interactivity rose from batch " + prev.batch() + " to " + next.batch());
                assertTrue(next.totalTokensPerSecPerGpu() >= next.outputTokensPerSecPerGpu(), s.label());
            }
            checkedCurves += f.size() > 10 ? 1 : 0;
        }
        assertTrue(checkedCurves > 150, "enough systems fit to make the property meaningful: " + checkedCurves);
    }

    @Test
    void moreBandwidthNeverSlowsAStep() {
        Random random = new Random(2);
        for (SystemConfig s : systems()) {
            Workload w = workload(random);
            int batch = 1 + random.nextInt(256);
            double slower = ServingModel.sustained(s, w, batch).stepMs();
            SystemConfig faster = s.withAccelerator(s.accelerator().withMemoryBandwidthTBps(
                    s.accelerator().memoryBandwidthTBps() * (1 + random.nextDouble())));
            assertTrue(ServingModel.sustained(faster, w, batch).stepMs() <= slower, s.label());
        }
    }

    @Test
    void nothingLeavesTheModelAsNaNOrInfinity() {
        Random random = new Random(3);
        for (SystemConfig s : systems()) {
            SystemResults r = ServingModel.evaluate(s, workload(random));
            List<Double> numbers = new ArrayList<>(List.of(r.streamingBytes(), r.decodeFloorSeconds(),
                    r.ceilingTokensPerSecPerUser(), r.kvBudgetGB(), r.memory().tokenCapacity(),
                    r.memory().concurrency(), r.ridgeFlopPerByte(), r.prefillCeilingTokensPerSecPerGpu(),
                    r.ttftSeconds()));
            r.operatingPoints().forEach(p -> numbers.addAll(List.of(p.flopPerByte(), p.attainedFlopsPerGpu())));
            r.frontier().forEach(p -> numbers.addAll(List.of(p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu(),
                    p.totalTokensPerSecPerGpu(), p.stepMs())));
            numbers.forEach(x -> assertTrue(Double.isFinite(x), s.label() + " produced " + x));
            if (!r.fits()) {
                assertTrue(r.verdict().startsWith("does not fit"), r.verdict());
                assertTrue(r.frontier().isEmpty() && r.atTarget().isEmpty(), s.label());
            }
        }
    }

    @Test
    void moeStepReadsActiveExpertsAtBatchOneAndAllAtLargeBatch() {
        LanguageModel qwen = CATALOG.model("qwen3-235b-a22b").orElseThrow();
        NumberFormat fp8 = CATALOG.format("fp8").orElseThrow();
        // 128 routed experts, 8 active: one token touches 128 × (1 − (1 − 8/128)^1) = 8 experts per layer
        assertEquals(8, Footprint.distinctExperts(qwen, 1), 1e-9);
        // 512 tokens touch 128 × (1 − 0.9375^512) = 128 − 5e-13 ≈ all of them
        assertEquals(128, Footprint.distinctExperts(qwen, 512), 1e-6);
        double active = qwen.parameters().active() - qwen.parameters().embeddings();
        double all = qwen.parameters().body();
        // batch 1 reads the always-on body + 8 experts per layer: the active body, ~22 B of 235 B parameters
        double readAtOne = Footprint.weightBytesRead(qwen, fp8, Footprint.distinctExperts(qwen, 1));
        assertEquals(active + qwen.parameters().embeddings() * 2, readAtOne, active * 0.001);
        double readAtMany = Footprint.weightBytesRead(qwen, fp8, Footprint.distinctExperts(qwen, 512));
        assertEquals(all + qwen.parameters().embeddings() * 2, readAtMany, all * 0.001);
    }

    @Test
    void tensorParallelDividesWeightsAndKvAndAddsAllReduce() {
        SystemConfig one = Fixtures.system(Fixtures.B200, Fixtures.LLAMA_70B, Fixtures.FP8,
                Fixtures.KV_FP8);
        Workload w = new Workload(800, 400, 10, 1.0, 50);
        for (int n : new int[] {2, 4, 8}) {
            SystemConfig tp = one.withGpus(n);
            StepTime single = Step.of(one, StepShape.decode(32, 0, 1000));
            StepTime split = Step.of(tp, StepShape.decode(32, 0, 1000));
            // TP ≤ 8 KV heads: weights, KV and logits all split n ways
            assertEquals(single.bytesPerGpu() / n, split.bytesPerGpu(), single.bytesPerGpu() * 1e-12);
            assertEquals(single.flopsPerGpu() / n, split.flopsPerGpu(), single.flopsPerGpu() * 1e-12);
            assertEquals(0, single.communicationSeconds());
            // 2 × 80 layers × (5 µs + 2(n−1)/n × 32 × 8192 × 2 B / 900 GB/s) ≥ 0.8 ms
            double expected = 160 * (5e-6 + 2.0 * (n - 1) / n * 32 * 8192 * 2 / 900e9);
            assertEquals(expected, split.communicationSeconds(), expected * 1e-9);
            // the KV budget grows by the extra GPUs' memory: HBM × n − weights − (runtime + reserve) × n
            MemoryBudget m1 = MemoryBudget.of(one, 1200);
            MemoryBudget mn = MemoryBudget.of(tp, 1200);
            assertEquals(m1.kvBudgetBytes() + (n - 1) * (180e9 - 2e9), mn.kvBudgetBytes(), 1e3);
            assertTrue(ServingModel.evaluate(tp, w).decodeFloorMs() < ServingModel.evaluate(one, w).decodeFloorMs());
        }
    }

    @Test
    void impossibleInputsAreTypedErrorsNamingTheField() {
        SystemConfig ok = Fixtures.system(Fixtures.B200, Fixtures.LLAMA_70B, Fixtures.NVFP4, Fixtures.KV_FP8);
        InvalidInputException bandwidth = assertThrows(InvalidInputException.class,
                () -> ok.withAccelerator(ok.accelerator().withMemoryBandwidthTBps(0)));
        // the accelerator refuses it itself (issue 13: ranges at the API)
        assertEquals("accelerator.memoryBandwidthTBps: must be between 0.001 and 1000, was 0",
                bandwidth.problems().get(0).toString());
        InvalidInputException alpha = assertThrows(InvalidInputException.class, () -> ok.withSpeculation(2, 1.0));
        assertEquals("acceptanceRate: must be between 0 and 1 (1 excluded), was 1", alpha.problems().get(0).toString());
        assertThrows(InvalidInputException.class, () -> ok.withSpeculation(2, -0.1));
        InvalidInputException batch = assertThrows(InvalidInputException.class, () -> ok.withBatch(0));
        assertEquals("batch: must be between 1 and 1000000, was 0", batch.problems().get(0).toString());
        assertThrows(InvalidInputException.class, () -> ok.withSpeculation(8, 0.5));
    }

    @Test
    void aModelThatDoesNotFitSaysSo() {
        LanguageModel l405 = CATALOG.model("llama-3.1-405b").orElseThrow();
        SystemConfig s = Fixtures.system(Fixtures.H100, l405, Fixtures.BF16, Fixtures.KV_BF16);
        SystemResults r = ServingModel.evaluate(s, new Workload(800, 400, 1, 1.0, 20));
        assertFalse(r.fits());
        // 405.85e9 × 2 B = 811.7 GB + 1 runtime + 1 reserve = 813.7 GB needed of 80 GB
        assertEquals("does not fit: weights and runtime need 813.7 GB of 80.0 GB", r.verdict());
        assertTrue(r.frontier().isEmpty());
        assertTrue(r.atTarget().isEmpty());
        assertTrue(Double.isFinite(r.decodeFloorMs()));
    }

    @Test
    void servingDefaultsAreTheDocumentedOnes() {
        assertEquals(0.80, Serving.DEFAULTS.bandwidthEfficiency());
        assertEquals(0.80, Efficiencies.DEFAULTS.bandwidth());
        assertEquals(0.36, Efficiencies.DEFAULTS.compute(Precision.FP4));
        assertEquals(0.53, Efficiencies.DEFAULTS.compute(Precision.FP8));
        assertEquals(1.0, Serving.DEFAULTS.stepOverheadMs());
        assertEquals(2.0, Serving.DEFAULTS.perSequenceOverheadUs());
        assertEquals(EngineLimits.TRTLLM_BENCH.id(), Serving.DEFAULTS.engine());
    }
}
