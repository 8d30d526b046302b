package dev.ridgeline.fuzz;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.Disaggregation;
import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.HardwareOverrides;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.ParallelismSpec;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.Range;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random control combinations, built through the model API as the workbench's controls build them: every catalog
 * accelerator, model and format, parallelism, batch, speculation, efficiencies, overheads, engine caps, hardware
 * overrides, the workload, GPU and API prices, pins. Eight in ten combinations keep every value at or inside its
 * range's edges (so most evaluate); the rest also go beyond them (so the API's refusals are exercised).
 */
final class ControlCombinations {
    private final Catalog catalog;
    private final List<Scenario> presets = new ArrayList<>();
    private final List<Accelerator> accelerators;
    private final List<LanguageModel> models;
    private final List<NumberFormat> weights;
    private final List<NumberFormat> kvs;

    ControlCombinations(Catalog catalog) {
        this.catalog = catalog;
        ScenarioFiles.PRESETS.forEach(id -> presets.add(ScenarioFiles.preset(id, catalog)));
        accelerators = catalog.accelerators();
        models = catalog.models();
        weights = catalog.formats(FormatUse.WEIGHTS);
        kvs = catalog.formats(FormatUse.KV);
    }

    /** One combination; throws InvalidInputException where the API refuses a value, as a control's edit would be. */
    Scenario next(SplittableRandom r) {
        boolean inside = r.nextInt(10) < 8;
        Scenario base = presets.get(r.nextInt(presets.size()));
        int n = 1 + r.nextInt(3);
        List<SystemSpec> systems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            systems.add(system(r, inside, i));
        }
        Scenario s = base.withSystems(systems, r.nextInt(4) == 0 ? r.nextInt(n) : 0);
        if (r.nextBoolean()) {
            s = s.withWorkload(new Workload((int) value(r, Workload.class, "inputTokens", inside),
                    (int) value(r, Workload.class, "outputTokens", inside),
                    value(r, Workload.class, "requestsPerSec", inside),
                    r.nextBoolean() ? null : value(r, Workload.class, "peakToAverage", inside),
                    value(r, Workload.class, "targetTokensPerSecPerUser", inside),
                    maybe(r, Workload.class, "prefixHitRate", inside),
                    r.nextInt(4) == 0 ? maybeInt(r, Workload.class, "sharedPrefixTokens", inside) : null,
                    maybe(r, Workload.class, "targetTtftMs", inside),
                    maybe(r, Workload.class, "targetTpotMs", inside)));
        }
        if (r.nextInt(3) == 0) {
            s = s.withEconomics(new EconomicsInputs(maybe(r, EconomicsInputs.class, "electricityPerKWh", inside), null,
                    null, r.nextBoolean() ? null : new ApiPrice("api", "API",
                            value(r, ApiPrice.class, "inputPerMillion", inside),
                            value(r, ApiPrice.class, "outputPerMillion", inside), null),
                    maybe(r, EconomicsInputs.class, "operationsPerMonth", inside),
                    maybe(r, EconomicsInputs.class, "peakHoursPerDay", inside)));
        }
        return s;
    }

    private SystemSpec system(SplittableRandom r, boolean inside, int index) {
        Accelerator a = accelerators.get(r.nextInt(accelerators.size()));
        LanguageModel m = models.get(r.nextInt(models.size()));
        // now and then a KV-cache format as the weights (or the reverse), as a confused file would have it
        NumberFormat w = r.nextInt(40) == 0 ? kvs.get(0) : weights.get(r.nextInt(weights.size()));
        NumberFormat kv = r.nextInt(40) == 0 ? weights.get(0) : kvs.get(r.nextInt(kvs.size()));
        Integer gpus = null;
        ParallelismSpec parallelism = null;
        if (r.nextBoolean()) {
            gpus = (int) value(r, SystemSpec.class, "gpusPerReplica", inside);
        } else if (r.nextBoolean()) {
            parallelism = new ParallelismSpec((int) value(r, ParallelismSpec.class, "tp", inside),
                    r.nextBoolean() ? null : (int) value(r, ParallelismSpec.class, "ep", inside),
                    r.nextBoolean() ? null : (int) value(r, ParallelismSpec.class, "dp", inside));
        }
        SystemSpec spec = new SystemSpec("system " + index, a.id(), m.id(), w.id(), kv.id(), gpus,
                r.nextInt(3) == 0 ? overrides(r, inside) : null, serving(r, inside), price(r, inside), null,
                parallelism);
        if (r.nextInt(5) == 0) {
            // issue 14's xPyD: a prefill pool on this or another accelerator, at its own GPUs, over some link
            spec = spec.withDisaggregation(new Disaggregation(
                    r.nextBoolean() ? null : accelerators.get(r.nextInt(accelerators.size())).id(),
                    maybeInt(r, Disaggregation.class, "prefillGpusPerReplica", inside),
                    maybe(r, Disaggregation.class, "linkGBps", inside)));
        }
        if (r.nextInt(4) == 0) {
            MeasuredThroughput pin = new MeasuredThroughput(value(r, MeasuredThroughput.class,
                    "outputTokensPerSecPerGpu", inside), maybe(r, MeasuredThroughput.class, "atTokensPerSecPerUser",
                            inside), "fuzz", null, null, null, null, null);
            spec = spec.withMeasured(pin.measuredOn(spec));
        }
        return spec;
    }

    private static HardwareOverrides overrides(SplittableRandom r, boolean inside) {
        Map<Precision, Double> peaks = null;
        if (r.nextBoolean()) {
            peaks = new EnumMap<>(Precision.class);
            for (Precision p : Precision.values()) {
                if (r.nextBoolean()) {
                    peaks.put(p, value(r, HardwareOverrides.class, "denseTflops", inside));
                }
            }
        }
        return new HardwareOverrides(maybe(r, HardwareOverrides.class, "memoryBandwidthTBps", inside),
                maybe(r, HardwareOverrides.class, "memoryGB", inside), peaks,
                maybe(r, HardwareOverrides.class, "allInPowerW", inside));
    }

    private static Serving serving(SplittableRandom r, boolean inside) {
        Map<Precision, Double> byPrecision = null;
        if (r.nextInt(4) == 0) {
            byPrecision = new EnumMap<>(Precision.class);
            byPrecision.put(Precision.values()[r.nextInt(3)], value(r, Serving.class, "computeEfficiencyByPrecision",
                    inside));
        }
        String engine = r.nextInt(3) != 0 ? null : r.nextInt(10) == 0 ? "sglang" : r.nextBoolean() ? "vllm-defaults"
                : "trtllm-bench";
        return new Serving(maybeInt(r, Serving.class, "batch", inside), maybeInt(r, Serving.class, "draftTokens", inside),
                maybe(r, Serving.class, "acceptanceRate", inside), maybe(r, Serving.class, "draftCostRatio", inside),
                maybe(r, Serving.class, "bandwidthEfficiency", inside),
                maybe(r, Serving.class, "computeEfficiency", inside), byPrecision,
                maybe(r, Serving.class, "stepOverheadMs", inside), maybe(r, Serving.class, "perSequenceOverheadUs",
                        inside), maybe(r, Serving.class, "allReduceLatencyUs", inside),
                maybe(r, Serving.class, "draftPassUs", inside), engine, maybeInt(r, Serving.class, "maxBatch", inside),
                maybeInt(r, Serving.class, "maxTokensPerStep", inside), maybe(r, Serving.class, "runtimeGB", inside),
                maybe(r, Serving.class, "reserveGB", inside));
    }

    private GpuPricing price(SplittableRandom r, boolean inside) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> new GpuPricing(catalog.priceSheets().get(r.nextInt(catalog.priceSheets().size())).id(), null,
                    null, null, null);
            default -> new GpuPricing(null, null, value(r, GpuPricing.class, "onDemandPerHour", inside),
                    maybe(r, GpuPricing.class, "spotPerHour", inside), maybe(r, GpuPricing.class, "reservedPerHour",
                            inside));
        };
    }

    private static Double maybe(SplittableRandom r, Class<?> type, String component, boolean inside) {
        return r.nextBoolean() ? null : value(r, type, component, inside);
    }

    private static Integer maybeInt(SplittableRandom r, Class<?> type, String component, boolean inside) {
        return r.nextBoolean() ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                value(r, type, component, inside)));
    }

    /** A value for the component at or (unless {@code inside}) beyond the edges of its range. */
    static double value(SplittableRandom r, Class<?> type, String component, boolean inside) {
        for (RecordComponent c : TypedJson.components(type)) {
            if (c.getName().equals(component)) {
                Class<?> t = c.getType();
                boolean integral = t == int.class || t == Integer.class;
                double v = EdgeValues.number(r, c.getAnnotation(Range.class), integral, inside);
                return integral ? Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.rint(v))) : v;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + component);
    }
}
