package dev.ridgeline.economics;

import java.util.Optional;

/**
 * One system's costs against the baseline system's: what a card's "2.9× cheaper", the deck's "vs baseline" row and
 * `metrics --json`'s vsBaseline show. A ratio with a zero price on either side is undefined, with the reason, never
 * NaN or Infinity (issue 13: a GPU price of 0 on the baseline gave "NaN× dearer").
 *
 * @param costRatioOnDemand      the baseline's on-demand $/M ÷ this system's (above 1: this one is cheaper)
 * @param costRatioSpot          the same at spot prices
 * @param monthlySavingsOnDemand the baseline fleet's on-demand $/month − this one's (negative: this one costs more)
 * @param monthlySavingsSpot     the same at spot prices
 */
public record VersusBaseline(Figure costRatioOnDemand, Figure costRatioSpot, Figure monthlySavingsOnDemand,
        Figure monthlySavingsSpot) {

    /** Empty when either system has no cost at all (it cannot meet the target). */
    public static Optional<VersusBaseline> of(SystemEconomics system, SystemEconomics baseline) {
        if (!system.hasCost() || !baseline.hasCost()) {
            return Optional.empty();
        }
        Fleet f = system.fleet().orElseThrow();
        Fleet b = baseline.fleet().orElseThrow();
        return Optional.of(new VersusBaseline(
                costRatio(baseline.outputOnDemandPerMillion(), system.outputOnDemandPerMillion(), "on-demand"),
                costRatio(baseline.outputSpotPerMillion(), system.outputSpotPerMillion(), "spot"),
                savings(b.monthlyOnDemandFigure(), f.monthlyOnDemandFigure()),
                savings(b.monthlySpotFigure(), f.monthlySpotFigure())));
    }

    /** baseline ÷ this, undefined (with the reason) when either is missing or zero. */
    static Figure costRatio(Double baseline, Double system, String price) {
        if (baseline == null) {
            return Figure.undefined("the baseline has no " + price + " price");
        }
        if (system == null) {
            return Figure.undefined("this system has no " + price + " price");
        }
        if (baseline == 0) {
            return Figure.undefined("the baseline's " + price + " price is 0: no ratio to a free baseline");
        }
        if (system == 0) {
            return Figure.undefined("this system's " + price + " price is 0: no ratio to a free system");
        }
        return Figure.finiteOr(baseline / system, "the ratio is beyond a double");
    }

    private static Figure savings(Figure baseline, Figure system) {
        if (!baseline.defined()) {
            return Figure.undefined("the baseline: " + baseline.reason());
        }
        if (!system.defined()) {
            return Figure.undefined("this system: " + system.reason());
        }
        return Figure.of(baseline.value() - system.value());
    }
}
