package dev.ridgeline.economics;

import java.util.List;
import java.util.Optional;

/**
 * The money side of one system at the target interactivity.
 *
 * @param costBasis                   "measured" where a pinned throughput was used; "calibrated" or "roofline"
 *                                    where the model's was (with or without a calibration profile); "none" where
 *                                    neither exists (the target cannot be met)
 * @param outputTokensPerSecPerGpu    the throughput the costs use
 * @param interactivity               tok/s/user at that throughput (the target for a measured pin)
 * @param outputOnDemandPerMillion    $/M output tokens, all GPU time charged to output (seed 001's convention)
 * @param inputOnDemandPerMillion     $/M input tokens at the prefill ceiling (seed 004 §4's convention)
 * @param blendedOnDemandPerMillion   $/M tokens of the workload's input/output mix, both phases paid
 * @param costFrontier                $/M against tok/s/user across the modeled frontier
 * @param verdict                     why there is no cost, in words; empty otherwise
 * @param buy                         build versus buy against the scenario's API, where it names one
 * @param warning                     a doubt about the costed throughput (a pin beyond the physics); empty if none
 */
public record SystemEconomics(
        String costBasis,
        double outputTokensPerSecPerGpu,
        double interactivity,
        Double outputOnDemandPerMillion,
        Double outputSpotPerMillion,
        Double outputReservedPerMillion,
        Double inputOnDemandPerMillion,
        Double blendedOnDemandPerMillion,
        Double blendedSpotPerMillion,
        double tokensPerSecPerMegawatt,
        double energyPerMillion,
        Optional<Fleet> fleet,
        List<CostPoint> costFrontier,
        String verdict,
        Optional<BuyComparison> buy,
        String warning) {

    public SystemEconomics {
        costFrontier = List.copyOf(costFrontier);
    }

    public SystemEconomics withBuy(Optional<BuyComparison> value) {
        return new SystemEconomics(costBasis, outputTokensPerSecPerGpu, interactivity, outputOnDemandPerMillion,
                outputSpotPerMillion, outputReservedPerMillion, inputOnDemandPerMillion, blendedOnDemandPerMillion,
                blendedSpotPerMillion, tokensPerSecPerMegawatt, energyPerMillion, fleet, costFrontier, verdict, value,
                warning);
    }

    public boolean hasCost() {
        return !"none".equals(costBasis);
    }
}
