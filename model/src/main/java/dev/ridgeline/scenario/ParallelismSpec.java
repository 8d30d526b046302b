package dev.ridgeline.scenario;

import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * A system's parallelism as a file states it (schema 2): tensor, expert and data-parallel-attention degrees.
 * Absent degrees are 1. GPUs per replica = tp × dp.
 */
public record ParallelismSpec(
        @Optional @Range(min = 1, max = 72) Integer tp,
        @Optional @Range(min = 1, max = 72) Integer ep,
        @Optional @Range(min = 1, max = 72) Integer dp) {

    public ParallelismSpec {
        RecordRules.require(ParallelismSpec.class, "parallelism", tp, ep, dp);
    }

    public Parallelism resolve() {
        return new Parallelism(tp == null ? 1 : tp, ep == null ? 1 : ep, dp == null ? 1 : dp);
    }

    public static ParallelismSpec of(Parallelism p) {
        return new ParallelismSpec(p.tp(), p.ep() == 1 ? null : p.ep(), p.dp() == 1 ? null : p.dp());
    }
}
