package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema 2's parallelism, efficiencies and engine caps in files; schema 1 files keep their meaning. */
class ParallelismAndSchemaTest {
    private final Catalog catalog = Catalog.builtIn();

    private static String file(int schema, String system) {
        return "{\"schemaVersion\": " + schema + ", \"name\": \"t\", \"workload\": {\"inputTokens\": 8192, "
                + "\"outputTokens\": 1024, \"requestsPerSec\": 1, \"targetTokensPerSecPerUser\": 50}, "
                + "\"systems\": [" + system + "]}";
    }

    private static String system(String model, String weights, String extra) {
        return "{\"label\": \"s\", \"accelerator\": \"b200-hgx\", \"model\": \"" + model + "\", "
                + "\"weightFormat\": \"" + weights + "\", \"kvFormat\": \"fp8-kv\"" + extra + "}";
    }

    private Scenario parse(String json) {
        return ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", catalog);
    }

    private List<String> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> parse(json)).problems().stream()
                .map(Problem::toString).toList();
    }

    private SystemConfig config(Scenario s) {
        return ScenarioResolver.resolve(s, catalog).get(0).config();
    }

    @Test
    void expertAndDataParallelDeepSeekOnEightB200() {
        Scenario s = parse(file(2, system("deepseek-v3", "fp8-block",
                ", \"parallelism\": {\"tp\": 1, \"ep\": 8, \"dp\": 8}")));
        SystemConfig c = config(s);
        assertEquals(new Parallelism(1, 8, 8), c.parallelism());
        assertEquals(8, c.gpus());
        assertEquals(8, s.systems().get(0).gpus());
    }

    @Test
    void impossibleParallelismNamesTheFieldAndTheRule() {
        // DeepSeek-V3 has 256 routed experts: EP 16 on an 8-GPU replica exceeds TP × DP
        assertEquals(List.of("systems[0].parallelism.ep: EP 16 exceeds the replica's TP × DP = 8 GPUs"),
                problems(file(2, system("deepseek-v3", "fp8-block",
                        ", \"parallelism\": {\"tp\": 8, \"ep\": 16}"))));
        // a dense model has no experts to split, and no DP attention
        assertEquals(List.of("systems[0].parallelism.ep: must be 1 for llama-3.3-70b, which has no experts to split "
                + "(was 2)"), problems(file(2, system("llama-3.3-70b", "nvfp4",
                        ", \"parallelism\": {\"tp\": 2, \"ep\": 2}"))));
        // Mixtral has 8 experts; a 16-GPU replica cannot split them 16 ways
        assertTrue(problems(file(2, system("mixtral-8x7b", "fp8", ", \"parallelism\": {\"tp\": 1, \"ep\": 16, "
                + "\"dp\": 16}"))).contains("systems[0].parallelism.ep: EP 16 exceeds mixtral-8x7b's 8 routed experts"));
        // a stated GPU count must agree with TP × DP
        assertEquals(List.of("systems[0].gpusPerReplica: must equal parallelism TP × DP = 2 × 4 = 8, was 4"),
                problems(file(2, system("deepseek-v3", "fp8-block",
                        ", \"gpusPerReplica\": 4, \"parallelism\": {\"tp\": 2, \"ep\": 8, \"dp\": 4}"))));
        // an unknown engine lists the known ones
        assertEquals(List.of("systems[0].serving.engine: unknown engine \"sglang\"; engines: trtllm-bench, vllm-defaults"),
                problems(file(2, system("llama-3.3-70b", "nvfp4", ", \"serving\": {\"engine\": \"sglang\"}"))));
    }

    @Test
    void engineCapsAndPerPrecisionEfficienciesComeFromTheFile() {
        Scenario s = parse(file(2, system("llama-3.3-70b", "nvfp4", ", \"serving\": {\"engine\": \"vllm-defaults\", "
                + "\"maxTokensPerStep\": 4096, \"computeEfficiency\": 0.5, \"computeEfficiencyByPrecision\": "
                + "{\"FP8\": 0.7}, \"perSequenceOverheadUs\": 5}")));
        SystemConfig c = config(s);
        assertEquals(1024, c.engine().maxBatch());
        assertEquals(4096, c.engine().maxTokensPerStep());
        // computeEfficiency is the weights' precision's (FP4 here); attention's FP8 has its own
        assertEquals(0.5, c.efficiencies().compute(Precision.FP4));
        assertEquals(0.7, c.efficiencies().compute(Precision.FP8));
        assertEquals(0.53, c.efficiencies().compute(Precision.BF16));
        assertEquals(5.0, c.overheads().perSequenceUs());
        // the vLLM cap of 1,024 sequences bounds the frontier
        var r = ScenarioEvaluator.evaluate(s, catalog).systems().get(0).physics();
        assertEquals(Math.min(1024, r.memory().maxBatch()), r.maxThroughput().orElseThrow().batch());
    }

    @Test
    void schemaOneFilesMeanWhatTheyMeant() {
        // schema 1: 4 GPUs were tensor-parallel, and computeEfficiency applied to every precision
        Scenario s = parse(file(1, system("llama-3.3-70b", "nvfp4",
                ", \"gpusPerReplica\": 4, \"serving\": {\"computeEfficiency\": 0.75}")));
        assertEquals(Scenario.CURRENT_SCHEMA, s.schemaVersion());
        SystemConfig c = config(s);
        assertEquals(Parallelism.tensor(4), c.parallelism());
        for (Precision p : Precision.values()) {
            assertEquals(0.75, c.efficiencies().compute(p), p.name());
        }
        // and saving writes schema 2, which reads back to the same system
        Scenario again = parse(ScenarioFiles.toJson(s));
        assertEquals(s, again);
        assertEquals(c, config(again));
        assertEquals(EngineLimits.TRTLLM_BENCH, c.engine());
    }
}
