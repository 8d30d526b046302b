package dev.ridgeline.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.scenario.SystemDefaults;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.testing.PresetJson;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, defects 1 and 3: a custom model's required-when fields and structural invariants, each named. */
class ModelRulesTest {
    private final Catalog catalog = Catalog.builtIn();

    private List<String> refusal(String model) {
        String json = PresetJson.withCustomModel(model);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", catalog));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private Scenario parse(String model) {
        return ScenarioFiles.parse(PresetJson.withCustomModel(model).getBytes(StandardCharsets.UTF_8), "t.json",
                catalog);
    }

    @Test
    void mlaWithoutItsRanksIsRefusedNamingEachOne() {
        // defect 1: passed validate, then metrics threw "qkNopeHeadDim() is null"
        assertEquals(List.of(
                "customModels[0].attention.kvLoraRank: is required when attention.kind is MLA",
                "customModels[0].attention.qkNopeHeadDim: is required when attention.kind is MLA",
                "customModels[0].attention.qkRopeHeadDim: is required when attention.kind is MLA",
                "customModels[0].attention.vHeadDim: is required when attention.kind is MLA"),
                refusal(PresetJson.llamaLike("attention", "{\"kind\": \"MLA\"}")));
        // and ranks without MLA are a mistake of the other kind
        assertEquals(List.of("customModels[0].attention.kvLoraRank: applies to MLA only; attention.kind is GQA"),
                refusal(PresetJson.llamaLike("attention", "{\"kind\": \"GQA\", \"kvLoraRank\": 512}")));
    }

    @Test
    void aDenseModelWithoutFfnIsRefused() {
        // defect 1: ParameterCount.of threw on the missing MLP width
        assertEquals(List.of("customModels[0].ffn: is required for a dense model (its MLP width)"),
                refusal(PresetJson.llamaLike("ffn", "null")));
        // an MoE model's leading dense layers need it too; without them it may be absent
        String moe = "{\"routedExperts\": 8, \"activeExperts\": 2, \"sharedExperts\": 0, \"expertFfn\": 14336";
        assertEquals(List.of("customModels[0].ffn: is required when moe.denseLayers > 0 (the dense layers' MLP width)"),
                refusal(PresetJson.llamaLike("ffn", "null", "moe", moe + ", \"denseLayers\": 3}")));
        parse(PresetJson.llamaLike("ffn", "null", "moe", moe + "}"));
    }

    @Test
    void moreSlidingOrLinearLayersThanLayersIsRefused() {
        // defect 3: 81 sliding layers of 80 gave kvBytesPerToken −245,760 (one layer's −2 × 8 × 128 × ... bytes)
        assertEquals(List.of("customModels[0].slidingWindow.layers: must be ≤ layers (80), was 81"),
                refusal(PresetJson.llamaLike("slidingWindow", "{\"window\": 128, \"layers\": 81}")));
        assertEquals(List.of("customModels[0].linearAttention.layers: must be ≤ layers (80), was 81"),
                refusal(PresetJson.llamaLike("linearAttention",
                        "{\"layers\": 81, \"keyHeads\": 16, \"valueHeads\": 32, \"headDim\": 128}")));
        // sliding and linear layers together may not exceed the layers either: 60 linear leave 20 softmax layers
        assertEquals(List.of("customModels[0].slidingWindow.layers: must be ≤ layers − linearAttention.layers = "
                + "80 − 60 = 20 (the softmax-attention layers), was 21"), refusal(PresetJson.llamaLike(
                        "linearAttention", "{\"layers\": 60, \"keyHeads\": 16, \"valueHeads\": 32, \"headDim\": 128}",
                        "slidingWindow", "{\"window\": 128, \"layers\": 21}")));
        // at the edge it computes: 80 sliding layers cache 128 tokens each, 2 × 8 × 128 × 1 B (FP8) = 2,048 B per
        // token per layer, so a 1,200-token sequence holds 80 × 128 × 2,048 = 20,971,520 B, none growing
        var h100 = ScenarioEvaluator.evaluate(parse(PresetJson.llamaLike("slidingWindow",
                "{\"window\": 128, \"layers\": 80}")), catalog).systems().get(0).physics();
        assertEquals(0, h100.memory().kvBytesPerToken());
        assertEquals(20_971_520, h100.memory().bytesPerSequence());
    }

