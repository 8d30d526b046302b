package dev.ridgeline.export;

import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The results slide's figures per system, written as the workbench's cards write them. */
final class ResultsTable {
    static final String WARNING = "⚠";

    private ResultsTable() {
    }

    static DeckTable of(ScenarioResults results) {
        List<SystemOutcome> systems = results.systems();
        double target = results.scenario().workload().targetTokensPerSecPerUser();
        String targetText = Assumptions.trim(target) + " tok/s/user";
        List<String> header = new ArrayList<>();
        header.add("");
        for (int i = 0; i < systems.size(); i++) {
            header.add(systems.get(i).label() + (i == results.scenario().baselineIndex() ? " (baseline)" : ""));
        }
        SystemEconomics base = results.baseline().economics();
        List<DeckTable.Row> rows = new ArrayList<>();
        rows.add(row("Decode floor (ms/token)", systems, o -> Formats.fixed(o.physics().decodeFloorMs(), 2)));
        rows.add(row("Per-user ceiling (tok/s/user)", systems,
                o -> Formats.fixed(o.physics().ceilingTokensPerSecPerUser(), 0)));
        rows.add(row("KV budget (GB)", systems, o -> o.physics().fits() ? Formats.fixed(o.physics().kvBudgetGB(), 1)
                : "does not fit"));
        rows.add(row("Max concurrency (sequences of " + Formats.fixed(results.scenario().workload().sequenceTokens(),
                0) + " tokens)", systems, o -> Formats.fixed(o.physics().memory().maxBatch(), 0)));
        rows.add(row("output tok/s/GPU at " + targetText, systems, o -> atTarget(o, targetText)));
        rows.add(row("$/M output tokens, on-demand", systems, o -> money(o.economics().outputOnDemandPerMillion())));
        rows.add(row("$/M output tokens, spot", systems, o -> money(o.economics().outputSpotPerMillion())));
        rows.add(row("On-demand $/M vs baseline", systems, o -> vsBaseline(o.economics(), base,
                o == results.baseline())));
        rows.add(row("Fleet for the workload (GPUs)", systems, o -> o.economics().fleet().map(f -> fleet(f))
                .orElse("–")));
        rows.add(row("Monthly, on-demand", systems, o -> o.economics().fleet().map(f -> money(f.monthlyOnDemand()))
                .orElse("–")));
        return new DeckTable(header, rows, notes(results));
    }

    private static DeckTable.Row row(String label, List<SystemOutcome> systems, Function<SystemOutcome, String> cell) {
        return new DeckTable.Row(label, systems.stream().map(cell).toList());
    }

    /** "10,000 measured", "15,375 modeled", or why there is none; ⚠ where the pinned figure is physically doubtful. */
    static String atTarget(SystemOutcome o, String targetText) {
        SystemEconomics e = o.economics();
        if (!e.hasCost()) {
            return "cannot meet " + targetText;
        }
        return (e.warning().isEmpty() ? "" : WARNING + " ") + Formats.fixed(e.outputTokensPerSecPerGpu(), 0) + " "
                + e.costBasis();
    }

    private static String fleet(Fleet f) {
        if (f.beyondLimit()) {
            return String.format(java.util.Locale.ROOT, "> %,d", Fleet.MAX_GPUS);
        }
        // the costed fleet, and what sets it when throughput alone would need fewer ("15 · KV-bound")
        return f.constrainedBeyondThroughput() ? f.gpus() + " · " + (f.bindingConstraint().equals(Fleet.KV_CAPACITY)
                ? "KV" : f.bindingConstraint()) + "-bound" : Integer.toString(f.gpus());
    }

    static String vsBaseline(SystemEconomics e, SystemEconomics base, boolean isBaseline) {
        if (isBaseline) {
            return "baseline";
        }
        if (e.outputOnDemandPerMillion() == null || base.outputOnDemandPerMillion() == null) {
            return "–";
        }
        String versus = Formats.versus(e.outputOnDemandPerMillion(), base.outputOnDemandPerMillion(), false,
                "cheaper", "dearer");
        // the row says "vs baseline" already, and six systems' columns have no room for more than "same"
        return versus.isEmpty() ? "–" : versus.equals("same as baseline") ? "same" : versus;
    }

    private static String money(Double value) {
        return value == null ? "no price" : Formats.dollars(value);
    }

    /**
     * "modeled: calibrated to 23 points, CV ±7.9 %" or "modeled: roofline (uncalibrated)", by the slide's title: a
     * line under the table would push six systems onto a second slide.
     */
    static String basisNote(ScenarioResults results) {
        long calibrated = results.systems().stream().filter(CalibrationBasis::calibrated).count();
        if (calibrated == 0) {
            return "modeled: " + CalibrationBasis.ROOFLINE;
        }
        var profile = CalibrationBasis.profile(results.scenario());
        return "modeled: calibrated to " + profile.points().size() + " points, CV ±"
                + CalibrationBasis.percent(profile.crossValidatedMapePercent())
                + (calibrated < results.systems().size() ? "; others roofline" : "");
    }

    /** What the figures rest on, and every doubt about them. */
    static String notes(ScenarioResults results) {
        var w = results.scenario().workload();
        StringBuilder notes = new StringBuilder(String.format("Costs charge all GPU time to output tokens at the "
                + "throughput shown; the fleet serves %s requests/s × %s output tokens at peak.",
                Assumptions.trim(w.requestsPerSec() * w.peakFactor()), Formats.fixed(w.outputTokens(), 0)));
        for (SystemOutcome o : results.systems()) {
            if (!o.economics().warning().isEmpty()) {
                notes.append('\n').append(WARNING).append(' ').append(o.label()).append(": ")
                        .append(o.economics().warning()).append('.');
            }
            SystemResults r = o.physics();
            if (!o.economics().hasCost() && !r.verdict().isEmpty()) {
                notes.append('\n').append(o.label()).append(": ").append(r.verdict()).append('.');
            }
        }
        return notes.toString();
    }
}
