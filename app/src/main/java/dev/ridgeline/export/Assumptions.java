package dev.ridgeline.export;

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
 * figures and catalog source, model, formats, serving options (defaults marked *), prices and their sheet,
 * the pinned measurement and its source, and the workload.
 */
final class Assumptions {
    static final String DEFAULT_MARK = "*";

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
        rows.add(row("Serving", systems, o -> serving(o.resolved())));
        rows.add(row("Price", systems, o -> prices(o.resolved())));
        rows.add(row("Price sheet", systems, o -> o.resolved().priceSource() == null ? "none"
                : o.resolved().priceSource()));
        rows.add(row("Measured", systems, o -> measured(o.resolved().measured())));
        rows.add(uniform("Workload", systems.size(), workload(results.scenario().workload())));
        rows.add(uniform("Economics", systems.size(), economics(results.scenario().economicsOrDefaults())));
        return new DeckTable(header, rows, DEFAULT_MARK + " default: not set in the scenario file");
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

    /** Efficiencies, overheads and engine caps, each default marked *. */
    static String serving(ResolvedSystem system) {
        Serving s = system.spec().servingOrNone();
        SystemConfig c = system.config();
        boolean computeSet = s.computeEfficiency() != null || (s.computeEfficiencyByPrecision() != null
                && s.computeEfficiencyByPrecision().containsKey(c.computePrecision()));
        // runtime and reserve per GPU are drawn on the memory slide; the table has no room for another line
        return "bandwidth efficiency " + Formats.fixed(s.bandwidthEfficiencyOrDefault(), 2)
                + mark(s.bandwidthEfficiency()) + ", " + c.computePrecision() + " efficiency "
                + Formats.fixed(c.computeEfficiency(), 2) + (computeSet ? "" : DEFAULT_MARK) + ", step overhead "
                + trim(s.stepOverheadMsOrDefault()) + " ms" + mark(s.stepOverheadMs()) + " + "
                + trim(s.perSequenceOverheadUsOrDefault()) + " µs/seq" + mark(s.perSequenceOverheadUs()) + ", "
                + c.engine().name() + mark(s.engine());
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
                mark(w.peakToAverage()), trim(w.targetTokensPerSecPerUser()));
    }

    static String economics(EconomicsInputs e) {
        String api = e.api() != null ? e.api().name() + " (typed in)"
                : e.apiPriceId() != null ? e.apiPriceId() + " from " + e.apiPriceSheet() : "none";
        return "electricity $" + Formats.fixed(e.electricityOrDefault(), 2) + "/kWh" + mark(e.electricityPerKWh())
                + ", operations " + (e.operationsPerMonth() == null ? "none" + DEFAULT_MARK
                        : "$" + Formats.fixed(e.operationsPerMonth(), 0) + "/month") + ", API compared against: " + api;
    }
}
