package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.DisaggregatedFleet;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.workbench.HeadlineCardsTestAccess;
import org.junit.jupiter.api.Test;

/** Issue 14's xPyD in `metrics --json` and on the card: pools, ratio, KV transfer, per-pool cost. */
class MetricsJsonDisaggregationTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void theDisaggregationPresetCarriesItsPools() throws Exception {
        assertEquals(0, cli.run("metrics", "--preset", "disaggregation", "--json"), cli.err.toString());
        String out = cli.out.toString();
        assertFalse(out.contains("NaN") || out.contains("Infinity"), out);
        JsonNode systems = JsonDocuments.mapper().readTree(out).get("systems");
        assertNull(systems.get(0).get("disaggregation"));
        Catalog catalog = Catalog.builtIn();
        DisaggregatedFleet d = ScenarioEvaluator.evaluate(ScenarioFiles.preset("disaggregation", catalog), catalog)
                .systems().get(1).disaggregated().orElseThrow();
        JsonNode n = systems.get(1).get("disaggregation");
        assertEquals(d.ratio(), n.get("ratio").asText());
        assertEquals(d.prefillGpus(), n.get("prefillPool").get("gpus").asInt());
        assertEquals(d.decodeGpus(), n.get("decodePool").get("gpus").asInt());
        // 8,000 tokens × 163,840 B = 1.31072 GB over 50 GB/s = 26.2144 ms
        assertEquals(1.31072, n.get("kvTransferGB").asDouble(), 1e-9);
        assertEquals(26.2144, n.get("kvTransferMs").asDouble(), 1e-9);
        assertEquals(d.prefillMonthly(), n.get("prefillPool").get("monthlyCostOnDemand").asDouble(), 1e-6);
        assertEquals(d.decodeMonthly(), n.get("decodePool").get("monthlyCostOnDemand").asDouble(), 1e-6);
        assertEquals(d.prefillMonthly() + d.decodeMonthly(), n.get("monthlyCostOnDemand").asDouble(), 1e-6);
        assertEquals("h100-sxm", systems.get(2).get("disaggregation").get("decodePool").get("accelerator").asText());
        String tip = HeadlineCardsTestAccess.tip(d);
        assertTrue(tip.startsWith("Disaggregated " + d.ratio()), tip);
        assertTrue(tip.contains("26.2 ms"), tip);
    }

    @Test
    void theTextTableNamesThePools() {
        CliHarness text = new CliHarness();
        assertEquals(0, text.run("metrics", "--preset", "disaggregation"), text.err.toString());
        String out = text.out.toString();
        assertTrue(out.contains("B200 · FP8 xPyD: disaggregated, xPyD "), out);
        assertTrue(out.contains("KV 1.31 GB over 50 GB/s adds 26.2 ms to TTFT"), out);
    }
}
