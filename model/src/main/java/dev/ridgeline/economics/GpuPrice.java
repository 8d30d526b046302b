package dev.ridgeline.economics;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/** One provider's rental rate for one accelerator, USD per GPU-hour. */
public record GpuPrice(
        String accelerator,
        String provider,
        @Range(min = 0, max = 10_000) double onDemandPerHour,
        @Optional @Range(min = 0, max = 10_000) Double spotPerHour,
        @Optional @Range(min = 0, max = 10_000) Double reservedPerHour,
        @Optional String notes) {

    public GpuPrice {
        RecordRules.require(GpuPrice.class, "gpuPrice", accelerator, provider, onDemandPerHour, spotPerHour,
                reservedPerHour, notes);
    }
}
