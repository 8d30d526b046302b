package dev.ridgeline.economics;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/** An LLM API's list price, USD per million tokens. */
public record ApiPrice(
        String id,
        String name,
        @Range(min = 0) double inputPerMillion,
        @Range(min = 0) double outputPerMillion,
        @Optional @Range(min = 0) Double cachedInputPerMillion) {

    /** The price of a million tokens of a workload that is {@code inputShare} input and the rest output. */
    public double blendedPerMillion(double inputShare) {
        return inputShare * inputPerMillion + (1 - inputShare) * outputPerMillion;
    }
}
