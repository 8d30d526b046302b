package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;

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
        @Optional MeasuredThroughput measured) {

    public int gpus() {
        return gpusPerReplica == null ? 1 : gpusPerReplica;
    }

    public Serving servingOrNone() {
        return serving == null ? Serving.none() : serving;
    }

    public HardwareOverrides overridesOrNone() {
        return overrides == null ? HardwareOverrides.none() : overrides;
    }

    public SystemSpec withLabel(String value) {
        return new SystemSpec(value, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                price, measured);
    }

    public SystemSpec withServing(Serving value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, value,
                price, measured);
    }

    public SystemSpec withOverrides(HardwareOverrides value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica,
                value == null || value.isEmpty() ? null : value, serving, price, measured);
    }

    public SystemSpec withFormats(String weights, String kv) {
        return new SystemSpec(label, accelerator, model, weights, kv, gpusPerReplica, overrides, serving, price,
                measured);
    }

    public SystemSpec withGpusPerReplica(Integer value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, value, overrides, serving, price,
                measured);
    }

    public SystemSpec withPrice(GpuPricing value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                value, measured);
    }

    public SystemSpec withMeasured(MeasuredThroughput value) {
        return new SystemSpec(label, accelerator, model, weightFormat, kvFormat, gpusPerReplica, overrides, serving,
                price, value);
    }
}
