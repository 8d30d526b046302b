package dev.ridgeline.evaluation;

import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.serving.SystemResults;

/** One system's inputs as resolved and what the model computed for it. */
public record SystemOutcome(ResolvedSystem resolved, SystemResults physics) {
    public String label() {
        return physics.label();
    }
}
