package dev.ridgeline.llm;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/** Mixture of experts: routed experts per MoE layer, how many a token activates, always-on shared experts. */
public record Moe(
        @Range(min = 1) int routedExperts,
        @Range(min = 1) int activeExperts,
        @Range(min = 0) int sharedExperts,
        @Range(min = 1) int expertFfn,
        @Optional @Range(min = 1) Integer sharedExpertFfn,
        @Optional @Range(min = 0) Integer denseLayers) {

    public int leadingDenseLayers() {
        return denseLayers == null ? 0 : denseLayers;
    }

    public int sharedFfn() {
        return sharedExpertFfn == null ? expertFfn : sharedExpertFfn;
    }
}
