package dev.ridgeline.evaluation;

import dev.ridgeline.calibration.ReferencePoints;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.economics.EconomicsModel;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemResults;
import java.util.List;
import java.util.Optional;

/** The one recompute path: Scenario → resolved systems → model → ScenarioResults. */
public final class ScenarioEvaluator {
    private ScenarioEvaluator() {
    }

    public static ScenarioResults evaluate(Scenario scenario, Catalog catalog) {
        return evaluate(scenario, ScenarioResolver.resolveAll(scenario, catalog), catalog);
    }

    /** As {@link #evaluate(Scenario, Catalog)} for a scenario already resolved (the workbench validates each edit). */
    public static ScenarioResults evaluate(Scenario scenario, ScenarioResolver.Resolution resolution, Catalog catalog) {
        Optional<ApiPrice> api = resolution.api();
        List<SystemOutcome> outcomes = resolution.systems().stream().map(r -> {
            SystemResults physics = ServingModel.evaluate(r.config(), scenario.workload());
            return new SystemOutcome(r, physics, EconomicsModel.evaluate(r, physics, scenario.workload(),
                    scenario.economicsOrDefaults(), api), ReferencePoints.matching(catalog, r.config()));
        }).toList();
        return new ScenarioResults(scenario, outcomes);
    }
}
