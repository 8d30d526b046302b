package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * A system's price: from a catalog price sheet (the provider named, or the sheet's first for the
 * accelerator), or typed in; a typed figure wins over the sheet's.
 * USD per GPU-hour.
 */
public record GpuPricing(
        @Optional String priceSheet,
        @Optional String provider,
        @Optional @Range(min = 0, max = 10_000) Double onDemandPerHour,
        @Optional @Range(min = 0, max = 10_000) Double spotPerHour,
        @Optional @Range(min = 0, max = 10_000) Double reservedPerHour) {

    public GpuPricing {
        RecordRules.require(GpuPricing.class, "price", priceSheet, provider, onDemandPerHour, spotPerHour,
                reservedPerHour);
    }

    public GpuPricing withOnDemand(Double value) {
        return new GpuPricing(priceSheet, provider, value, spotPerHour, reservedPerHour);
    }

    public GpuPricing withSpot(Double value) {
        return new GpuPricing(priceSheet, provider, onDemandPerHour, value, reservedPerHour);
    }
}
