package dev.ridgeline.calibration;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/** A published, measured serving point (MLPerf, InferenceMAX) to overlay on the model and calibrate against. */
public record Measurement(
        String id,
        String round,
        String accelerator,
        @Range(min = 1) int gpus,
        String model,
        @Optional String weightFormat,
        @Optional String kvFormat,
        String scenario,
        @Optional @Range(min = 0, minExclusive = true) Double systemTokensPerSec,
        @Range(min = 0, minExclusive = true) double tokensPerSecPerGpu,
        @Optional @Range(min = 0, minExclusive = true) Double interactivityTokensPerSecPerUser,
        @Optional @Range(min = 0, minExclusive = true) Double tpotP50Ms,
        @Optional @Range(min = 0, minExclusive = true) Double ttftP50Ms,
        @Optional String engine,
        String source,
        @Optional String notes) {

    /** Per-user tokens/s: stated, or 1000 / TPOT where only the latency was published. */
    public java.util.Optional<Double> interactivity() {
        if (interactivityTokensPerSecPerUser != null) {
            return java.util.Optional.of(interactivityTokensPerSecPerUser);
        }
        return tpotP50Ms == null ? java.util.Optional.empty() : java.util.Optional.of(1000.0 / tpotP50Ms);
    }
}
