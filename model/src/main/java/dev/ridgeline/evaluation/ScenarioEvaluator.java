package dev.ridgeline.evaluation;

import dev.ridgeline.calibration.ReferencePoints;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.economics.DisaggregatedFleet;
import dev.ridgeline.economics.EconomicsModel;
import dev.ridgeline.economics.PinAnchor;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.serving.SystemConfig;
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
            // a pin anchors its system: the same physics, every step scaled to pass through the measurement
            PinAnchor anchor = r.measured() == null ? PinAnchor.of(r, r.config(), scenario.workload())
                    : PinAnchor.of(r, asPinned(scenario, r, catalog), scenario.workload());
            SystemResults physics = ServingModel.evaluate(r.config(), scenario.workload(), anchor.stepScale());
            // a disaggregated system: its prefill pool resolved as a system, the pools rate-matched (issue 14)
            SystemEconomics economics = EconomicsModel.evaluate(r, physics, scenario.workload(),
                    scenario.economicsOrDefaults(), api, anchor);
            Optional<ResolvedSystem> prefill = r.spec().disaggregation() == null ? Optional.empty()
                    : ScenarioResolver.prefillPool(scenario, r.spec(), catalog);
            Optional<DisaggregatedFleet> pools = prefill.flatMap(p -> DisaggregatedFleet.of(r, physics, p,
                    scenario.workload(), r.spec().disaggregation().linkGBpsOrDefault()));
            if (pools.isPresent() && economics.hasCost()) {
                // the pools are what this system costs: cards, cost chart and exports read them (issue 14)
                economics = pools.get().economics(economics, r, prefill.get(), scenario.workload(),
                        scenario.economicsOrDefaults());
            }
            return new SystemOutcome(r, physics, economics, ReferencePoints.matching(catalog, r.config()), pools);
        }).toList();
        return new ScenarioResults(scenario, outcomes);
    }

    /** The pinned system as measured: catalog hardware, no drafting, the calibrated or default efficiencies. */
    private static SystemConfig asPinned(Scenario scenario, ResolvedSystem r, Catalog catalog) {
        SystemSpec spec = r.spec().withOverrides(null);
        spec = spec.withServing(spec.servingOrNone().withSpeculation(null, null));
        return ScenarioResolver.withoutOwnEfficiencies(scenario, spec, catalog);
    }
}
