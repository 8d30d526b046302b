package dev.ridgeline.scenario;

import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A throughput the user pins from a measurement. It anchors its system: the model's curve is scaled to pass
 * through it, and costs follow every slider from there. It belongs to the configuration it was measured on
 * (accelerator, model, formats, GPUs per replica); a file that does not say is read as measured on the system as
 * the file states it.
 *
 * @param outputTokensPerSecPerGpu measured output tok/s per GPU
 * @param atTokensPerSecPerUser    the interactivity it was measured at (absent: the workload's target)
 * @param source                   where it comes from
 * @param accelerator              accelerator id it was measured on
 * @param model                    model id
 * @param weightFormat             weight format id
 * @param kvFormat                 KV-cache format id
 * @param gpusPerReplica           GPUs per replica
 */
public record MeasuredThroughput(
        @Range(min = 0.001, max = 1e9) double outputTokensPerSecPerGpu,
        @Optional @Range(min = 0.001, max = 100_000) Double atTokensPerSecPerUser,
        String source,
        @Optional String accelerator,
        @Optional String model,
        @Optional String weightFormat,
        @Optional String kvFormat,
        @Optional @Range(min = 1, max = 72) Integer gpusPerReplica) {

    public MeasuredThroughput {
        RecordRules.require(MeasuredThroughput.class, "measured", outputTokensPerSecPerGpu, atTokensPerSecPerUser,
                source, accelerator, model, weightFormat, kvFormat, gpusPerReplica);
    }

    /** The pin with the configuration it was measured on filled in from {@code spec} where it does not say. */
    public MeasuredThroughput measuredOn(SystemSpec spec) {
        return new MeasuredThroughput(outputTokensPerSecPerGpu, atTokensPerSecPerUser, source,
                accelerator != null ? accelerator : spec.accelerator(), model != null ? model : spec.model(),
                weightFormat != null ? weightFormat : spec.weightFormat(),
                kvFormat != null ? kvFormat : spec.kvFormat(),
                gpusPerReplica != null ? gpusPerReplica : spec.gpus());
    }

    /** What differs between the configuration measured and the system now; empty when the pin applies. */
    public List<String> differences(SystemConfig now) {
        List<String> d = new ArrayList<>();
        if (accelerator != null && !accelerator.equals(now.accelerator().id())) {
            d.add("accelerator " + accelerator + " → " + now.accelerator().id());
        }
        if (model != null && !model.equals(now.model().id())) {
            d.add("model " + model + " → " + now.model().id());
        }
        if (weightFormat != null && !weightFormat.equals(now.weightFormat().id())) {
            d.add("weights " + weightFormat + " → " + now.weightFormat().id());
        }
        if (kvFormat != null && !kvFormat.equals(now.kvFormat().id())) {
            d.add("KV cache " + kvFormat + " → " + now.kvFormat().id());
        }
        if (gpusPerReplica != null && gpusPerReplica != now.gpus()) {
            d.add("GPUs per replica " + gpusPerReplica + " → " + now.gpus());
        }
        return d;
    }
}
