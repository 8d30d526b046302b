package dev.ridgeline.export;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;

/** The scenarios the export tests draw from. */
final class Fixtures {
    static final Catalog CATALOG = Catalog.builtIn();

    private Fixtures() {
    }

    /** Seed 001's blackwell-migration preset: H100 FP8, H200 FP8, B200 NVFP4. */
    static ScenarioResults blackwell() {
        return ScenarioEvaluator.evaluate(ScenarioFiles.preset("blackwell-migration", CATALOG), CATALOG);
    }

    static ScenarioResults evaluate(Scenario scenario) {
        return ScenarioEvaluator.evaluate(scenario, CATALOG);
    }
}
