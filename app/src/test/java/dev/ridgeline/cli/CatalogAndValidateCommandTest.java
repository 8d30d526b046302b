package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.validation.JsonDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAndValidateCommandTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void catalogJsonHasTheFourListsEachEntryWithIdAndSource() throws Exception {
        assertEquals(0, cli.run("catalog", "--json"));
        JsonNode root = JsonDocuments.mapper().readTree(cli.out.toString());
        for (String list : List.of("accelerators", "models", "formats", "priceSheets")) {
            assertTrue(root.get(list).size() > 0, list);
            root.get(list).forEach(e -> {
                assertTrue(e.hasNonNull("id"), list);
                assertTrue(e.hasNonNull("source"), list + " " + e.get("id"));
            });
        }
        assertTrue(root.get("accelerators").size() >= 14);
        assertTrue(root.get("models").size() >= 10);
    }

    @Test
    void catalogTableListsB200WithItsDenseFp4Peak() {
        assertEquals(0, cli.run("catalog"));
        String b200 = cli.out.toString().lines().filter(l -> l.startsWith("b200-hgx")).findFirst().orElseThrow();
        assertTrue(b200.contains("9,000"), b200);
        assertTrue(b200.contains("7.70"), b200);
    }

    @Test
    void validateSaysAPresetIsValid() {
        assertEquals(0, cli.run("validate", "../assets/scenarios/blackwell-migration.json"));
        assertTrue(cli.out.toString().contains("valid (\"Blackwell migration"), cli.out.toString());
    }

    @Test
    void validatePrintsEveryProblemAndExitsOne(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("../assets/scenarios/blackwell-migration.json"))
                .replace("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"h200\"")
                .replace("\"requestsPerSec\": 50", "\"requestsPerSec\": -1");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        assertEquals(1, cli.run("validate", file.toString()));
        String err = cli.err.toString();
        assertTrue(err.contains("2 problems"), err);
        assertTrue(err.contains("workload.requestsPerSec: must be between 0 and 1000000000 (0 excluded), was -1"), err);
        assertTrue(err.contains("systems[1].accelerator: unknown accelerator \"h200\" (did you mean \"h200-sxm\"?)"), err);
        assertTrue(!err.contains("Exception"), err);
    }
}