    @Test
    void moreActiveThanRoutedExpertsOrNoMoeLayerIsRefused() {
        // defect 3: 9 of 8 experts made (1 − a/E) negative and the experts touched NaN
        assertEquals(List.of("customModels[0].moe.activeExperts: must be ≤ moe.routedExperts (8), was 9"),
                refusal(PresetJson.llamaLike("moe", "{\"routedExperts\": 8, \"activeExperts\": 9, "
                        + "\"sharedExperts\": 0, \"expertFfn\": 14336}")));
        // 80 dense layers of 80 leave no MoE layer (and negative weight bytes beyond that)
        assertEquals(List.of("customModels[0].moe.denseLayers: must be < layers (80): an MoE model needs at least "
                + "one MoE layer, was 80"), refusal(PresetJson.llamaLike("moe", "{\"routedExperts\": 8, "
                        + "\"activeExperts\": 2, \"sharedExperts\": 0, \"expertFfn\": 14336, \"denseLayers\": 80}")));
    }

    @Test
    void groupedQueryHeadsMustDivideTheQueryHeads() {
        assertEquals(List.of("customModels[0].kvHeads: must be ≤ queryHeads (64), was 65"),
                refusal(PresetJson.llamaLike("kvHeads", "65")));
        assertEquals(List.of("customModels[0].kvHeads: must divide queryHeads (64) into equal groups, was 6"),
                refusal(PresetJson.llamaLike("kvHeads", "6")));
    }

    @Test
    void theModelApiRefusesABrokenModelToo() {
        // built in code, not read from a file: the system refuses it, naming the field under "model."
        LanguageModel llama = catalog.model("llama-3.3-70b").orElseThrow();
        LanguageModel broken = new LanguageModel("x", "x", 70, null, 80, 8192, 64, 8, 128, 128256, 28672, false, 131072,
                llama.attention(), new SlidingWindow(128, 81), null, null, null, "test", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SystemDefaults.of("s",
                catalog.accelerator("b200-hgx").orElseThrow(), broken, catalog.format("nvfp4").orElseThrow(),
                catalog.format("fp8-kv").orElseThrow(), Parallelism.tensor(1), EngineLimits.DEFAULT));
        assertEquals("model.slidingWindow.layers: must be ≤ layers (80), was 81", e.problems().get(0).toString());
        // and a field out of its own range cannot be built at all
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> new Moe(8, 2, 0, 0, null, null));
        assertEquals("moe.expertFfn: must be between 1 and 10000000, was 0", range.problems().get(0).toString());
    }

    @Test
    void aCustomAcceleratorWithoutBf16IsRefused() {
        String json = PresetJson.with("\"accelerator\": \"h100-sxm\"", "\"accelerator\": \"mine\"")
                .replace("\"baseline\": 0", "\"baseline\": 0, \"customAccelerators\": [{\"id\": \"mine\", \"name\": "
                        + "\"Mine\", \"vendor\": \"X\", \"memoryGB\": 80, \"memoryBandwidthTBps\": 3.35, "
                        + "\"denseTflops\": {\"FP8\": 1979}, \"tdpW\": 700, \"scaleUpGBps\": 900, \"source\": \"t\"}]")
                .replaceAll("\"priceSheet\": \"seed-001-spheron-2026-05-22\"", "\"onDemandPerHour\": 2");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", catalog));
        assertEquals(List.of("customAccelerators[0].denseTflops.BF16: is required: every precision falls back to BF16"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
