package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioFilesTest {
    private final Catalog catalog = Catalog.builtIn();

    static List<String> presets() {
        return ScenarioFiles.PRESETS;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetLoadsAndRoundTrips(String id) {
        Scenario scenario = ScenarioFiles.preset(id, catalog);
        String json = ScenarioFiles.toJson(scenario);
        Scenario again = ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), id, catalog);
        assertEquals(scenario, again);
        assertEquals(json, ScenarioFiles.toJson(again));
    }

    @Test
    void everyFileInAssetsScenariosIsAListedPreset() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "assets", "scenarios"))) {
            List<String> ids = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
            assertEquals(ScenarioFiles.PRESETS.stream().sorted().toList(), ids);
        }
    }

    @Test
    void blackwellMigrationIsSeed001() {
        Scenario s = ScenarioFiles.defaultScenario(catalog);
        assertEquals(3, s.systems().size());
        assertEquals(List.of("h100-sxm", "h200-sxm", "b200-hgx"),
                s.systems().stream().map(SystemSpec::accelerator).toList());
        assertEquals(List.of(1500.0, 2500.0, 10000.0),
                s.systems().stream().map(x -> x.measured().outputTokensPerSecPerGpu()).toList());
        assertEquals(50, s.workload().requestsPerSec());
        List<ResolvedSystem> resolved = ScenarioResolver.resolve(s, catalog);
        assertEquals(6.03, resolved.get(2).onDemandPerHour());
        assertEquals(2.12, resolved.get(2).spotPerHour());
    }

    private static String blackwellWith(String from, String to) {
        try {
            String json = Files.readString(Path.of("..", "assets", "scenarios", "blackwell-migration.json"));
            assertTrue(json.contains(from), "fixture text missing: " + from);
            return json.replace(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Problem> problems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "test.json", catalog));
        return e.problems();
    }

    private static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void reportsEveryProblemAtOnceWithPathAndRange() throws IOException {
        ObjectNode root = (ObjectNode) JsonDocuments.mapper().readTree(
                Path.of("..", "assets", "scenarios", "blackwell-migration.json").toFile());
        ((ObjectNode) root.at("/systems/1/price")).put("spotPerHour", -2);
        ((ObjectNode) root.at("/workload")).put("requestsPerSecond", 3);
        ((ObjectNode) root.at("/systems/0")).put("gpusPerReplica", 0);
        List<String> texts = texts(problems(root.toString()));
        assertTrue(texts.contains("systems[1].price.spotPerHour: must be between 0 and 10000, was -2"), texts.toString());
        assertTrue(texts.contains("workload.requestsPerSecond: unknown field (did you mean 'requestsPerSec'?)"),
                texts.toString());
        assertTrue(texts.contains("systems[0].gpusPerReplica: must be between 1 and 72, was 0"), texts.toString());
        assertEquals(3, texts.size(), texts.toString());
    }

    @Test
    void unknownCatalogIdsNameTheClosest() {
        List<String> texts = texts(problems(blackwellWith("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"h200-sx\"")
                .replace("\"weightFormat\": \"nvfp4\"", "\"weightFormat\": \"fp8-kv\"")));
        assertTrue(texts.contains("systems[1].accelerator: unknown accelerator \"h200-sx\" (did you mean \"h200-sxm\"?)"),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("systems[2].weightFormat: \"fp8-kv\" is not a weight format")),
                texts.toString());
    }

    @Test
    void aScenarioEditedLikeTheWorkbenchDoesSavesAndReopens() {
        Scenario s = ScenarioFiles.defaultScenario(catalog);
        SystemSpec b200 = s.systems().get(2);
        Scenario edited = s.withSystem(2, b200.withOverrides(new HardwareOverrides(8.0, 178.35, null, null))
                .withServing(b200.servingOrNone().withSpeculation(3, 0.8).withEfficiency(0.85, null))
                .withPrice(b200.price().withSpot(1.99)).withGpusPerReplica(2));
        String json = ScenarioFiles.toJson(edited);
        assertTrue(!json.contains("\"empty\"") && !json.contains("\"moe\" : false"), json);
        assertEquals(edited, ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "edited.json", catalog));
    }

    @Test
    void customAcceleratorsAndModelsLiveInTheFileItself() {
        Scenario preset = ScenarioFiles.defaultScenario(catalog);
        // a hypothetical B200 with 12 TB/s, and Llama 3.3 70B renamed: both defined in the scenario, not the catalog
        var b200 = catalog.accelerator("b200-hgx").orElseThrow();
        var future = new dev.ridgeline.hardware.Accelerator("future-gpu", "Future GPU", "NVIDIA", 2027, 288, 12.0,
                b200.denseTflops(), null, 1200, 2600.0, 1800, "NVLink6", "what-if: vendor roadmap", null, null);
        var llama = catalog.model("llama-3.3-70b").orElseThrow();
        var mine = new dev.ridgeline.llm.LanguageModel("my-70b", "My 70B", llama.statedTotalParamsB(), null,
                llama.layers(), llama.hidden(), llama.queryHeads(), llama.kvHeads(), llama.headDim(), llama.vocab(),
                llama.ffn(), false, llama.maxContext(), llama.attention(), null, null, null, null, "fine-tune", null);
        SystemSpec system = new SystemSpec("Future · NVFP4", "future-gpu", "my-70b", "nvfp4", "fp8-kv", null, null,
                null, new GpuPricing(null, null, 9.0, 3.0, null), null, null);
        Scenario custom = new Scenario(2, "custom", null, preset.workload(), List.of(system), 0, null,
                List.of(future), List.of(mine), null);
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(custom).getBytes(StandardCharsets.UTF_8),
                "custom.json", catalog);
        assertEquals(custom, again);
        var results = dev.ridgeline.evaluation.ScenarioEvaluator.evaluate(again, catalog).systems().get(0);
        // 42.70 GB / 12.0 TB/s = 3.56 ms; 288 − 43.7 − 1 = 243.3 GB of KV; all-in power as given, 2,600 W
        assertEquals(3.559, results.physics().decodeFloorMs(), 0.002);
        assertEquals(243.3, results.physics().kvBudgetGB(), 0.1);
        assertEquals(2600, results.physics().config().accelerator().allInPowerWatts());
    }

    @Test
    void refusesANewerSchemaVersionClearly() {
        List<String> texts = texts(problems(blackwellWith("\"schemaVersion\": 2", "\"schemaVersion\": 7")));
        assertEquals(List.of("schemaVersion: is 7, newer than this Ridgeline reads (2); open it with a newer Ridgeline"),
                texts);
    }

    @Test
    void refusesSevenSystemsAndABadBaseline() {
        Scenario s = ScenarioFiles.defaultScenario(catalog);
        // the API refuses a seventh system itself, so the file is written by hand
        ObjectNode root = (ObjectNode) JsonDocuments.mapper().valueToTree(s);
        var systems = root.withArray("systems");
        while (systems.size() < 7) {
            systems.add(systems.get(0).deepCopy());
        }
        String json = root.toString();
        assertTrue(texts(problems(json)).contains("systems: must hold 1 to 6 entries, held 7"));
        String badBaseline = ScenarioFiles.toJson(s.withSystems(s.systems(), 4));
        assertTrue(texts(problems(badBaseline)).contains(
                "baseline: must be between 0 and 2 (an index into systems), was 4"));
    }

    @Test
    void notJsonSaysWhere() {
        List<String> texts = texts(problems("{\n  \"schemaVersion\": 1,\n  \"name\": \n}"));
        assertEquals(1, texts.size());
        assertTrue(texts.get(0).startsWith("not valid JSON at line 4, column 1"), texts.get(0));
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[5 * 1024 * 1024]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioFiles.read(big, catalog));
        assertEquals("file is 5120 KiB; scenario files over 4 MiB are refused", e.problems().get(0).message());
    }

    @Test
    void savingIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Scenario s = ScenarioFiles.defaultScenario(catalog);
        Path file = dir.resolve("mine.json");
        ScenarioFiles.write(s, file);
        ScenarioFiles.write(s.withName("renamed"), file);
        assertEquals("renamed", ScenarioFiles.read(file, catalog).name());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
