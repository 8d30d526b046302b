package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.EconomicsModel;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.LoadLatency;
import dev.ridgeline.validation.JsonDocuments;
import org.junit.jupiter.api.Test;

/** Issue 14 in `metrics --json`: prefix caching, the TTFT sizing and the latency at each replica's share of the peak. */
class MetricsJsonLatencyTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void theRagPresetCarriesItsLatencyFigures() throws Exception {
        assertEquals(0, cli.run("metrics", "--preset", "rag-prefix-caching", "--json"), cli.err.toString());
        String out = cli.out.toString();
        assertFalse(out.contains("NaN") || out.contains("Infinity"), out);
        JsonNode b200 = JsonDocuments.mapper().readTree(out).get("systems").get(1);
        assertEquals(0.75, b200.get("prefixHitRate").asDouble());
        // 8,000 × (1 − 0.75) = 2,000 tokens prefilled per request
        assertEquals(2000, b200.get("computedPromptTokens").asDouble(), 1e-9);
        // the 6,000-token prefix at 163,840 B per token (Llama 70B, FP8 cache): 0.98304 GB
        assertEquals(0.98304, b200.get("prefixCacheGB").asDouble(), 1e-9);
        Catalog catalog = Catalog.builtIn();
        ScenarioResults results = ScenarioEvaluator.evaluate(ScenarioFiles.preset("rag-prefix-caching", catalog),
                catalog);
        SystemOutcome o = results.systems().get(1);
        LoadLatency l = EconomicsModel.latencyAtFleet(o.physics(), results.scenario().workload(),
                o.economics().fleet()).orElseThrow();
        JsonNode at = b200.get("latencyAtPeak");
        assertEquals(l.ttftP90Seconds() * 1e3, at.get("ttftP90Ms").asDouble(), 1e-9);
        assertEquals(l.ttftP50Seconds() * 1e3, at.get("ttftP50Ms").asDouble(), 1e-9);
        assertEquals(l.tpotSeconds() * 1e3, at.get("tpotMs").asDouble(), 1e-9);
        // the fleet's peak, 20 × 1.5 = 30 req/s, over its replicas of one GPU
        assertEquals(30.0 / b200.get("fleet").get("gpus").asDouble(), at.get("requestsPerSecPerReplica").asDouble(),
                1e-9);
        assertTrue(at.get("ttftP90Ms").asDouble() <= 1000, "the TTFT target holds at the peak");
        assertTrue(b200.get("fleet").has("ttftGpus"));
    }
}
