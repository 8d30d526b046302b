package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * One tier of a model cascade (seed 004 §7): the share of requests routed to it, and what serves it — a system of
 * the scenario (its on-demand output $/M and its fleet) or a fixed price per million output tokens (an API, or a
 * figure quoted elsewhere). Exactly one of the two. Quality is optional, 0–1 of the best tier's.
 */
public record CascadeTier(
        String label,
        @Range(min = 0, max = 1) double share,
        @Optional @Range(min = 0, max = 5) Integer system,
        @Optional @Range(min = 0, max = 1_000_000) Double pricePerMillion,
        @Optional @Range(min = 0, max = 1) Double quality) {

    public CascadeTier {
        RecordRules.require(CascadeTier.class, "cascade.tiers", label, share, system, pricePerMillion, quality);
    }
}
