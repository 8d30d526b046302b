package dev.ridgeline.scenario;

import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * Scenario-wide money inputs: electricity, the API to compare against, self-hosting's operations cost, and how
 * many hours a day the workload runs at its peak (for the hybrid: self-host the average, overflow the peak).
 */
public record EconomicsInputs(
        @Optional @Range(min = 0, max = 10) Double electricityPerKWh,
        @Optional String apiPriceSheet,
        @Optional String apiPriceId,
        @Optional ApiPrice api,
        @Optional @Range(min = 0, max = 1e9) Double operationsPerMonth,
        @Optional @Range(min = 0, max = 24) Double peakHoursPerDay) {

    public EconomicsInputs {
        RecordRules.require(EconomicsInputs.class, "economics", electricityPerKWh, apiPriceSheet, apiPriceId, api,
                operationsPerMonth, peakHoursPerDay);
    }

    public static final double DEFAULT_ELECTRICITY_PER_KWH = 0.10;

    public double electricityOrDefault() {
        return electricityPerKWh == null ? DEFAULT_ELECTRICITY_PER_KWH : electricityPerKWh;
    }

    public double operationsOrZero() {
        return operationsPerMonth == null ? 0 : operationsPerMonth;
    }
}
