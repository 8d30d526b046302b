package dev.ridgeline.charts.decisions;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.decisions.BuildVsBuyCurve;
import dev.ridgeline.decisions.CascadeCost;
import dev.ridgeline.decisions.MigrationBridge;
import dev.ridgeline.decisions.Sensitivity;
import dev.ridgeline.evaluation.ScenarioResults;
import java.util.Optional;

/**
 * The four decision views of one scenario's results for the selected system, each present where it applies: the
 * tornado and the bridge where the system has an on-demand cost (the bridge from the baseline, not to itself),
 * build versus buy where the scenario names an API, the cascade where it has one.
 */
public record Decisions(Optional<Sensitivity> tornado, Optional<MigrationBridge> bridge,
        Optional<BuildVsBuyCurve> buildVsBuy, Optional<CascadeCost> cascade, String system, String baseline) {

    public static Decisions of(ScenarioResults results, int selected) {
        Catalog catalog = Catalog.builtIn();
        int s = Math.max(0, Math.min(selected, results.systems().size() - 1));
        int base = results.systems().indexOf(results.baseline());
        // from the baseline to itself there is no bridge to draw: the next system then
        int target = s != base || results.systems().size() == 1 ? s : (base + 1) % results.systems().size();
        Optional<MigrationBridge> bridge = target == base ? Optional.empty()
                : MigrationBridge.of(results, target, catalog);
        return new Decisions(Sensitivity.of(results, s, catalog), bridge,
                BuildVsBuyCurve.of(results.systems().get(s), results.scenario().workload(),
                        results.scenario().economicsOrDefaults()),
                CascadeCost.of(results), results.systems().get(s).label(), results.baseline().label());
    }
}
