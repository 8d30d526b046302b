package dev.ridgeline.scenario;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;
import java.util.Map;

/**
 * How a system serves: the batch shown as "current", speculative decoding, efficiency factors, overheads, the
 * engine's scheduling caps and memory conventions. Every field is optional; {@link #DEFAULTS} documents the value
 * used when it is absent. {@code computeEfficiency} sets the weights' compute precision (schema 1: every
 * precision); {@code computeEfficiencyByPrecision} sets any precision.
 */
public record Serving(
        @Optional @Range(min = 1, max = 1_000_000) Integer batch,
        @Optional @Range(min = 0, max = 7) Integer draftTokens,
        @Optional @Range(min = 0, max = 1, maxExclusive = true) Double acceptanceRate,
        @Optional @Range(min = 0, max = 1) Double draftCostRatio,
        @Optional @Range(min = 0.05, max = 1) Double bandwidthEfficiency,
        @Optional @Range(min = 0.05, max = 1) Double computeEfficiency,
        @Optional @Range(min = 0.05, max = 1) Map<Precision, Double> computeEfficiencyByPrecision,
        @Optional @Range(min = 0, max = 1000) Double stepOverheadMs,
        @Optional @Range(min = 0, max = 10_000) Double perSequenceOverheadUs,
        @Optional @Range(min = 0, max = 1000) Double allReduceLatencyUs,
        @Optional @Range(min = 0, max = 100_000) Double draftPassUs,
        @Optional String engine,
        @Optional @Range(min = 1, max = 1_000_000) Integer maxBatch,
        @Optional @Range(min = 1, max = 10_000_000) Integer maxTokensPerStep,
        @Optional @Range(min = 0, max = 1000) Double runtimeGB,
        @Optional @Range(min = 0, max = 1000) Double reserveGB) {

    public Serving {
        RecordRules.require(Serving.class, "serving", batch, draftTokens, acceptanceRate, draftCostRatio,
                bandwidthEfficiency, computeEfficiency, computeEfficiencyByPrecision, stepOverheadMs,
                perSequenceOverheadUs, allReduceLatencyUs, draftPassUs, engine, maxBatch, maxTokensPerStep, runtimeGB,
                reserveGB);
    }

    /**
     * The defaults and why (model/MODEL.md, "Defaults"). draftCostRatio 0.05: an MTP or EAGLE head is a few
     * percent of a target step. bandwidthEfficiency 0.80: decode GEMV and paged-attention kernels reach ~80 % of
     * HBM bandwidth. Compute efficiencies per precision: {@link dev.ridgeline.serving.Efficiencies#DEFAULTS}.
     * stepOverheadMs, perSequenceOverheadUs: picked with the efficiencies on a coarse grid over MEASURED.md's 23
     * visible rows (model/MODEL.md); the rows barely separate fixed overheads of 0.5–4 ms, so 1 ms keeps batch-1
     * decode of Llama 70B on B200 at 7.96 ms, inside seed 001's "~6–8 ms". allReduceLatencyUs 5: one small NCCL collective over
     * NVLink. draftPassUs 30: a CUDA-graph launch of one draft pass. Engine: trtllm-bench's caps, the engine the
     * measurements used. runtimeGB 1 and reserveGB 1 per GPU: seed 001's "~1 GB runtime + activations + CUDA
     * graphs" and "reserving ~1 GB" (180 − 43.7 − 1 = 135.3 GB on B200).
     */
    public static final Serving DEFAULTS = new Serving(1, 0, 0.0, 0.05, 0.80, null, null, 1.0, 2.0, 5.0, 30.0,
            EngineLimits.DEFAULT.id(), null, null, 1.0, 1.0);

    public static Serving none() {
        return new Serving(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    public int batchOrDefault() {
        return batch != null ? batch : DEFAULTS.batch;
    }

    public int draftTokensOrDefault() {
        return draftTokens != null ? draftTokens : DEFAULTS.draftTokens;
    }

    public double acceptanceRateOrDefault() {
        return acceptanceRate != null ? acceptanceRate : DEFAULTS.acceptanceRate;
    }

    public double draftCostRatioOrDefault() {
        return draftCostRatio != null ? draftCostRatio : DEFAULTS.draftCostRatio;
    }

    public double bandwidthEfficiencyOrDefault() {
        return bandwidthEfficiency != null ? bandwidthEfficiency : DEFAULTS.bandwidthEfficiency;
    }

    public double stepOverheadMsOrDefault() {
        return stepOverheadMs != null ? stepOverheadMs : DEFAULTS.stepOverheadMs;
    }

    public double perSequenceOverheadUsOrDefault() {
        return perSequenceOverheadUs != null ? perSequenceOverheadUs : DEFAULTS.perSequenceOverheadUs;
    }

    public double allReduceLatencyUsOrDefault() {
        return allReduceLatencyUs != null ? allReduceLatencyUs : DEFAULTS.allReduceLatencyUs;
    }

    public double draftPassUsOrDefault() {
        return draftPassUs != null ? draftPassUs : DEFAULTS.draftPassUs;
    }

    public String engineOrDefault() {
        return engine != null ? engine : DEFAULTS.engine;
    }

    public double runtimeGBOrDefault() {
        return runtimeGB != null ? runtimeGB : DEFAULTS.runtimeGB;
    }

    public double reserveGBOrDefault() {
        return reserveGB != null ? reserveGB : DEFAULTS.reserveGB;
    }

    public Serving withBatch(Integer value) {
        return new Serving(value, draftTokens, acceptanceRate, draftCostRatio, bandwidthEfficiency, computeEfficiency,
                computeEfficiencyByPrecision, stepOverheadMs, perSequenceOverheadUs, allReduceLatencyUs, draftPassUs,
                engine, maxBatch, maxTokensPerStep, runtimeGB, reserveGB);
    }

    public Serving withSpeculation(Integer k, Double alpha) {
        return new Serving(batch, k, alpha, draftCostRatio, bandwidthEfficiency, computeEfficiency,
                computeEfficiencyByPrecision, stepOverheadMs, perSequenceOverheadUs, allReduceLatencyUs, draftPassUs,
                engine, maxBatch, maxTokensPerStep, runtimeGB, reserveGB);
    }

    /** Bandwidth efficiency, and the compute efficiency of the weights' precision. */
    public Serving withEfficiency(Double bandwidth, Double compute) {
        return new Serving(batch, draftTokens, acceptanceRate, draftCostRatio, bandwidth, compute,
                computeEfficiencyByPrecision, stepOverheadMs, perSequenceOverheadUs, allReduceLatencyUs, draftPassUs,
                engine, maxBatch, maxTokensPerStep, runtimeGB, reserveGB);
    }

    public Serving withComputeEfficiencyByPrecision(Map<Precision, Double> value) {
        return new Serving(batch, draftTokens, acceptanceRate, draftCostRatio, bandwidthEfficiency, computeEfficiency,
                value == null || value.isEmpty() ? null : Map.copyOf(value), stepOverheadMs, perSequenceOverheadUs,
                allReduceLatencyUs, draftPassUs, engine, maxBatch, maxTokensPerStep, runtimeGB, reserveGB);
    }

    public Serving withOverheads(Double fixedMs, Double perSequenceUs) {
        return new Serving(batch, draftTokens, acceptanceRate, draftCostRatio, bandwidthEfficiency, computeEfficiency,
                computeEfficiencyByPrecision, fixedMs, perSequenceUs, allReduceLatencyUs, draftPassUs, engine,
                maxBatch, maxTokensPerStep, runtimeGB, reserveGB);
    }

    public Serving withEngine(String id, Integer batchCap, Integer tokenCap) {
        return new Serving(batch, draftTokens, acceptanceRate, draftCostRatio, bandwidthEfficiency, computeEfficiency,
                computeEfficiencyByPrecision, stepOverheadMs, perSequenceOverheadUs, allReduceLatencyUs, draftPassUs,
                id, batchCap, tokenCap, runtimeGB, reserveGB);
    }
}
