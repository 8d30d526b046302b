package dev.ridgeline.serving;

import dev.ridgeline.formats.FormatRules;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NativeFormats;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.AcceleratorRules;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ModelRules;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.Quote;
import dev.ridgeline.validation.RangeText;
import java.util.ArrayList;
import java.util.List;

/**
 * One system with every input resolved: the accelerator with overrides applied, the model, both formats, how the
 * replica's GPUs are parallelised, the engine's scheduling caps and the serving options with defaults filled in.
 * The constructor refuses impossible values, naming the field.
 */
public record SystemConfig(
        String label,
        Accelerator accelerator,
        LanguageModel model,
        NumberFormat weightFormat,
        NumberFormat kvFormat,
        Parallelism parallelism,
        int batch,
        int draftTokens,
        double acceptanceRate,
        double draftCostRatio,
        Efficiencies efficiencies,
        Overheads overheads,
        EngineLimits engine,
        double runtimeGB,
        double reserveGB) {

    public SystemConfig {
        List<Problem> problems = new ArrayList<>();
        // a model, part or format that breaks its structure computes garbage: refused here too, not only on load
        ModelRules.problems(model).forEach(p -> problems.add(new Problem("model." + p.path(), p.message())));
        AcceleratorRules.problems(accelerator).forEach(p -> problems.add(new Problem("accelerator." + p.path(),
                p.message())));
        FormatRules.problems(weightFormat).forEach(p -> problems.add(new Problem("weightFormat." + p.path(),
                p.message())));
        FormatRules.problems(kvFormat).forEach(p -> problems.add(new Problem("kvFormat." + p.path(), p.message())));
        problems.addAll(parallelism.problems(model));
        check(problems, "batch", batch, 1, false, 1_000_000, false);
        check(problems, "draftTokens", draftTokens, 0, false, 7, false);
        check(problems, "acceptanceRate", acceptanceRate, 0, false, 1, true);
        check(problems, "draftCostRatio", draftCostRatio, 0, false, 1, false);
        check(problems, "bandwidthEfficiency", efficiencies.bandwidth(), 0.05, false, 1, false);
        for (var e : efficiencies.compute().entrySet()) {
            check(problems, "computeEfficiency." + e.getKey(), e.getValue(), 0.05, false, 1, false);
        }
        check(problems, "stepOverheadMs", overheads.stepFixedMs(), 0, false, 1000, false);
        check(problems, "perSequenceOverheadUs", overheads.perSequenceUs(), 0, false, 10_000, false);
        check(problems, "allReduceLatencyUs", overheads.collectiveLatencyUs(), 0, false, 1000, false);
        check(problems, "draftPassUs", overheads.draftPassUs(), 0, false, 100_000, false);
        check(problems, "maxBatch", engine.maxBatch(), 1, false, 1_000_000, false);
        check(problems, "maxTokensPerStep", engine.maxTokensPerStep(), 1, false, 10_000_000, false);
        check(problems, "runtimeGB", runtimeGB, 0, false, 1000, false);
        check(problems, "reserveGB", reserveGB, 0, false, 1000, false);
        if (weightFormat.use() != FormatUse.WEIGHTS) {
            problems.add(new Problem("weightFormat", Quote.of(weightFormat.id()) + " is a KV-cache format"));
        }
        if (kvFormat.use() != FormatUse.KV) {
            problems.add(new Problem("kvFormat", Quote.of(kvFormat.id()) + " is a weight format"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(label == null ? "system" : label, problems);
        }
    }

    private static void check(List<Problem> problems, String field, double value, double min, boolean minExclusive,
            double max, boolean maxExclusive) {
        String violation = RangeText.violation(min, minExclusive, max, maxExclusive, value);
        if (violation != null || !Double.isFinite(value)) {
            problems.add(new Problem(field, violation != null ? violation : "must be finite, was " + value));
        }
    }

    /** GPUs in one replica: TP × DP. */
    public int gpus() {
        return parallelism.gpus();
    }

    /**
     * The precision the weights' math runs at on this accelerator: FP4 falls back to FP8 on Hopper, and a format the
     * part has no hardware for (NVFP4 on an AMD part, whose FP4 units take MX scales) is dequantized in the kernel
     * and multiplied at the next wider precision the part has: its bytes stay 4.5 bits, its FLOPs do not reach
     * the FP4 peak (issue 12). FP8 block formats keep FP8 on parts with FP8 units: the scales are applied per
     * block around FP8 GEMMs, as DeepSeek-V3 does on Hopper.
     */
    public Precision computePrecision() {
        Precision wanted = weightFormat.computePrecision();
        if (wanted == Precision.FP4 && !NativeFormats.runsNatively(accelerator, weightFormat)) {
            wanted = Precision.FP8;
        }
        return accelerator.supportedPrecision(wanted);
    }

    /** Why the weights' format is not native on this accelerator ("… does not run NVFP4 natively …"), or empty. */
    public java.util.Optional<String> formatWarning() {
        return NativeFormats.warning(accelerator, weightFormat);
    }

    public double peakFlopsPerGpu() {
        return accelerator.peakFlops(computePrecision());
    }

    public double bandwidthPerGpu() {
        return accelerator.bandwidthBytesPerSec();
    }

    public double bandwidthEfficiency() {
        return efficiencies.bandwidth();
    }

    /** Achieved fraction of peak for the linear layers: the efficiency of the weights' compute precision. */
    public double computeEfficiency() {
        return efficiencies.compute(computePrecision());
    }

    public double stepOverheadMs() {
        return overheads.stepFixedMs();
    }

    public SystemConfig withBatch(int b) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, parallelism, b, draftTokens,
                acceptanceRate, draftCostRatio, efficiencies, overheads, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withSpeculation(int k, double alpha) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, parallelism, batch, k, alpha,
                draftCostRatio, efficiencies, overheads, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withAccelerator(Accelerator a) {
        return new SystemConfig(label, a, model, weightFormat, kvFormat, parallelism, batch, draftTokens,
                acceptanceRate, draftCostRatio, efficiencies, overheads, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withParallelism(Parallelism p) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, p, batch, draftTokens,
                acceptanceRate, draftCostRatio, efficiencies, overheads, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withGpus(int n) {
        return withParallelism(Parallelism.tensor(n));
    }

    public SystemConfig withEfficiencies(Efficiencies e) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, parallelism, batch, draftTokens,
                acceptanceRate, draftCostRatio, e, overheads, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withOverheads(Overheads o) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, parallelism, batch, draftTokens,
                acceptanceRate, draftCostRatio, efficiencies, o, engine, runtimeGB, reserveGB);
    }

    public SystemConfig withEngine(EngineLimits e) {
        return new SystemConfig(label, accelerator, model, weightFormat, kvFormat, parallelism, batch, draftTokens,
                acceptanceRate, draftCostRatio, efficiencies, overheads, e, runtimeGB, reserveGB);
    }
}
