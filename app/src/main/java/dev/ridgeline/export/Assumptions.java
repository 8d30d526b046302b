package dev.ridgeline.export;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.HardwareOverrides;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.SystemConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Every input of every system with where it comes from, as the assumptions slide lists it: the accelerator's
 * figures and catalog source, model, formats, serving options as the model used them (defaults marked *, values
 * the calibration supplied marked †), prices and their sheet, the pinned measurement and its source, the workload,
 * and the model's basis (calibrated, with the profile and its cross-validated error, or roofline).
 */
final class Assumptions {
    static final String DEFAULT_MARK = "*";
    /** A value the calibration profile supplied (fitted to measurements), where the file sets none. */
    static final String CALIBRATED_MARK = "†";

    private Assumptions() {
    }

    static DeckTable of(ScenarioResults results) {
        List<SystemOutcome> systems = results.systems();
        List<String> header = new ArrayList<>();
        header.add("");
        systems.forEach(o -> header.add(o.label()));
        List<DeckTable.Row> rows = new ArrayList<>();
        rows.add(row("Accelerator", systems, o -> accelerator(o.resolved()) + "; catalog source: "
                + o.resolved().config().accelerator().source()));
        rows.add(row("Model", systems, o -> o.resolved().config().model().name()));
        rows.add(row("Replica", systems, o -> replica(o.resolved())));
        Calibration calibration = results.scenario().calibrationOrDefault().calibrated()
                ? CalibrationBasis.profile(results.scenario()).calibration() : Calibration.NONE;
        rows.add(row("Serving", systems, o -> serving(o.resolved(), calibration)));
        rows.add(row("Price", systems, o -> prices(o.resolved())));
        rows.add(row("Price sheet", systems, o -> o.resolved().priceSource() == null ? "none"
                : o.resolved().priceSource()));
        rows.add(row("Measured", systems, o -> measured(o.resolved().measured())));
        rows.add(uniform("Workload", systems.size(), workload(results.scenario().workload())));
        rows.add(uniform("Economics", systems.size(), economics(results.scenario().economicsOrDefaults())));
        // the basis goes in the note by the title: a row of its own would push the default preset onto two slides
        return new DeckTable(header, rows, DEFAULT_MARK + " default (not in the file)   " + basis(results));
    }

    private static DeckTable.Row row(String label, List<SystemOutcome> systems, Function<SystemOutcome, String> cell) {
        return new DeckTable.Row(label, systems.stream().map(cell).toList());
    }

    private static DeckTable.Row uniform(String label, int columns, String text) {
        return new DeckTable.Row(label, Collections.nCopies(columns, text));
    }

    /** "NVIDIA B200 180GB (…): 180 GB, 7.7 TB/s, 9,000 TFLOP/s FP4 dense, 1,000 W TDP, 2,000 W all-in*". */
    static String accelerator(ResolvedSystem s) {
        SystemConfig c = s.config();
        Accelerator a = c.accelerator();
        HardwareOverrides o = s.spec().overridesOrNone();
        String precision = c.computePrecision().name();
        boolean peakOverridden = o.denseTflops() != null && o.denseTflops().containsKey(c.computePrecision());
        return a.name() + ": " + Formats.fixed(a.memoryGB(), 0) + " GB" + overridden(o.memoryGB() != null) + ", "
                + trim(a.memoryBandwidthTBps()) + " TB/s" + overridden(o.memoryBandwidthTBps() != null) + ", "
                + Formats.fixed(a.denseTflops().get(c.computePrecision()), 0) + " TFLOP/s " + precision + " dense"
                + overridden(peakOverridden) + ", " + Formats.fixed(a.tdpW(), 0) + " W TDP, "
                + Formats.fixed(a.allInPowerWatts(), 0) + " W all-in" + (o.allInPowerW() != null ? overridden(true)
                        : mark(a.allInPowerW()));
    }

    private static String overridden(boolean set) {
        return set ? " (set in the scenario)" : "";
    }

    /** "1 GPU, batch 64*, no drafts*; weights NVFP4 (4.5 bits), KV FP8 (8 bits)". */
    static String replica(ResolvedSystem system) {
        SystemConfig c = system.config();
        Serving s = system.spec().servingOrNone();
        String drafts = s.draftTokensOrDefault() == 0 ? "no drafts" + mark(s.draftTokens())
                : s.draftTokensOrDefault() + " drafts" + mark(s.draftTokens()) + " at acceptance "
                        + Formats.fixed(s.acceptanceRateOrDefault(), 2) + mark(s.acceptanceRate()) + ", draft cost "
                        + Formats.fixed(s.draftCostRatioOrDefault(), 2) + mark(s.draftCostRatio());
        return c.gpus() + (c.gpus() == 1 ? " GPU" : " GPUs (" + c.parallelism() + ")") + ", batch " + s.batchOrDefault()
                + mark(s.batch()) + ", " + drafts + "; weights " + format(c.weightFormat()) + ", KV "
                + format(c.kvFormat());
    }

    private static String format(NumberFormat f) {
        int paren = f.name().indexOf(" (");
        String name = paren < 0 ? f.name() : f.name().substring(0, paren);
        return name.replace(" KV cache", "") + " (" + trim(f.bitsPerValue()) + " bits)";
    }

