package dev.ridgeline.scenario;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.economics.PriceSheet;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.AcceleratorRules;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ModelRules;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Overheads;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.validation.Closest;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.Quote;
import dev.ridgeline.validation.RangeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a scenario's ids into catalog entries (custom ones in the file first), reporting every bad reference. */
public final class ScenarioResolver {
    private ScenarioResolver() {
    }

    public static List<ResolvedSystem> resolve(Scenario scenario, Catalog catalog) {
        return resolveAll(scenario, catalog).systems();
    }

    /** The systems and the API together, so a recompute resolves each reference once. */
    public record Resolution(List<ResolvedSystem> systems, java.util.Optional<ApiPrice> api) {
    }

    /**
     * A disaggregated system's prefill pool (issue 14), resolved as a system of its own: the prefill accelerator (or
     * the system's) at the prefill GPUs per replica (or the system's), the same model, formats, serving and
     * calibration; the system's price when the accelerator is the same, else the same price sheet's (none when the
     * sheet has none for it). Empty for an aggregated system.
     */
    public static java.util.Optional<ResolvedSystem> prefillPool(Scenario scenario, SystemSpec spec, Catalog catalog) {
        Disaggregation d = spec.disaggregation();
        if (d == null) {
            return java.util.Optional.empty();
        }
        boolean same = d.prefillAccelerator() == null || d.prefillAccelerator().equals(spec.accelerator());
        SystemSpec pool = spec.withDisaggregation(null).withMeasured(null).withLabel(spec.label() + " prefill");
        if (!same) {
            GpuPricing p = spec.price();
            pool = new SystemSpec(pool.label(), d.prefillAccelerator(), spec.model(), spec.weightFormat(),
                    spec.kvFormat(), pool.gpusPerReplica(), null, pool.serving(),
                    p == null || p.priceSheet() == null ? null : new GpuPricing(p.priceSheet(), null, null, null, null),
                    null, pool.parallelism());
        }
        if (d.prefillGpusPerReplica() != null) {
            pool = pool.withGpusPerReplica(d.prefillGpusPerReplica());
        }
        Scenario alone = scenario.withCascade(null).withSystems(List.of(pool), 0);
        try {
            return java.util.Optional.of(resolveAll(alone, catalog).systems().get(0));
        } catch (InvalidInputException e) {
            if (same || pool.price() == null) {
                throw e;
            }
            // the sheet has no price for the prefill accelerator: the pool is resolved, its cost is not
            SystemSpec unpriced = pool.withPrice(null);
            return java.util.Optional.of(resolveAll(alone.withSystems(List.of(unpriced), 0), catalog).systems()
                    .get(0));
        }
    }

