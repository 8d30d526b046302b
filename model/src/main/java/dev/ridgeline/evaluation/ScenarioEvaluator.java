package dev.ridgeline.evaluation;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.serving.ServingModel;
import java.util.List;

/** The one recompute path: Scenario → resolved systems → model → ScenarioResults. */
public final class ScenarioEvaluator {
    private ScenarioEvaluator() {
    }

    public static ScenarioResults evaluate(Scenario scenario, Catalog catalog) {
        List<ResolvedSystem> resolved = ScenarioResolver.resolve(scenario, catalog);
        List<SystemOutcome> outcomes = resolved.stream()
                .map(r -> new SystemOutcome(r, ServingModel.evaluate(r.config(), scenario.workload())))
                .toList();
        return new ScenarioResults(scenario, outcomes);
    }
}