    /**
     * Efficiencies, overheads and engine caps as the model used them: each default marked *, each value the
     * calibration supplied marked †.
     */
    static String serving(ResolvedSystem system, Calibration calibration) {
        Serving s = system.spec().servingOrNone();
        SystemConfig c = system.config();
        String family = c.accelerator().familyOrId();
        boolean computeSet = s.computeEfficiency() != null || (s.computeEfficiencyByPrecision() != null
                && s.computeEfficiencyByPrecision().containsKey(c.computePrecision()));
        // runtime and reserve per GPU are drawn on the memory slide; the table has no room for another line
        return "bandwidth efficiency " + Formats.fixed(c.efficiencies().bandwidth(), 2)
                + mark(s.bandwidthEfficiency(), calibration, Calibration.bandwidth(family)) + ", "
                + c.computePrecision() + " efficiency " + Formats.fixed(c.computeEfficiency(), 2)
                + mark(computeSet ? Boolean.TRUE : null, calibration, Calibration.compute(family,
                        c.computePrecision()))
                + ", step overhead " + trim(c.overheads().stepFixedMs()) + " ms"
                + mark(s.stepOverheadMs(), calibration, Calibration.STEP_MS) + " + "
                + trim(c.overheads().perSequenceUs()) + " µs/seq"
                + mark(s.perSequenceOverheadUs(), calibration, Calibration.PER_SEQUENCE_US) + ", "
                + c.engine().name() + mark(s.engine());
    }

    /** Nothing where the file sets the value, † where the calibration supplied it, * where it is the default. */
    private static String mark(Object given, Calibration calibration, String key) {
        if (given != null) {
            return "";
        }
        return calibration.values().containsKey(key) ? CALIBRATED_MARK : DEFAULT_MARK;
    }

    /**
     * What the modeled figures rest on, short enough for the note by the slide's title: "† calibrated: 23 measured
     * points, CV MAPE 7.9 %" (the mark on every value the profile supplied), or "model: roofline (uncalibrated)".
     */
    static String basis(ScenarioResults results) {
        long calibrated = results.systems().stream().filter(CalibrationBasis::calibrated).count();
        if (calibrated == 0) {
            return "model: " + CalibrationBasis.ROOFLINE;
        }
        CalibrationProfile p = CalibrationBasis.profile(results.scenario());
        return CALIBRATED_MARK + " calibrated: " + p.points().size() + " measured points, CV MAPE "
                + CalibrationBasis.percent(p.crossValidatedMapePercent())
                + (calibrated < results.systems().size() ? "; others roofline" : "");
    }

    private static String mark(Object given) {
        return given == null ? DEFAULT_MARK : "";
    }

    /** Three significant figures without trailing zeros: 0.5, 4.5, 8, 1,000. */
    static String trim(double v) {
        String s = Formats.sig3(v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String prices(ResolvedSystem s) {
        if (s.onDemandPerHour() == null && s.spotPerHour() == null && s.reservedPerHour() == null) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (s.onDemandPerHour() != null) {
            parts.add(Formats.dollars(s.onDemandPerHour()) + "/GPU-hour on-demand");
        }
        if (s.spotPerHour() != null) {
            parts.add(Formats.dollars(s.spotPerHour()) + " spot");
        }
        if (s.reservedPerHour() != null) {
            parts.add(Formats.dollars(s.reservedPerHour()) + " reserved");
        }
        return String.join(", ", parts);
    }

    static String measured(MeasuredThroughput m) {
        if (m == null) {
            return "nothing pinned: costs use the modeled throughput";
        }
        return "pinned " + Formats.fixed(m.outputTokensPerSecPerGpu(), 0) + " tok/s/GPU"
                + (m.atTokensPerSecPerUser() == null ? "" : " at " + trim(m.atTokensPerSecPerUser())
                        + " tok/s/user") + "; source: " + m.source();
    }

    static String workload(Workload w) {
        return String.format("%s input + %s output tokens per request, %s requests/s, peak-to-average %s%s, "
                + "target %s tok/s/user", Formats.fixed(w.inputTokens(), 0), Formats.fixed(w.outputTokens(), 0),
                trim(w.requestsPerSec()), trim(w.peakFactor()),
                mark(w.peakToAverage()), trim(w.targetTokensPerSecPerUser()))
                + (w.hitRate() > 0 ? "; prefix cache: " + trim(w.hitRate() * 100) + " % of prompt tokens hit, "
                        + Formats.fixed(w.heldPrefixTokens(), 0) + "-token shared prefix held per replica" : "")
                + (w.targetTtftMs() != null ? "; TTFT p90 ≤ " + trim(w.targetTtftMs()) + " ms at the peak" : "")
                + (w.targetTpotMs() != null ? "; TPOT ≤ " + trim(w.targetTpotMs()) + " ms" : "");
    }

    static String economics(EconomicsInputs e) {
        String api = e.api() != null ? e.api().name() + " (typed in)"
                : e.apiPriceId() != null ? e.apiPriceId() + " from " + e.apiPriceSheet() : "none";
        return "electricity $" + Formats.fixed(e.electricityOrDefault(), 2) + "/kWh" + mark(e.electricityPerKWh())
                + ", operations " + (e.operationsPerMonth() == null ? "none" + DEFAULT_MARK
                        : "$" + Formats.fixed(e.operationsPerMonth(), 0) + "/month") + ", API compared against: " + api;
    }
}
