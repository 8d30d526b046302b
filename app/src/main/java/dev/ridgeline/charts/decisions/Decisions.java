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
 * tornado and the bridge where the system has an on-demand cost (the bridge from the baseline to it, or to the
 * cheapest other system when the baseline itself is selected),
 * build versus buy where the scenario names an API, the cascade where it has one.
 */
public record Decisions(Optional<Sensitivity> tornado, Optional<MigrationBridge> bridge,
        Optional<BuildVsBuyCurve> buildVsBuy, Optional<CascadeCost> cascade, String system, String baseline) {

    public static Decisions of(ScenarioResults results, int selected) {
        Catalog catalog = Catalog.builtIn();
        int s = Math.max(0, Math.min(selected, results.systems().size() - 1));
        int base = results.systems().indexOf(results.baseline());
        // from the baseline to itself there is no bridge to draw: to the cheapest other system then
        int target = s;
        if (s == base) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < results.systems().size(); i++) {
                Double c = results.systems().get(i).economics().outputOnDemandPerMillion();
                if (i != base && c != null && c < best) {
                    best = c;
                    target = i;
                }
            }
        }
        Optional<MigrationBridge> bridge = target == base ? Optional.empty()
                : MigrationBridge.of(results, target, catalog);
        return new Decisions(Sensitivity.of(results, s, catalog), bridge,
                BuildVsBuyCurve.of(results.systems().get(s), results.scenario().workload(),
                        results.scenario().economicsOrDefaults()),
                CascadeCost.of(results), results.systems().get(s).label(), results.baseline().label());
    }
}
