package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.validation.JsonDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, defects 4 and 5 in `metrics --json`: undefined figures are null with a reason, never NaN or Infinity. */
class MetricsJsonUndefinedTest {
    private final CliHarness cli = new CliHarness();

    private JsonNode metrics(Path dir, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JsonDocuments.mapper().readTree(
                Files.readString(Path.of("../assets/scenarios/blackwell-migration.json")));
        edit.accept(root);
        Path file = dir.resolve("edited.json");
        Files.writeString(file, root.toString());
        assertEquals(0, cli.run("metrics", "--scenario", file.toString(), "--json"), cli.err.toString());
        String out = cli.out.toString();
        assertFalse(out.contains("NaN") || out.contains("Infinity"), out);
        return JsonDocuments.mapper().readTree(out).get("systems");
    }

    @Test
    void aFreeBaselineGivesNullRatiosWithTheReason(@TempDir Path dir) throws Exception {
        JsonNode systems = metrics(dir, root -> ((ObjectNode) root.at("/systems/0/price")).put("onDemandPerHour", 0));
        JsonNode own = systems.get(0).get("vsBaseline");
        assertTrue(own.get("costRatioOnDemand").isNull());
        assertEquals("the baseline's on-demand price is 0: no ratio to a free baseline",
                own.get("costRatioOnDemandReason").asText());
        assertTrue(systems.get(2).get("vsBaseline").get("costRatioOnDemand").isNull());
        // spot was left at $1.66: B200 is (1.66 / 1,500) ÷ (2.12 / 10,000) = 5.22× cheaper
        assertEquals(5.22, systems.get(2).get("vsBaseline").get("costRatioSpot").asDouble(), 0.005);
    }

    @Test
    void aFleetBeyondTheLimitIsNullWithTheReasonAndSoAreItsCosts(@TempDir Path dir) throws Exception {
        JsonNode b200 = metrics(dir, root -> {
            // 1e9 req/s of 8,192 output tokens: 8.2e12 tok/s at peak, far beyond a million B200s
            ObjectNode w = (ObjectNode) root.get("workload");
            w.put("requestsPerSec", 1e9);
            w.put("outputTokens", 8192);
        }).get(2);
        JsonNode fleet = b200.get("fleet");
        assertTrue(fleet.get("gpus").isNull());
        assertEquals("needs more than 1,000,000 GPUs for throughput", fleet.get("gpusReason").asText());
        assertTrue(fleet.get("monthlyCostOnDemand").isNull());
        assertEquals("the fleet needs more than 1,000,000 GPUs for throughput",
                fleet.get("monthlyCostOnDemandReason").asText());
    }

    @Test
    void theTableSaysWhyARatioOrAFleetIsMissing(@TempDir Path dir) throws Exception {
        ObjectNode root = (ObjectNode) JsonDocuments.mapper().readTree(
                Files.readString(Path.of("../assets/scenarios/blackwell-migration.json")));
        ((ObjectNode) root.at("/systems/0/price")).put("onDemandPerHour", 0);
        ((ObjectNode) root.get("workload")).put("requestsPerSec", 1e9);
        Path file = dir.resolve("t.json");
        Files.writeString(file, root.toString());
        assertEquals(0, cli.run("metrics", "--scenario", file.toString()), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("B200 HGX · NVFP4: no ratio vs baseline: the baseline's on-demand price is 0"), out);
        assertTrue(out.contains("the fleet needs more than 1,000,000 GPUs for throughput; no monthly cost"), out);
        assertTrue(out.contains("> 1,000,000"), out);
        assertFalse(out.contains("NaN") || out.contains("Infinity") || out.contains("-1"), out);
    }
}
