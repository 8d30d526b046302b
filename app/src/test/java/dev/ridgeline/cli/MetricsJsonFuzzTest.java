package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.JsonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: `metrics --json` over every catalog accelerator × model × weight format, with the workload, prices and
 * efficiencies at the edges of their ranges (seeded): the output never holds NaN or Infinity, every null number has
 * a reason beside it, and no count, byte figure or cost is negative. The model's own figures are fuzzed far more in
 * the model module (dev.ridgeline.fuzz); this covers what the JSON writer makes of them.
 */
class MetricsJsonFuzzTest {
    /** Signed by meaning: a difference of monthly bills. */
    private static final Set<String> SIGNED = Set.of("monthlySavingsOnDemand", "monthlySavingsSpot");

    @Test
    void everyCatalogCombinationAtTheEdgesWritesSoundJson() throws Exception {
        Catalog catalog = Catalog.builtIn();
        Scenario preset = ScenarioFiles.preset("blackwell-migration", catalog);
        SplittableRandom r = new SplittableRandom(13);
        List<String> bad = new ArrayList<>();
        int written = 0;
        for (Accelerator a : catalog.accelerators()) {
            for (LanguageModel m : catalog.models()) {
                for (NumberFormat w : catalog.formats(FormatUse.WEIGHTS)) {
                    Scenario s = scenario(preset, a, m, w, r);
                    String json = JsonDocuments.write(MetricsJson.of(ScenarioEvaluator.evaluate(s, catalog)));
                    written++;
                    if (json.contains("NaN") || json.contains("Infinity")) {
                        bad.add(a.id() + " " + m.id() + " " + w.id() + ": " + json);
                    }
                    check(JsonDocuments.mapper().readTree(json), "", bad);
                }
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(5, bad.size())));
        assertEquals(catalog.accelerators().size() * catalog.models().size()
                * catalog.formats(FormatUse.WEIGHTS).size(), written);
    }

    private static Scenario scenario(Scenario preset, Accelerator a, LanguageModel m, NumberFormat w,
            SplittableRandom r) {
        double[] prices = {0, 0.01, 2.5, 10_000};
        double[] rates = {1e-6, 0.01, 50, 10_000, 1e9};
        double[] targets = {0.001, 1, 50, 500, 100_000};
        int[] tokens = {1, 16, 800, 131_072, 10_000_000};
        int gpus = m.isMoe() ? 8 : new int[] {1, 2, 8, 72}[r.nextInt(4)];
        SystemSpec system = new SystemSpec(a.id(), a.id(), m.id(), w.id(), r.nextBoolean() ? "fp8-kv" : "bf16-kv",
                gpus, null, Serving.none().withEfficiency(r.nextBoolean() ? 0.05 : 1.0, r.nextBoolean() ? 0.05 : 1.0),
                new GpuPricing(null, null, prices[r.nextInt(4)], prices[r.nextInt(4)], null), null, null);
        Workload workload = new Workload(tokens[r.nextInt(5)], tokens[r.nextInt(5)], rates[r.nextInt(5)],
                1 + 99 * r.nextDouble(), targets[r.nextInt(5)]);
        return preset.withSystems(List.of(preset.systems().get(0), system), r.nextInt(2)).withWorkload(workload)
                .withEconomics(new EconomicsInputs(r.nextBoolean() ? 0.0 : 10.0, null, null,
                        new ApiPrice("api", "API", r.nextBoolean() ? 0 : 2.5, r.nextBoolean() ? 0 : 1e6, null),
                        r.nextBoolean() ? 0.0 : 1e9, r.nextBoolean() ? null : 24.0));
    }

    /** Nulls have a reason; numbers are not negative unless signed by meaning. */
    private static void check(JsonNode node, String path, List<String> bad) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String at = path + "." + f.getKey();
                JsonNode v = f.getValue();
                if (v.isNull() && !node.has(f.getKey() + "Reason")) {
                    bad.add(at + ": null without a reason");
                } else if (v.isNumber() && v.asDouble() < 0 && !SIGNED.contains(f.getKey())) {
                    bad.add(at + " = " + v);
                }
                check(v, at, bad);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", bad);
            }
        }
    }
}
