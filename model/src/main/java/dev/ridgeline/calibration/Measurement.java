package dev.ridgeline.calibration;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

/**
 * A published, measured serving point (MLPerf, InferenceMAX, TensorRT-LLM perf-overview) to overlay on the model
 * and check it against. A point is reproducible when it carries what the model needs to recompute it: ISL/OSL (or
 * a dataset's means), parallelism, formats, engine and which throughput it reports ({@link #metric}, {@link #point});
 * one that cannot be made so says why in {@code notReproducibleBecause}.
 */
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
        @Optional String notes,
        @Optional @Range(min = 1, max = 10_000_000) Integer inputTokens,
        @Optional @Range(min = 1, max = 10_000_000) Integer outputTokens,
        @Optional dev.ridgeline.scenario.ParallelismSpec parallelism,
        @Optional String engineVersion,
        @Optional Metric metric,
        @Optional Point point,
        @Optional @Range(min = 1) Integer concurrency,
        @Optional String date,
        @Optional String notReproducibleBecause) {

    /** Which tokens a throughput counts. */
    public enum Metric {
        OUTPUT, TOTAL
    }

    /** Where on the frontier the point was taken. */
    public enum Point {
        MAX_THROUGHPUT, AT_INTERACTIVITY, AT_CONCURRENCY
    }

    /** The same point with another measured throughput per GPU (the group's total scaled with it). */
    public Measurement withMeasured(double perGpu) {
        Double system = systemTokensPerSec == null ? null : systemTokensPerSec * perGpu / tokensPerSecPerGpu;
        return new Measurement(id, round, accelerator, gpus, model, weightFormat, kvFormat, scenario, system, perGpu,
                interactivityTokensPerSecPerUser, tpotP50Ms, ttftP50Ms, engine, source, notes, inputTokens, outputTokens,
                parallelism, engineVersion, metric, point, concurrency, date, notReproducibleBecause);
    }

    /** Output tokens unless the source says input and output together. */
    public Metric metricOrOutput() {
        return metric == null ? Metric.OUTPUT : metric;
    }

    /** Whether the model can recompute this point: lengths, parallelism and the frontier position are all known. */
    public boolean reproducible() {
        if (notReproducibleBecause != null || inputTokens == null || outputTokens == null || parallelism == null
                || point == null) {
            return false;
        }
        return switch (point) {
            case MAX_THROUGHPUT -> true;
            case AT_INTERACTIVITY -> interactivity().isPresent();
            case AT_CONCURRENCY -> concurrency != null;
        };
    }

    /** Per-user tokens/s: stated, or 1000 / TPOT where only the latency was published. */
    public java.util.Optional<Double> interactivity() {
        if (interactivityTokensPerSecPerUser != null) {
            return java.util.Optional.of(interactivityTokensPerSecPerUser);
        }
        return tpotP50Ms == null ? java.util.Optional.empty() : java.util.Optional.of(1000.0 / tpotP50Ms);
    }
}
