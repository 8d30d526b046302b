package dev.ridgeline.economics;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/** One provider's rental rate for one accelerator, USD per GPU-hour. */
public record GpuPrice(
        String accelerator,
        String provider,
        @Range(min = 0) double onDemandPerHour,
        @Optional @Range(min = 0) Double spotPerHour,
        @Optional @Range(min = 0) Double reservedPerHour,
        @Optional String notes) {
}
