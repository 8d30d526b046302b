package dev.ridgeline.economics;

import dev.ridgeline.units.Units;

/**
 * Self-hosting against an API (seed 004 §6): API cost = volume × price; self-host = GPUs × $/h × 730 +
 * operations; break-even = fixed monthly cost ÷ API price per token while one fleet suffices.
 */
public final class BuildVsBuy {
    /** Days in a 730-hour month. */
    public static final double DAYS_PER_MONTH = Units.HOURS_PER_MONTH / 24;

    private BuildVsBuy() {
    }

    public static double apiMonthly(double tokensPerDay, double apiPricePerMillion) {
        return tokensPerDay * DAYS_PER_MONTH * apiPricePerMillion / Units.MILLION;
    }

    public static double selfHostMonthly(int gpus, double pricePerGpuHour, double operationsPerMonth) {
        return TokenCost.monthly(gpus, pricePerGpuHour) + operationsPerMonth;
    }

    /** Tokens per day at which the API bill equals the self-hosted fleet's fixed monthly cost. */
    public static double breakEvenTokensPerDay(double fixedMonthly, double apiPricePerMillion) {
        return fixedMonthly / (apiPricePerMillion / Units.MILLION) / DAYS_PER_MONTH;
    }

    /** Tokens per day one GPU produces at a sustained throughput. */
    public static double tokensPerDay(double tokensPerSecPerGpu) {
        return tokensPerSecPerGpu * 86_400;
    }

    /** Self-host the base on {@code gpus}, send {@code overflowTokensPerDay} (on average) to the API. */
    public static double hybridMonthly(int gpus, double pricePerGpuHour, double operationsPerMonth,
            double overflowTokensPerDay, double apiPricePerMillion) {
        return selfHostMonthly(gpus, pricePerGpuHour, operationsPerMonth)
                + apiMonthly(overflowTokensPerDay, apiPricePerMillion);
    }
}
