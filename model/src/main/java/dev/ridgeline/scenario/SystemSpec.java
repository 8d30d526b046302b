package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * One system to compare: catalog ids for the accelerator, model and formats, plus whatever the user
 * overrides. Ids may also name custom entries defined in the scenario file.
 */
public record SystemSpec(
        String label,
        String accelerator,
        String model,
        String weightFormat,
        String kvFormat,
        @Optional @Range(min = 1, max = 72) Integer gpusPerReplica,
        @Optional HardwareOverrides overrides,
        @Optional Serving serving,
        @Optional GpuPricing price,
        @Optional MeasuredThroughput measured,
        @Optional ParallelismSpec parallelism,
        @Optional Disaggregation disaggregation) {

    public SystemSpec {
        RecordRules.require(SystemSpec.class, "", label, accelerator, model, weightFormat, kvFormat, gpusPerReplica,
                overrides, serving, price, measured, parallelism, disaggregation);
    }

    /** An aggregated system (no disaggregation): every system before issue 14's xPyD. */
    public SystemSpec(String label, String accelerator, String model, String weightFormat, String kvFormat,
            Integer gpusPerReplica, HardwareOverrides overrides, Serving serving, GpuPricing price,
            MeasuredThroughput measured, ParallelismSpec parallelism) {
        this(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving, price, measured,
                parallelism, null);
    }

    public SystemSpec withDisaggregation(Disaggregation value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                price, measured, parallelism, value);
    }

    /** GPUs per replica: stated, or TP × DP of the stated parallelism, or 1. */
    public int gpus() {
        if (gpusPerReplica != null) {
            return gpusPerReplica;
        }
        return parallelism == null ? 1 : parallelism.resolve().gpus();
    }

    /** The parallelism: stated (schema 2), else every GPU tensor-parallel (what gpusPerReplica meant in schema 1). */
    public dev.ridgeline.serving.Parallelism parallelismOrTensor() {
        return parallelism == null ? dev.ridgeline.serving.Parallelism.tensor(gpus()) : parallelism.resolve();
    }

    public SystemSpec withParallelism(ParallelismSpec value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat,
                value == null ? gpusPerReplica : null, overrides, serving, price, measured, value, disaggregation);
    }

    public Serving servingOrNone() {
        return serving == null ? Serving.none() : serving;
    }

    public HardwareOverrides overridesOrNone() {
        return overrides == null ? HardwareOverrides.none() : overrides;
    }

    public SystemSpec withLabel(String value) {
        return new SystemSpec(value, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                price, measured, parallelism, disaggregation);
    }

    public SystemSpec withServing(Serving value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, value,
                price, measured, parallelism, disaggregation);
    }

    public SystemSpec withOverrides(HardwareOverrides value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica,
                value == null || value.isEmpty() ? null : value, serving, price, measured, parallelism, disaggregation);
    }

    public SystemSpec withFormats(String weights, String kv) {
        return new SystemSpec(label, accelerator, model, weights, kv, gpusPerReplica, overrides, serving, price,
                measured, parallelism, disaggregation);
    }

    public SystemSpec withGpusPerReplica(Integer value) {
        // a GPU count typed alone means tensor parallelism over them, as in schema 1
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, value, overrides, serving, price,
                measured, null, disaggregation);
    }

    public SystemSpec withPrice(GpuPricing value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                value, measured, parallelism, disaggregation);
    }

    public SystemSpec withMeasured(MeasuredThroughput value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                price, value, parallelism, disaggregation);
    }
}
