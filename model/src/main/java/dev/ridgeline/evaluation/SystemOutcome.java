package dev.ridgeline.evaluation;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.serving.SystemResults;
import java.util.List;

/**
 * One system's inputs as resolved, what the physics computed for it, what that costs, and the catalog's
 * measured points that belong on its frontier; a disaggregated system's two pools (issue 14) beside them.
 */
public record SystemOutcome(ResolvedSystem resolved, SystemResults physics, SystemEconomics economics,
        List<Measurement> references, java.util.Optional<dev.ridgeline.economics.DisaggregatedFleet> disaggregated) {
    public SystemOutcome {
        references = List.copyOf(references);
        disaggregated = disaggregated == null ? java.util.Optional.empty() : disaggregated;
    }

    /** An aggregated system's outcome. */
    public SystemOutcome(ResolvedSystem resolved, SystemResults physics, SystemEconomics economics,
            List<Measurement> references) {
        this(resolved, physics, economics, references, java.util.Optional.empty());
    }

    /** The frontier this system serves: its physics', or a disaggregated system's pools' per GPU of either pool. */
    public List<dev.ridgeline.serving.FrontierPoint> servedFrontier(dev.ridgeline.scenario.Workload w) {
        return disaggregated.map(d -> d.frontier(w)).orElse(physics.frontier());
    }

    /** The current batch on {@link #servedFrontier}: a disaggregated system's decode-only batch, served. */
    public java.util.Optional<dev.ridgeline.serving.FrontierPoint> servedCurrent(dev.ridgeline.scenario.Workload w) {
        if (disaggregated.isEmpty() || physics.current().isEmpty()) {
            return physics.current();
        }
        var d = disaggregated.get();
        return java.util.Optional.of(d.served(dev.ridgeline.serving.SteadyState.decodeOnly(
                new dev.ridgeline.serving.Step(physics.config()), w, physics.current().get().batch()), w));
    }

    public String label() {
        return physics.label();
    }
}
