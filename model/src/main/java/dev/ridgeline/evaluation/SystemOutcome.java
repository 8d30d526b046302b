package dev.ridgeline.evaluation;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.serving.SystemResults;
import java.util.List;

/**
 * One system's inputs as resolved, what the physics computed for it, what that costs, and the catalog's
 * measured points that belong on its frontier.
 */
public record SystemOutcome(ResolvedSystem resolved, SystemResults physics, SystemEconomics economics,
        List<Measurement> references) {
    public SystemOutcome {
        references = List.copyOf(references);
    }

    public String label() {
        return physics.label();
    }
}
