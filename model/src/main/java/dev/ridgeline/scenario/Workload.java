package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * What the fleet must serve: tokens per request, the request rate, its peak-to-average ratio, and the
 * interactivity (tok/s/user) each user must see.
 */
public record Workload(
        @Range(min = 1, max = 10_000_000) int inputTokens,
        @Range(min = 1, max = 10_000_000) int outputTokens,
        @Range(min = 0, minExclusive = true, max = 1e9) double requestsPerSec,
        @Optional @Range(min = 1, max = 100) Double peakToAverage,
        @Range(min = Workload.MIN_TARGET, max = Workload.MAX_TARGET) double targetTokensPerSecPerUser) {

    /** The interactivity a target may ask for, tok/s/user: below 0.001 a request would hold its cache for ever. */
    public static final double MIN_TARGET = 0.001;
    public static final double MAX_TARGET = 100_000;

    public Workload {
        RecordRules.require(Workload.class, "workload", inputTokens, outputTokens, requestsPerSec, peakToAverage,
                targetTokensPerSecPerUser);
    }

    public double peakFactor() {
        return peakToAverage == null ? 1.0 : peakToAverage;
    }

    /** Tokens a finished request holds in the KV cache: its whole sequence. */
    public int sequenceTokens() {
        return inputTokens + outputTokens;
    }

    /** Average context a decoding sequence attends to: the prompt plus half its output. */
    public double averageDecodeContext() {
        return inputTokens + outputTokens / 2.0;
    }

    /** Output tokens per second the fleet must produce at peak. */
    public double peakOutputTokensPerSec() {
        return requestsPerSec * outputTokens * peakFactor();
    }

    public double peakInputTokensPerSec() {
        return requestsPerSec * inputTokens * peakFactor();
    }

    public double inputShare() {
        return (double) inputTokens / (inputTokens + outputTokens);
    }

    public Workload withTarget(double tokensPerSecPerUser) {
        return new Workload(inputTokens, outputTokens, requestsPerSec, peakToAverage, tokensPerSecPerUser);
    }
}
