package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.validation.JsonDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `ridgeline fidelity`: measured against modeled per point, MAPE per group, and the README's copy of it. */
class FidelityCommandTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void tableListsEveryScoredPointAndTheGroupError() {
        assertEquals(0, cli.run("fidelity"), cli.err.toString());
        String out = cli.out.toString();
        // B200 NVFP4 Llama 70B at 128/128: measured 11,147 tok/s (TP1), modeled 10,705: 0.96×
        String row = out.lines().filter(l -> l.startsWith("trtllm-perf-llama-3.3-70b-b200-tp1-128-128 "))
                .findFirst().orElseThrow();
        assertTrue(row.contains("11,147") && row.contains("0.96×"), row);
        String group = out.lines().filter(l -> l.startsWith("TensorRT-LLM perf-overview")).findFirst().orElseThrow();
        assertTrue(group.matches("TensorRT-LLM perf-overview\\s+23\\s+7\\.6 %\\s+1\\.24×"), group);
        assertTrue(out.contains("shown, not scored"), out);
        assertTrue(out.contains("inferencemax-v1-b200-llama-3.3-70b-50tps: InferenceMAX text does not state"), out);
    }

    @Test
    void jsonCarriesEveryPointAndTheReasonForUnscoredOnes() throws Exception {
        assertEquals(0, cli.run("fidelity", "--json"), cli.err.toString());
        JsonNode root = JsonDocuments.mapper().readTree(cli.out.toString());
        int scored = 0;
        for (JsonNode r : root.get("rows")) {
            if (r.get("modeledTokensPerSecPerGpu").isNull()) {
                assertTrue(r.get("notScoredBecause").asText().length() > 10, r.toString());
            } else {
                scored++;
                double ratio = r.get("ratio").asDouble();
                assertEquals(r.get("modeledTokensPerSecPerGpu").asDouble() / r.get("measuredTokensPerSecPerGpu")
                        .asDouble(), ratio, 1e-9);
                assertTrue(ratio > 1 / 1.5 && ratio < 1.5, r.toString());
            }
        }
        assertEquals(23, scored);
        JsonNode all = root.get("summaries").get(root.get("summaries").size() - 1);
        assertEquals("all", all.get("group").asText());
        assertTrue(all.get("mapePercent").asDouble() <= 25, all.toString());
    }

    @Test
    void theReadmeTableIsWhatTheCommandPrints() throws Exception {
        assertEquals(0, cli.run("fidelity", "--markdown"), cli.err.toString());
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains(cli.out.toString()),
                "README.md's fidelity table is stale: regenerate it with `java -jar app/target/ridgeline.jar "
                        + "fidelity --markdown`");
    }
}
