package dev.ridgeline.decisions;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.InvalidInputException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** One system of a scenario re-evaluated alone with one input changed, through the one recompute path. */
final class WhatIf {
    private WhatIf() {
    }

    /** The system as changed, or empty when the change makes it invalid (an out-of-range value is no figure). */
    static Optional<SystemOutcome> evaluate(Scenario scenario, int index, UnaryOperator<SystemSpec> system,
            UnaryOperator<Workload> workload, Catalog catalog) {
        try {
            Scenario one = scenario.withCascade(null).withSystems(
                    java.util.List.of(system.apply(scenario.systems().get(index))), 0)
                    .withWorkload(workload.apply(scenario.workload()));
            return Optional.of(ScenarioEvaluator.evaluate(one, catalog).systems().get(0));
        } catch (InvalidInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
