package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/** A throughput the user pins from a measurement; costs then use it instead of the model's. */
public record MeasuredThroughput(
        @Range(min = 0, minExclusive = true, max = 1e9) double outputTokensPerSecPerGpu,
        @Optional @Range(min = 0, minExclusive = true, max = 100_000) Double atTokensPerSecPerUser,
        String source) {
}
