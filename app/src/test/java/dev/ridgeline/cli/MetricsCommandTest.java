package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.validation.JsonDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `ridgeline metrics --json` on the blackwell-migration preset gives seed 001's figures. */
class MetricsCommandTest {
    private final CliHarness cli = new CliHarness();

    private JsonNode systems() throws Exception {
        assertEquals(0, cli.run("metrics", "--scenario", "../assets/scenarios/blackwell-migration.json", "--json"),
                cli.err.toString());
        JsonNode root = JsonDocuments.mapper().readTree(cli.out.toString());
        assertTrue(root.get("scenario").asText().startsWith("Blackwell migration"));
        return root.get("systems");
    }

    @Test
    void aFormatThePartCannotRunIsNamedAndComputedAtTheNextPrecision(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        // the preset's B200 moved onto an MI355X, keeping NVFP4: AMD's FP4 units take MX scales, so the weights are
        // multiplied at FP8 (5.03 PF dense) and the notes say why
        String preset = java.nio.file.Files.readString(java.nio.file.Path.of(
                "../assets/scenarios/blackwell-migration.json"));
        java.nio.file.Path file = dir.resolve("mi355x.json");
        JsonNode root = JsonDocuments.mapper().readTree(preset);
        var b200 = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("systems").get(2);
        b200.put("accelerator", "mi355x");
        b200.remove("price"); // the seed's sheet has no MI355X; unpriced, its physics still computes
        java.nio.file.Files.writeString(file, JsonDocuments.mapper().writeValueAsString(root));
        assertEquals(0, cli.run("metrics", "--scenario", file.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("Instinct MI355X 288GB does not run NVFP4 natively (NVFP4 is NVIDIA's "
                + "format; AMD parts do not have it); its weights are multiplied at FP8"), cli.out.toString());
    }

    @Test
    void everySystemHasTheRequiredKeys() throws Exception {
        for (JsonNode s : systems()) {
            for (String key : List.of("label", "weightsGB", "decodeFloorMs", "ceilingTokensPerSecPerUser",
                    "kvBytesPerToken", "kvBudgetGB", "kvTokenCapacity", "maxConcurrency", "ridgeFlopPerByte",
                    "prefillCeilingTokensPerSec", "atTarget")) {
                assertTrue(s.has(key), s.get("label") + " lacks " + key);
            }
        }
    }

    @Test
    void b200FiguresAreSeed001s() throws Exception {
        JsonNode b200 = systems().get(2);
        assertEquals("B200 HGX · NVFP4", b200.get("label").asText());
        // 68.45e9 × 0.5625 + 2.10e9 × 2 = 42.7 GB; 42.7 / 7.7 = 5.55 ms; 180 tok/s/user
        assertEquals(42.7, b200.get("weightsGB").asDouble(), 0.1);
        assertEquals(5.55, b200.get("decodeFloorMs").asDouble(), 0.01);
        assertEquals(180, b200.get("ceilingTokensPerSecPerUser").asDouble(), 0.5);
        // 163,840 B/token FP8; 180 − 43.7 − 1 = 135.3 GB; 135.3e9 / 163,840 = 825,787 tokens
        assertEquals(163_840, b200.get("kvBytesPerToken").asDouble());
        assertEquals(135.3, b200.get("kvBudgetGB").asDouble(), 0.1);
        assertEquals(825_787, b200.get("kvTokenCapacity").asDouble(), 825_787 * 0.001);
        // dense FP4: 9e15 / 7.7e12 = 1,169 (seed 001's 2,338 uses the sparse 18 PF; see the audit)
        assertEquals(1169, b200.get("ridgeFlopPerByte").asDouble(), 1);
        assertTrue(b200.get("atTarget").get("interactivity").asDouble() >= 50);
    }

    @Test
    void h100FiguresAndItsHonestVerdict() throws Exception {
        JsonNode h100 = systems().get(0);
        // 72.65 GB / 3.35 TB/s = 21.69 ms; ridge 1,978.9 / 3.35 = 591; prefill at the built-in calibration's Hopper
        // FP8 efficiency, 0.5177 × 1,978.9e12 / 141.107e9 = 7,260
        assertEquals(72.65, h100.get("weightsGB").asDouble(), 0.1);
        assertEquals(21.69, h100.get("decodeFloorMs").asDouble(), 0.02);
        assertEquals(591, h100.get("ridgeFlopPerByte").asDouble(), 1);
        assertEquals(7_260, h100.get("prefillCeilingTokensPerSec").asDouble(), 1);
        // its ceiling is 46 tok/s/user, so one H100 cannot serve 50 tok/s/user at any batch: no modeled operating
        // point (its cost rests on the pinned measurement alone, and says so)
        assertTrue(h100.get("atTarget").get("batch").isNull());
        assertTrue(h100.get("atTarget").get("outputTokensPerSecPerGpu").isNull());
        assertEquals("measured", h100.get("atTarget").get("costBasis").asText());
        assertTrue(h100.get("verdict").asText().startsWith("cannot reach 50 tok/s/user"));
    }

    @Test
    void maxThroughputGivesOutputAndTotalAtTheLargestAdmissibleBatch() throws Exception {
        JsonNode b200 = systems().get(2);
        JsonNode max = b200.get("maxThroughput");
        // 825,762 KV tokens / 1,200 per sequence = 688.1: batch 688, below trtllm-bench's 4,096
        assertEquals(688, max.get("batch").asInt());
        // total counts the 800 prompt tokens of each 400-token answer: output × (1 + 800 / 400)
        assertEquals(3 * max.get("outputTokensPerSecPerGpu").asDouble(), max.get("totalTokensPerSecPerGpu").asDouble(),
                1e-6);
        assertTrue(max.get("outputTokensPerSecPerGpu").asDouble() > b200.get("atTarget")
                .get("outputTokensPerSecPerGpu").asDouble());
        assertEquals(1, b200.get("parallelism").get("tp").asInt());
        assertEquals("TRT-LLM bench", b200.get("engine").asText());
        JsonNode atTarget = b200.get("atTarget");
        assertEquals(3 * atTarget.get("outputTokensPerSecPerGpu").asDouble(),
                atTarget.get("totalTokensPerSecPerGpu").asDouble(), 1e-6);
    }

    @Test
    void economicsAreSeed001s() throws Exception {
        JsonNode systems = systems();
        JsonNode h100 = systems.get(0);
        JsonNode b200 = systems.get(2);
        // 2.64 / (1,500 × 3,600) × 1e6 = 0.489; 1.66 / 5.4e6 × 1e6 = 0.307
        assertEquals("measured", h100.get("atTarget").get("costBasis").asText());
        assertEquals(0.489, h100.get("atTarget").get("costPerMillionOnDemand").asDouble(), 5e-4);
        assertEquals(0.307, h100.get("atTarget").get("costPerMillionSpot").asDouble(), 5e-4);
        // 6.03 / 3.6e7 × 1e6 = 0.1675; 2.12 / 3.6e7 × 1e6 = 0.0589
        assertEquals(0.1675, b200.get("atTarget").get("costPerMillionOnDemand").asDouble(), 1e-4);
        assertEquals(0.0589, b200.get("atTarget").get("costPerMillionSpot").asDouble(), 1e-4);
        assertEquals(5_000_000, b200.get("atTarget").get("tokensPerSecPerMegawatt").asDouble(), 1);
        // H100: 14 for throughput (ceil(20,000 / 1,500)) but 15 for KV capacity (≈404 sequences at 27.2 per GPU):
        // the costed fleet is 15, 15 × $2.64 × 730 = $28,908 and 15 × $1.66 × 730 = $18,177 a month;
        // 2 B200: $8,804 / $3,095
        assertEquals(15, h100.get("fleet").get("gpus").asInt());
        assertEquals(14, h100.get("fleet").get("throughputGpus").asInt());
        assertEquals(15, h100.get("fleet").get("kvGpus").asInt());
        assertEquals("KV capacity", h100.get("fleet").get("bindingConstraint").asText());
        assertEquals(28_908.0, h100.get("fleet").get("monthlyCostOnDemand").asDouble(), 0.01);
        assertEquals(18_177.0, h100.get("fleet").get("monthlyCostSpot").asDouble(), 0.01);
        assertEquals(2, b200.get("fleet").get("gpus").asInt());
        assertEquals(8_803.8, b200.get("fleet").get("monthlyCostOnDemand").asDouble(), 0.01);
        assertEquals(3_095.2, b200.get("fleet").get("monthlyCostSpot").asDouble(), 0.01);
    }

    @Test
    void savingsAndRatiosAgainstTheBaseline() throws Exception {
        JsonNode b200 = systems().get(2).get("vsBaseline");
        // 0.4889 / 0.1675 = 2.92; 0.3074 / 0.0589 = 5.22
        assertEquals(2.92, b200.get("costRatioOnDemand").asDouble(), 0.005);
        assertEquals(5.22, b200.get("costRatioSpot").asDouble(), 0.005);
        // against the KV-bound 15-H100 fleet: $28,908 − $8,803.80 = $20,104.20 and $18,177 − $3,095.20 = $15,081.80
        // a month (seed 001 §3.3 costs 14 H100s: ~$18,000 and ~$14,000; see the audit)
        assertEquals(20_104.2, b200.get("monthlySavingsOnDemand").asDouble(), 0.01);
        assertEquals(15_081.8, b200.get("monthlySavingsSpot").asDouble(), 0.01);
    }

    @Test
    void tableIsAlignedAndNamesUnits() {
        assertEquals(0, cli.run("metrics"));
        String out = cli.out.toString();
        assertTrue(out.contains("floor ms") && out.contains("KV budget GB") && out.contains("output tok/s/GPU @ target"), out);
        assertTrue(out.contains("Max throughput") && out.contains("total tok/s/GPU"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("B200 HGX · NVFP4") && l.contains("5.55")), out);
    }

    @Test
    void aFileAndAPresetTogetherIsAUsageError() {
        assertEquals(2, cli.run("metrics", "--scenario", "x.json", "--preset", "speculative-decoding"));
        assertTrue(cli.err.toString().contains("mutually exclusive"), cli.err.toString());
        assertEquals(2, cli.run("export", "--scenario", "x.json", "--preset", "speculative-decoding", "--out", "o"));
    }

    @Test
    void aBadScenarioIsAClearErrorNotAStackTrace() {
        assertEquals(1, cli.run("metrics", "--scenario", "no-such-file.json"));
        assertTrue(cli.err.toString().contains("no such file"), cli.err.toString());
        assertTrue(!cli.err.toString().contains("Exception"));
    }
}
