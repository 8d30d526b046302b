package dev.ridgeline.evaluation;

import dev.ridgeline.scenario.Scenario;
import java.util.List;

/** Everything computed for a scenario: one immutable value that charts, cards, exports and the CLI all read. */
public record ScenarioResults(Scenario scenario, List<SystemOutcome> systems) {
    public ScenarioResults {
        systems = List.copyOf(systems);
    }

    public SystemOutcome baseline() {
        return systems.get(Math.min(scenario.baselineIndex(), systems.size() - 1));
    }
}
