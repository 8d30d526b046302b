package dev.ridgeline.evaluation;

import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.serving.SystemResults;

/** One system's inputs as resolved, what the physics computed for it, and what that costs. */
public record SystemOutcome(ResolvedSystem resolved, SystemResults physics, SystemEconomics economics) {
    public String label() {
        return physics.label();
    }
}
