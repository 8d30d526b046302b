package dev.ridgeline.economics;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/** An LLM API's list price, USD per million tokens. */
public record ApiPrice(
        String id,
        String name,
        @Range(min = 0, max = 1_000_000) double inputPerMillion,
        @Range(min = 0, max = 1_000_000) double outputPerMillion,
        @Optional @Range(min = 0, max = 1_000_000) Double cachedInputPerMillion) {

    public ApiPrice {
        RecordRules.require(ApiPrice.class, "api", id, name, inputPerMillion, outputPerMillion, cachedInputPerMillion);
    }

    /** The price of a million tokens of a workload that is {@code inputShare} input and the rest output. */
    public double blendedPerMillion(double inputShare) {
        return inputShare * inputPerMillion + (1 - inputShare) * outputPerMillion;
    }
}
