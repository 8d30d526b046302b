package dev.ridgeline.economics;

/**
 * Build versus buy for the scenario's workload on one system (seed 004 §6). Figures that can be undefined say why:
 * a free API has no break-even, a fleet beyond {@link Fleet#MAX_GPUS} no self-hosted bill.
 *
 * @param api                    the API compared against
 * @param apiBlendedPerMillion   its price for the workload's input/output mix
 * @param tokensPerDay           the workload's average input + output tokens per day
 * @param apiMonthly             tokensPerDay × 30.4 days × blended price
 * @param selfHostMonthly        fleet GPUs × on-demand $/h × 730 + operations
 * @param breakEvenTokensPerDay  where one replica's fixed monthly cost equals the API bill
 * @param replicaTokensPerDay    what one replica produces per day at the costed throughput (input + output)
 * @param hybridGpus             GPUs for the average load, the rest of the peak going to the API (null: no hybrid;
 *                               {@link Fleet#BEYOND_LIMIT} beyond the limit)
 * @param hybridOverflowTokensPerDay tokens a day above the average, during the peak hours, sent to the API
 * @param hybridMonthly          those GPUs + operations + the overflow at the API's blended price (null: no hybrid)
 */
public record BuyComparison(
        ApiPrice api,
        double apiBlendedPerMillion,
        double tokensPerDay,
        double apiMonthly,
        Figure selfHostMonthly,
        Figure breakEvenTokensPerDay,
        double replicaTokensPerDay,
        Integer hybridGpus,
        Double hybridOverflowTokensPerDay,
        Figure hybridMonthly) {

    /** Whether self-hosting costs less a month than the API; false when its bill is undefined. */
    public boolean selfHostWins() {
        return selfHostMonthly.defined() && selfHostMonthly.value() < apiMonthly;
    }
}
