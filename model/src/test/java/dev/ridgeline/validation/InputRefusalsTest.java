package dev.ridgeline.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, defects 2, 7 and 8: numbers beyond their Java type, duplicate keys and huge strings are refused by path. */
class InputRefusalsTest {
    private final Catalog catalog = Catalog.builtIn();

    static String preset() {
        try {
            return Files.readString(Path.of("..", "assets", "scenarios", "blackwell-migration.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String presetWith(String from, String to) {
        String json = preset();
        assertTrue(json.contains(from), "fixture text missing: " + from);
        return json.replace(from, to);
    }

    private List<String> refusal(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", catalog));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWholeNumberBeyondTheJavaIntIsRefusedWithItsPathAndRange() {
        // defect 2: "inputTokens": 3000000000 is more than an int holds; its own range stops at 10,000,000
        assertEquals(List.of("workload.inputTokens: must be between 1 and 10000000, was 3000000000"),
                refusal(presetWith("\"inputTokens\": 800", "\"inputTokens\": 3000000000")));
        // 1e12 written as a float is the same whole number
        assertEquals(List.of("workload.outputTokens: must be between 1 and 10000000, was 1000000000000"),
                refusal(presetWith("\"outputTokens\": 400", "\"outputTokens\": 1e12")));
        // beyond a long: a BigInteger, still named and ranged
        assertEquals(List.of("systems[0].serving.batch: must be between 1 and 1000000, was 99999999999999999999999"),
                refusal(presetWith("\"serving\": { \"batch\": 4 }", "\"serving\": "
                        + "{\"batch\": 99999999999999999999999}")));
    }

    @Test
    void aCustomModelsHiddenSizeOfThreeBillionNamesTheFieldAndTheIntRange() {
        // the example: a model field without its own upper bound still holds only an int
        String model = CustomModels.llamaLike("hidden", "3000000000");
        List<String> problems = refusal(CustomModels.scenarioWith(model));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("customModels[0].hidden: must be between 1 and ")
                && p.endsWith(", was 3000000000")), problems.toString());
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItsPath() {
        // defect 7: "batch": 1, "batch": 999999 used to be read as 999999
        List<String> problems = refusal(presetWith("\"serving\": { \"batch\": 4 }",
                "\"serving\": {\"batch\": 1, \"batch\": 999999}"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("systems[0].serving.batch: appears twice in the same object at line "),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("; a key may appear only once"), problems.get(0));
        // at the top level too
        assertTrue(refusal(presetWith("\"baseline\": 0", "\"baseline\": 0, \"baseline\": 1")).get(0)
                .startsWith("baseline: appears twice"));
    }

    @Test
    void aRefusalQuotesAtMostEightyCharactersOfAHugeString() {
        // defect 8: a 4 MB accelerator id used to be echoed whole, in the message and in a "did you mean" search
        String huge = "x".repeat(3_000_000);
        List<String> problems = refusal(presetWith("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"" + huge
                + "\""));
        assertEquals(List.of("systems[1].accelerator: unknown accelerator \"" + "x".repeat(80) + "…\""), problems);
        // a huge unknown key is capped in the path, a huge enum value in the message
        String key = "k".repeat(10_000);
        String unknownKey = refusal(presetWith("\"baseline\": 0", "\"baseline\": 0, \"" + key + "\": 1")).get(0);
        assertEquals(key.substring(0, 80) + "…: unknown field", unknownKey);
        String kind = refusal(CustomModels.scenarioWith(CustomModels.llamaLike("attention", "{\"kind\": \"" + huge
                + "\"}"))).get(0);
        assertEquals("customModels[0].attention.kind: must be one of GQA, MLA, was \"" + "x".repeat(80) + "…\"", kind);
    }

    @Test
    void hugeAndTinyNumbersAreQuotedInScientificNotation() {
        assertEquals("3000000000", RangeText.number(3e9));
        assertEquals("1.0E300", RangeText.number(1e300));
        assertEquals("4.9E-324", RangeText.number(Double.MIN_VALUE));
        assertEquals("0.95", RangeText.number(0.95));
    }
}