    public static Resolution resolveAll(Scenario scenario, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Accelerator> accelerators = new LinkedHashMap<>();
        catalog.accelerators().forEach(a -> accelerators.put(a.id(), a));
        if (scenario.customAccelerators() != null) {
            scenario.customAccelerators().forEach(a -> accelerators.put(a.id(), a));
        }
        Map<String, LanguageModel> models = new LinkedHashMap<>();
        catalog.models().forEach(m -> models.put(m.id(), m));
        if (scenario.customModels() != null) {
            scenario.customModels().forEach(m -> models.put(m.id(), m));
        }
        // a custom entry that breaks its rules is reported once, where it is defined, and not resolved
        java.util.Set<String> broken = new java.util.HashSet<>();
        if (scenario.customAccelerators() != null) {
            for (int i = 0; i < scenario.customAccelerators().size(); i++) {
                Accelerator a = scenario.customAccelerators().get(i);
                if (addAll(problems, "customAccelerators[" + i + "].", AcceleratorRules.problems(a))) {
                    broken.add("accelerator " + a.id());
                }
            }
        }
        if (scenario.customModels() != null) {
            for (int i = 0; i < scenario.customModels().size(); i++) {
                LanguageModel m = scenario.customModels().get(i);
                if (addAll(problems, "customModels[" + i + "].", ModelRules.problems(m))) {
                    broken.add("model " + m.id());
                }
            }
        }
        if (scenario.baselineIndex() >= scenario.systems().size() && !scenario.systems().isEmpty()) {
            problems.add(new Problem("baseline", "must be between 0 and " + (scenario.systems().size() - 1)
                    + " (an index into systems), was " + scenario.baselineIndex()));
        }
        if (scenario.cascade() != null) {
            problems.addAll(scenario.cascade().problems(scenario.systems().size()));
        }
        java.util.Optional<ApiPrice> api = api(scenario, catalog, problems);
        Calibration calibration = calibration(scenario, problems);
        List<ResolvedSystem> resolved = new ArrayList<>();
        for (int i = 0; i < scenario.systems().size(); i++) {
            SystemSpec spec = scenario.systems().get(i);
            String path = "systems[" + i + "]";
            Accelerator accelerator = lookup(accelerators, spec.accelerator(), "accelerator", path, problems);
            LanguageModel model = lookup(models, spec.model(), "model", path, problems);
            NumberFormat weights = format(catalog, spec.weightFormat(), FormatUse.WEIGHTS, path + ".weightFormat",
                    problems);
            NumberFormat kv = format(catalog, spec.kvFormat(), FormatUse.KV, path + ".kvFormat", problems);
            Prices prices = accelerator == null ? null : prices(catalog, spec, path, problems);
            if (spec.disaggregation() != null && spec.disaggregation().prefillAccelerator() != null) {
                String id = spec.disaggregation().prefillAccelerator();
                if (!accelerators.containsKey(id)) {
                    String hint = Closest.among(id, accelerators.keySet());
                    problems.add(new Problem(path + ".disaggregation.prefillAccelerator", "unknown accelerator "
                            + Quote.of(id) + (hint == null ? "" : " (did you mean \"" + hint + "\"?)")));
                }
            }
            if (accelerator == null || model == null || weights == null || kv == null
                    || broken.contains("accelerator " + accelerator.id()) || broken.contains("model " + model.id())) {
                continue;
            }
            try {
                Accelerator part = applyOverrides(accelerator, spec.overridesOrNone());
                SystemConfig config = config(spec, part, model, weights, kv, calibration);
                String basis = calibration.covers(part.familyOrId()) ? CalibrationChoice.CALIBRATED
                        : CalibrationChoice.ROOFLINE;
                resolved.add(new ResolvedSystem(spec, config, prices.onDemand, prices.spot, prices.reserved,
                        prices.source, spec.measured(), basis));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem(path + "." + fileField(spec, p.path()),
                        p.message())));
            } catch (IllegalStateException e) {
                problems.add(new Problem(path + ".accelerator", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(scenario.name(), problems);
        }
        return new Resolution(List.copyOf(resolved), api);
    }

    /** SystemConfig's fields that a file states under a system's "serving". */
    private static final java.util.Set<String> SERVING_FIELDS = java.util.Set.of("batch", "draftTokens",
            "acceptanceRate", "draftCostRatio", "bandwidthEfficiency", "stepOverheadMs", "perSequenceOverheadUs",
            "allReduceLatencyUs", "draftPassUs", "maxBatch", "maxTokensPerStep", "runtimeGB", "reserveGB");

    /** Where in a system's JSON a SystemConfig field comes from: "batch" is serving.batch (a refusal names that). */
    static String fileField(SystemSpec spec, String field) {
        if (field.startsWith("parallelism")) {
            // without a stated parallelism the degrees came from gpusPerReplica
            return spec.parallelism() == null ? "gpusPerReplica" : field;
        }
        if (SERVING_FIELDS.contains(field)) {
            return "serving." + field;
        }
        if (field.startsWith("computeEfficiency.")) {
            String precision = field.substring("computeEfficiency.".length());
            Serving s = spec.servingOrNone();
            boolean byPrecision = s.computeEfficiencyByPrecision() != null && s.computeEfficiencyByPrecision().keySet()
                    .stream().anyMatch(p -> p.name().equals(precision));
            return byPrecision ? "serving.computeEfficiencyByPrecision." + precision : "serving.computeEfficiency";
        }
        return field;
    }

    /** Adds {@code found} under {@code prefix}; whether there were any. */
    private static boolean addAll(List<Problem> problems, String prefix, List<Problem> found) {
        found.forEach(p -> problems.add(new Problem(prefix + p.path(), p.message())));
        return !found.isEmpty();
    }

    /** The API the scenario compares self-hosting against: inline, or a price sheet entry; empty when none. */
    private static java.util.Optional<ApiPrice> api(Scenario scenario, Catalog catalog, List<Problem> problems) {
        EconomicsInputs e = scenario.economicsOrDefaults();
        if (e.api() != null) {
            return java.util.Optional.of(e.api());
        }
        if (e.apiPriceSheet() == null && e.apiPriceId() == null) {
            return java.util.Optional.empty();
        }
        if (e.apiPriceSheet() == null || e.apiPriceId() == null) {
            problems.add(new Problem("economics." + (e.apiPriceSheet() == null ? "apiPriceSheet" : "apiPriceId"),
                    "is required with " + (e.apiPriceSheet() == null ? "apiPriceId" : "apiPriceSheet")));
            return java.util.Optional.empty();
        }
        PriceSheet sheet = catalog.priceSheet(e.apiPriceSheet()).orElse(null);
        if (sheet == null) {
            problems.add(new Problem("economics.apiPriceSheet", catalog.unknownPriceSheet(e.apiPriceSheet())));
            return java.util.Optional.empty();
        }
        java.util.Optional<ApiPrice> api = sheet.apiPrices().stream().filter(a -> a.id().equals(e.apiPriceId()))
                .findFirst();
        if (api.isEmpty()) {
            List<String> ids = sheet.apiPrices().stream().map(ApiPrice::id).toList();
            String hint = Closest.among(e.apiPriceId(), ids);
            problems.add(new Problem("economics.apiPriceId", "price sheet " + Quote.of(sheet.id()) + " has no API "
                    + Quote.of(e.apiPriceId()) + (hint == null ? "; it lists " + String.join(", ", ids)
                            : " (did you mean \"" + hint + "\"?)")));
        }
        return api;
    }

    /**
     * The system as it resolves with none of its own efficiencies or overheads: what a reset returns to (the
     * calibration's values for its family, else the model's defaults).
     */
    public static SystemConfig withoutOwnEfficiencies(Scenario scenario, SystemSpec spec, Catalog catalog) {
        Serving s = spec.servingOrNone().withEfficiency(null, null).withComputeEfficiencyByPrecision(null)
                .withOverheads(null, null);
        Scenario alone = scenario.withSystems(List.of(spec.withServing(s).withMeasured(null)), 0);
        return resolve(alone, catalog).get(0).config();
    }

    /** The calibration in force, or none (with a problem) when the scenario names an unknown basis. */
    private static Calibration calibration(Scenario scenario, List<Problem> problems) {
        CalibrationChoice choice = scenario.calibrationOrDefault();
        if (choice.basis() != null && !choice.basis().equals(CalibrationChoice.CALIBRATED)
                && !choice.basis().equals(CalibrationChoice.ROOFLINE)) {
            problems.add(new Problem("calibration.basis", "must be \"" + CalibrationChoice.CALIBRATED + "\" or \""
                    + CalibrationChoice.ROOFLINE + "\", was " + Quote.of(choice.basis())));
            return Calibration.NONE;
        }
        if (choice.profile() != null) {
            List<CalibrationProfile.Value> values = choice.profile().parameters();
            for (int i = 0; i < values.size(); i++) {
                CalibrationProfile.Value v = values.get(i);
                boolean efficiency = v.key().startsWith("compute.") || v.key().startsWith("bandwidth.");
                double max = efficiency ? 1 : v.key().equals(Calibration.STEP_MS) ? 50 : 1000;
                double min = efficiency ? 0.05 : 0;
                if (v.fitted() && (v.value() < min || v.value() > max)) {
                    problems.add(new Problem("calibration.profile.parameters[" + i + "].value", v.key() + " must be "
                            + "between " + RangeText.number(min) + " and " + RangeText.number(max) + ", was "
                            + RangeText.number(v.value())));
                }
            }
        }
        return problems.isEmpty() ? choice.calibration() : Calibration.NONE;
    }

    static SystemConfig config(SystemSpec spec, Accelerator accelerator, LanguageModel model, NumberFormat weights,
            NumberFormat kv) {
        return config(spec, accelerator, model, weights, kv, Calibration.NONE);
    }

    /**
     * The resolved system: the calibration's values for the accelerator's family in place of the model's defaults,
     * then whatever the file sets (computeEfficiency is the weights' precision's; schema 1 files are migrated on
     * reading).
     */
    static SystemConfig config(SystemSpec spec, Accelerator accelerator, LanguageModel model, NumberFormat weights,
            NumberFormat kv, Calibration calibration) {
        Serving s = spec.servingOrNone();
        List<Problem> problems = new ArrayList<>();
        Parallelism parallelism = spec.parallelismOrTensor();
        if (spec.gpusPerReplica() != null && spec.parallelism() != null && spec.gpusPerReplica() != parallelism.gpus()) {
            problems.add(new Problem("gpusPerReplica", "must equal parallelism TP × DP = " + parallelism.tp() + " × "
                    + parallelism.dp() + " = " + parallelism.gpus() + ", was " + spec.gpusPerReplica()));
        }
        EngineLimits engine = EngineLimits.preset(s.engineOrDefault()).orElse(null);
        if (engine == null) {
            problems.add(new Problem("serving.engine", "unknown engine " + Quote.of(s.engine()) + "; engines: "
                    + String.join(", ", EngineLimits.PRESETS.stream().map(EngineLimits::id).toList())));
            engine = EngineLimits.DEFAULT;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(spec.label(), problems);
        }
        SystemConfig fromDefaults = calibration.apply(new SystemConfig(spec.label(), accelerator, model, weights, kv,
                parallelism, 1, 0, 0, Serving.DEFAULTS.draftCostRatio(), Efficiencies.DEFAULTS,
                new Overheads(Serving.DEFAULTS.stepOverheadMs(), Serving.DEFAULTS.perSequenceOverheadUs(),
                        s.allReduceLatencyUsOrDefault(), s.draftPassUsOrDefault()), engine, 1, 1));
        Efficiencies efficiencies = fromDefaults.efficiencies();
        Precision weightsPrecision = fromDefaults.computePrecision(); // where the weights' math runs on this part
        if (s.bandwidthEfficiency() != null) {
            efficiencies = efficiencies.withBandwidth(s.bandwidthEfficiency());
        }
        if (s.computeEfficiencyByPrecision() != null) {
            for (var e : s.computeEfficiencyByPrecision().entrySet()) {
                efficiencies = efficiencies.withCompute(e.getKey(), e.getValue());
            }
        }
        if (s.computeEfficiency() != null) {
            efficiencies = efficiencies.withCompute(weightsPrecision, s.computeEfficiency());
        }
        Overheads calibrated = fromDefaults.overheads();
        Overheads overheads = new Overheads(
                s.stepOverheadMs() != null ? s.stepOverheadMs() : calibrated.stepFixedMs(),
                s.perSequenceOverheadUs() != null ? s.perSequenceOverheadUs() : calibrated.perSequenceUs(),
                s.allReduceLatencyUsOrDefault(), s.draftPassUsOrDefault());
        return new SystemConfig(spec.label(), accelerator, model, weights, kv, parallelism, s.batchOrDefault(),
                s.draftTokensOrDefault(), s.acceptanceRateOrDefault(), s.draftCostRatioOrDefault(), efficiencies,
                overheads, engine.with(s.maxBatch(), s.maxTokensPerStep()), s.runtimeGBOrDefault(),
                s.reserveGBOrDefault());
    }

    public static Accelerator applyOverrides(Accelerator a, HardwareOverrides o) {
        Accelerator result = a;
        if (o.memoryBandwidthTBps() != null) {
            result = result.withMemoryBandwidthTBps(o.memoryBandwidthTBps());
        }
        if (o.memoryGB() != null) {
            result = result.withMemoryGB(o.memoryGB());
        }
        if (o.denseTflops() != null) {
            Map<dev.ridgeline.hardware.Precision, Double> merged = new LinkedHashMap<>(result.denseTflops());
            merged.putAll(o.denseTflops());
            result = result.withDenseTflops(merged);
        }
        if (o.allInPowerW() != null) {
            result = result.withAllInPowerW(o.allInPowerW());
        }
        return result;
    }

    private record Prices(Double onDemand, Double spot, Double reserved, String source) {
    }

    private static Prices prices(Catalog catalog, SystemSpec spec, String path, List<Problem> problems) {
        GpuPricing typed = spec.price();
        GpuPrice fromSheet = null;
        String source = typed == null ? null : "typed in";
        if (typed != null && typed.priceSheet() != null) {
            PriceSheet sheet = catalog.priceSheet(typed.priceSheet()).orElse(null);
            if (sheet == null) {
                problems.add(new Problem(path + ".price.priceSheet", catalog.unknownPriceSheet(typed.priceSheet())));
            } else {
                fromSheet = sheet.gpuPrice(spec.accelerator(), typed.provider()).orElse(null);
                if (fromSheet == null && typed.onDemandPerHour() == null) {
                    List<String> providers = sheet.gpuPrices().stream()
                            .filter(p -> p.accelerator().equals(spec.accelerator())).map(GpuPrice::provider).toList();
                    problems.add(new Problem(path + ".price." + (providers.isEmpty() ? "priceSheet" : "provider"),
                            "price sheet " + Quote.of(sheet.id()) + " has no price for " + Quote.of(spec.accelerator())
                                    + (typed.provider() == null ? "" : " from " + Quote.of(typed.provider()))
                                    + (providers.isEmpty() ? "; type onDemandPerHour instead"
                                            : "; providers: " + String.join(", ", providers))));
                }
                source = sheet.name() + (fromSheet == null ? "" : ", " + fromSheet.provider())
                        + " (" + sheet.date() + ")";
            }
        }
        if (typed == null) {
            return new Prices(null, null, null, null);
        }
        return new Prices(
                typed.onDemandPerHour() != null ? typed.onDemandPerHour()
                        : fromSheet == null ? null : fromSheet.onDemandPerHour(),
                typed.spotPerHour() != null ? typed.spotPerHour() : fromSheet == null ? null : fromSheet.spotPerHour(),
                typed.reservedPerHour() != null ? typed.reservedPerHour()
                        : fromSheet == null ? null : fromSheet.reservedPerHour(),
                source);
    }

    private static <T> T lookup(Map<String, T> known, String id, String kind, String path, List<Problem> problems) {
        T value = known.get(id);
        if (value == null) {
            String hint = Closest.among(id, known.keySet());
            problems.add(new Problem(path + "." + kind, "unknown " + kind + " " + Quote.of(id)
                    + (hint == null ? "" : " (did you mean \"" + hint + "\"?)")));
        }
        return value;
    }

    private static NumberFormat format(Catalog catalog, String id, FormatUse use, String path,
            List<Problem> problems) {
        NumberFormat format = catalog.format(id).orElse(null);
        if (format == null) {
            problems.add(new Problem(path, catalog.unknownFormat(id)));
            return null;
        }
        if (format.use() != use) {
            List<String> allowed = catalog.formats(use).stream().map(NumberFormat::id).toList();
            problems.add(new Problem(path, Quote.of(id) + " is not a " + (use == FormatUse.KV ? "KV-cache" : "weight")
                    + " format; use one of " + String.join(", ", allowed)));
            return null;
        }
        return format;
    }
}
