package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * What the fleet must serve: tokens per request, the request rate, its peak-to-average ratio, and the
 * interactivity (tok/s/user) each user must see. Optional (issue 14): the share of prompt tokens that hit a cached
 * prefix and the shared prefix the cache holds (prefix caching), and latency targets, TTFT ≤ x ms and TPOT ≤ y ms
 * with TPOT = (latency − TTFT) / (output − 1).
 */
public record Workload(
        @Range(min = 1, max = 10_000_000) int inputTokens,
        @Range(min = 1, max = 10_000_000) int outputTokens,
        @Range(min = 0, minExclusive = true, max = 1e9) double requestsPerSec,
        @Optional @Range(min = 1, max = 100) Double peakToAverage,
        @Range(min = Workload.MIN_TARGET, max = Workload.MAX_TARGET) double targetTokensPerSecPerUser,
        @Optional @Range(min = 0, max = Workload.MAX_HIT_RATE) Double prefixHitRate,
        @Optional @Range(min = 0, max = 10_000_000) Integer sharedPrefixTokens,
        @Optional @Range(min = 0.001, max = 1e9) Double targetTtftMs,
        @Optional @Range(min = 0.001, max = 1e9) Double targetTpotMs) {

    /** The largest share of prompt tokens a prefix cache may serve: some of every prompt is always new. */
    public static final double MAX_HIT_RATE = 0.95;

    /** The interactivity a target may ask for, tok/s/user: below 0.001 a request would hold its cache for ever. */
    public static final double MIN_TARGET = 0.001;
    public static final double MAX_TARGET = 100_000;

    public Workload {
        RecordRules.require(Workload.class, "workload", inputTokens, outputTokens, requestsPerSec, peakToAverage,
                targetTokensPerSecPerUser, prefixHitRate, sharedPrefixTokens, targetTtftMs, targetTpotMs);
        if (sharedPrefixTokens != null && sharedPrefixTokens > inputTokens) {
            throw new dev.ridgeline.validation.InvalidInputException("workload", java.util.List.of(
                    new dev.ridgeline.validation.Problem("workload.sharedPrefixTokens", "must be 0 to inputTokens ("
                            + inputTokens + "), was " + sharedPrefixTokens)));
        }
    }

    /** A workload without prefix caching or latency targets (the schema before issue 14). */
    public Workload(int inputTokens, int outputTokens, double requestsPerSec, Double peakToAverage,
            double targetTokensPerSecPerUser) {
        this(inputTokens, outputTokens, requestsPerSec, peakToAverage, targetTokensPerSecPerUser, null, null, null,
                null);
    }

    /** h: the share of prompt tokens served from the prefix cache (0 without caching). */
    public double hitRate() {
        return prefixHitRate == null ? 0 : prefixHitRate;
    }

    /** Prompt tokens a request's prefill computes: ISL × (1 − h). */
    public double computedPromptTokens() {
        return inputTokens * (1 - hitRate());
    }

    /** Mean context of the computed prompt tokens: they follow the cached prefix, so ISL × (1 + h) / 2. */
    public double computedPromptContext() {
        return inputTokens * (1 + hitRate()) / 2;
    }

    /**
     * Tokens the cache holds once per replica for the shared prefix: the stated length, else the cached part of
     * one prompt, h × ISL.
     */
    public double heldPrefixTokens() {
        return sharedPrefixTokens != null ? sharedPrefixTokens : hitRate() * inputTokens;
    }

    /** Tokens a sequence holds privately: a hit's prefix blocks are shared, so ISL × (1 − h) + OSL. */
    public double privateSequenceTokens() {
        return computedPromptTokens() + outputTokens;
    }

    /**
     * The interactivity the fleet must give each user: the tok/s/user target, or 1000 / TPOT target when that asks
     * for more (a TPOT of y ms is 1000 / y tok/s/user between the first token and the last).
     */
    public double requiredTokensPerSecPerUser() {
        return targetTpotMs == null ? targetTokensPerSecPerUser
                : Math.max(targetTokensPerSecPerUser, 1000 / targetTpotMs);
    }

    /** Whether the TPOT target, not the tok/s/user target, sets the interactivity the fleet must give. */
    public boolean tpotBinds() {
        return targetTpotMs != null && 1000 / targetTpotMs > targetTokensPerSecPerUser;
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
        return new Workload(inputTokens, outputTokens, requestsPerSec, peakToAverage, tokensPerSecPerUser,
                prefixHitRate, sharedPrefixTokens, targetTtftMs, targetTpotMs);
    }

    public Workload withPrefixCache(Double hitRate, Integer prefixTokens) {
        return new Workload(inputTokens, outputTokens, requestsPerSec, peakToAverage, targetTokensPerSecPerUser,
                hitRate, prefixTokens, targetTtftMs, targetTpotMs);
    }

    public Workload withLatencyTargets(Double ttftMs, Double tpotMs) {
        return new Workload(inputTokens, outputTokens, requestsPerSec, peakToAverage, targetTokensPerSecPerUser,
                prefixHitRate, sharedPrefixTokens, ttftMs, tpotMs);
    }

    public Workload withRequestsPerSec(double value) {
        return new Workload(inputTokens, outputTokens, value, peakToAverage, targetTokensPerSecPerUser,
                prefixHitRate, sharedPrefixTokens, targetTtftMs, targetTpotMs);
    }
}
