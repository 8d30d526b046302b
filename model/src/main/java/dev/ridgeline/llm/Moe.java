package dev.ridgeline.llm;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/** Mixture of experts: routed experts per MoE layer, how many a token activates, always-on shared experts. */
public record Moe(
        @Range(min = 1, max = 1_000_000) int routedExperts,
        @Range(min = 1, max = 1_000_000) int activeExperts,
        @Range(min = 0, max = 1_000_000) int sharedExperts,
        @Range(min = 1, max = 10_000_000) int expertFfn,
        @Optional @Range(min = 1, max = 10_000_000) Integer sharedExpertFfn,
        @Optional @Range(min = 0, max = 1000) Integer denseLayers) {

    public Moe {
        RecordRules.require(Moe.class, "moe", routedExperts, activeExperts, sharedExperts, expertFfn, sharedExpertFfn,
                denseLayers);
    }

    public int leadingDenseLayers() {
        return denseLayers == null ? 0 : denseLayers;
    }

    public int sharedFfn() {
        return sharedExpertFfn == null ? expertFfn : sharedExpertFfn;
    }
}
