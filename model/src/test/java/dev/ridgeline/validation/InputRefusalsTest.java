package dev.ridgeline.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.testing.PresetJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, defects 2, 7 and 8: numbers beyond their Java type, duplicate keys and huge strings are refused by path. */
class InputRefusalsTest {
    private final Catalog catalog = Catalog.builtIn();

    private List<String> refusal(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", catalog));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWholeNumberBeyondTheJavaIntIsRefusedWithItsPathAndRange() {
        // defect 2: "inputTokens": 3000000000 is more than an int holds; its own range stops at 10,000,000
        assertEquals(List.of("workload.inputTokens: must be between 1 and 10000000, was 3000000000"),
                refusal(PresetJson.with("\"inputTokens\": 800", "\"inputTokens\": 3000000000")));
        // 1e12 written as a float is the same whole number
        assertEquals(List.of("workload.outputTokens: must be between 1 and 10000000, was 1000000000000"),
                refusal(PresetJson.with("\"outputTokens\": 400", "\"outputTokens\": 1e12")));
        // beyond a long: a BigInteger, still named and ranged
        assertEquals(List.of("systems[0].serving.batch: must be between 1 and 1000000, was 99999999999999999999999"),
                refusal(PresetJson.with("\"serving\": { \"batch\": 4 }", "\"serving\": "
                        + "{\"batch\": 99999999999999999999999}")));
    }

    @Test
    void aCustomModelsHiddenSizeOfThreeBillionNamesTheFieldAndTheRange() {
        // the examples: "hidden": 3000000000 and "queryHeads": 1e12 used to fail in Jackson, naming no field
        assertEquals(List.of("customModels[0].hidden: must be between 1 and 1000000, was 3000000000"),
                refusal(PresetJson.withCustomModel(PresetJson.llamaLike("hidden", "3000000000"))));
        assertEquals(List.of("customModels[0].queryHeads: must be between 1 and 100000, was 1000000000000"),
                refusal(PresetJson.withCustomModel(PresetJson.llamaLike("queryHeads", "1e12"))));
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItsPath() {
        // defect 7: "batch": 1, "batch": 999999 used to be read as 999999
        List<String> problems = refusal(PresetJson.with("\"serving\": { \"batch\": 4 }",
                "\"serving\": {\"batch\": 1, \"batch\": 999999}"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("systems[0].serving.batch: appears twice in the same object at line "),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("; a key may appear only once"), problems.get(0));
        // at the top level too
        assertTrue(refusal(PresetJson.with("\"baseline\": 0", "\"baseline\": 0, \"baseline\": 1")).get(0)
                .startsWith("baseline: appears twice"));
    }

    @Test
    void aRefusalQuotesAtMostEightyCharactersOfAHugeString() {
        // defect 8: a 4 MB accelerator id used to be echoed whole, in the message and in a "did you mean" search
        String huge = "x".repeat(3_000_000);
        List<String> problems = refusal(PresetJson.with("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"" + huge
                + "\""));
        assertEquals(List.of("systems[1].accelerator: unknown accelerator \"" + "x".repeat(80) + "…\""), problems);
        // a huge unknown key is capped in the path, a huge enum value in the message
        String key = "k".repeat(10_000);
        String unknownKey = refusal(PresetJson.with("\"baseline\": 0", "\"baseline\": 0, \"" + key + "\": 1")).get(0);
        assertEquals(key.substring(0, 80) + "…: unknown field", unknownKey);
        String kind = refusal(PresetJson.withCustomModel(PresetJson.llamaLike("attention", "{\"kind\": \"" + huge
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
