package dev.ridgeline.workbench;

import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A card per system across the top: decode floor, per-user ceiling and max output throughput, KV budget and
 * concurrency, output tok/s/GPU and $/M at the target, GPUs and monthly cost for the workload — each with its ratio
 * to the baseline. Throughputs say which tokens they count: the frontier's are output tokens.
 */
public final class HeadlineCards extends HBox {
    private static final char NBSP = '\u00A0';
    private final List<HeadlineCard> cards = new ArrayList<>();

    public HeadlineCards() {
        super(10);
        setId("headline-cards");
        getStyleClass().add("headline-cards");
        setFillHeight(true);
    }

    /** Shows the results: the cards are built when the number of systems changes, else only updated. */
    public void show(ScenarioResults results, int selected) {
        int n = results.systems().size();
        if (cards.size() != n) {
            cards.clear();
            for (int i = 0; i < n; i++) {
                HeadlineCard card = new HeadlineCard(i);
                HBox.setHgrow(card, Priority.ALWAYS);
                cards.add(card);
            }
            getChildren().setAll(cards);
            // four or more cards share the row: presenter mode enlarges their type less (ridgeline.css)
            StyleClasses.set(this, "many", n >= 4);
        }
        SystemOutcome base = results.baseline();
        for (int i = 0; i < n; i++) {
            HeadlineCard card = cards.get(i);
            update(card, results.systems().get(i), base, i == results.scenario().baselineIndex(),
                    results.scenario().workload().targetTokensPerSecPerUser(), results.scenario());
            StyleClasses.set(card, "selected", i == selected);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void update(HeadlineCard card, SystemOutcome o, SystemOutcome base, boolean isBaseline,
            double target, Scenario scenario) {
        String modelBasis = CalibrationBasis.of(o, scenario);
        SystemResults r = o.physics();
        SystemResults b = base.physics();
        SystemEconomics e = o.economics();
        SystemEconomics be = base.economics();

        // the baseline says so where the others give their ratio; a wrapped title keeps "·" at a line's end
        card.setTitle(o.label().replace(" · ", NBSP + "· "), o.label() + (isBaseline ? " (baseline)" : "") + ". Modeled figures: " + modelBasis
                + ". Costs: " + e.costBasis() + ".");
        metric(card.floor, Formats.fixed(r.decodeFloorMs(), 2) + NBSP + "ms floor", isBaseline
                ? (scenario.systems().size() > 1 ? "baseline" : "")
                : ratio(r.decodeFloorMs(), b.decodeFloorMs(), false, "faster", "slower", false));
        metric(card.ceiling, Formats.fixed(r.ceilingTokensPerSecPerUser(), 0) + NBSP + "tok/s/user ceiling"
                + r.maxThroughput().map(p -> NBSP + "· max" + NBSP + Formats.fixed(p.outputTokensPerSecPerGpu(), 0)
                        + " output tok/s/GPU").orElse(""), "");
        card.setCeilingTip("Per-user ceiling: 1 ÷ the " + Formats.fixed(r.decodeFloorMs(), 2)
                + " ms decode floor, one user alone at full bandwidth."
                + r.maxThroughput().map(p -> " Max throughput: " + maxThroughput(p)
                        + " (modeled, " + modelBasis + "), the largest batch the KV "
                        + "budget (" + Formats.fixed(r.memory().maxBatch(), 0) + ") and the engine ("
                        + Formats.fixed(r.config().engine().maxBatch(), 0) + ") admit, at "
                        + Formats.sig3(p.tokensPerSecPerUser()) + " tok/s/user.").orElse(""));
        metric(card.kv, r.fits()
                ? Formats.fixed(r.kvBudgetGB(), 1) + NBSP + "GB KV" + NBSP + "· " + Formats.fixed(r.memory().maxBatch(), 0)
                        + NBSP + "concurrent"
                : "does not fit", r.fits() && b.fits() && b.kvBudgetGB() > 0
                        ? ratio(r.kvBudgetGB(), b.kvBudgetGB(), true, "more", "less", isBaseline) : "");
        StyleClasses.set(card.kv, "alert", !r.fits());
        if (e.hasCost()) {
            String cost = e.outputOnDemandPerMillion() == null ? "no price"
                    : Formats.dollars(e.outputOnDemandPerMillion()) + "/M";
            String costRatio = e.outputOnDemandPerMillion() != null && be.hasCost()
                    && be.outputOnDemandPerMillion() != null
                    ? ratio(e.outputOnDemandPerMillion(), be.outputOnDemandPerMillion(), false, "cheaper",
                            "dearer", isBaseline) : "";
            metric(card.target, (e.warning().isEmpty() ? "" : "⚠" + NBSP)
                    + Formats.fixed(e.outputTokensPerSecPerGpu(), 0) + NBSP + "output tok/s/GPU" + NBSP + "· " + cost
                    + " (" + e.costBasis() + ")", costRatio);
            String basis = "Output tokens per second per GPU at " + Formats.fixed(target, 0) + " tok/s/user ("
                    + e.costBasis() + "), and the on-demand cost per million output tokens. " + costBasis(e, o,
                            scenario)
                    + r.maxThroughput().map(p -> " At max throughput: " + maxThroughput(p) + " (modeled, "
                            + modelBasis + ").").orElse("");
            if (!e.warning().isEmpty()) {
                basis = "Costed on a pinned measurement, but " + e.warning() + ". " + basis;
            }
            card.setTargetTip(basis);
            Fleet f = e.fleet().orElseThrow();
            Fleet bf = be.fleet().orElse(null);
            // the costed fleet, naming what sets it when throughput alone would need fewer GPUs; beyond the limit it
            // is said as such, never a wrapped or absurd count (issue 13)
            StyleClasses.set(card.fleet, "alert", f.beyondLimit());
            if (f.beyondLimit()) {
                metric(card.fleet, f.limitNote(), "");
                card.setFleetTip("The workload " + f.limitNote() + " at " + Formats.fixed(target, 0)
                        + " tok/s/user: no fleet of that size is costed. Lower the load or the target, or pick a "
                        + "faster system.");
            } else {
                // a split system's economics carry its pools' fleet: the same line, named by its ratio
                metric(card.fleet, o.disaggregated().map(d -> "xPyD" + NBSP + d.ratio() + NBSP + "· ").orElse("")
                        + Formats.count(f.gpus(), "GPU").replace(' ', NBSP)
                        + (f.constrainedBeyondThroughput() || f.bindingConstraint().equals(Fleet.TPOT) ? " ("
                                + (f.bindingConstraint().equals(Fleet.KV_CAPACITY) ? "KV" : f.bindingConstraint())
                                + "-bound)" : "") + NBSP + "· "
                        + (f.monthlyOnDemand() == null ? "no price" : Formats.dollars(f.monthlyOnDemand()) + "/month"),
                        bf != null && f.monthlyOnDemand() != null && bf.monthlyOnDemand() != null
                                ? ratio(f.monthlyOnDemand(), bf.monthlyOnDemand(), false, "cheaper", "dearer", isBaseline)
                                : "");
                String sizing = o.disaggregated().map(d -> disaggregatedTip(d) + whyItHelps(d, o, scenario.workload()))
                        .orElseGet(() -> String.format("Costed at %s, the largest of: throughput %d; prefill %d; "
                        + "KV capacity %d (%,.0f sequences at once)%s. %s binds. On-demand %s, spot %s a month.",
                        Formats.count(f.gpus(), "GPU"), f.throughputGpus(), f.prefillGpus(), f.kvGpus(),
                        f.concurrentSequences(), scenario.workload().targetTtftMs() == null ? ""
                                : "; TTFT p90 ≤ " + Formats.fixed(scenario.workload().targetTtftMs(), 0) + " ms "
                                        + f.ttftGpus(),
                        capitalised(f.bindingConstraint()), money(f.monthlyOnDemand()), money(f.monthlySpot())));
                card.setFleetTip(sizing + latencyAtPeak(o, scenario.workload()));
            }
        } else {
            metric(card.target, "cannot meet " + Formats.fixed(target, 0) + NBSP + "tok/s/user", "");
            card.setTargetTip(e.verdict());
            metric(card.fleet, "no fleet at the target", "");
            StyleClasses.set(card.fleet, "alert", false);
            card.setFleetTip(null);
        }
        StyleClasses.set(card.target, "warning", e.hasCost() && !e.warning().isEmpty());
        StyleClasses.set(card.target, "alert", !e.hasCost());
    }

    /** What the costed throughput rests on, in a sentence. */
    static String costBasis(SystemEconomics e, SystemOutcome o, Scenario scenario) {
        return switch (e.costBasis()) {
            case "measured" -> "Measured: the throughput pinned in the scenario, not the model's.";
            case "calibrated" -> "Calibrated: the model with the efficiencies fitted to "
                    + CalibrationBasis.profile(scenario).points().size() + " measured points, cross-validated "
                    + "error ±" + CalibrationBasis.percent(CalibrationBasis.profile(scenario)
                            .crossValidatedMapePercent()) + ".";
            case "roofline" -> "Roofline: the model at its uncalibrated defaults, fitted to no measurement"
                    + (scenario.calibrationOrDefault().calibrated() ? " (the calibration has no fit for "
                            + o.resolved().config().accelerator().familyOrId() + ")" : "") + ".";
            default -> "";
        };
    }

    /**
     * A card line: its figure, then the ratio to the baseline. Numbers are joined to their units and the ratio is
     * one piece, so a narrow card wraps between phrases, never inside a figure.
     */
    private static void metric(Label line, String value, String ratio) {
        line.setText(value + (ratio.isEmpty() ? "" : "   " + ratio.replace(' ', NBSP)));
    }

    /** "3.9× faster", "5 % dearer", "same as baseline" (see {@link Formats#versus}); nothing on the baseline itself. */
    static String ratio(double value, double baseline, boolean higherIsBetter, String better, String worse,
            boolean isBaseline) {
        return isBaseline ? "" : Formats.versus(value, baseline, higherIsBetter, better, worse);
    }

    /** "3,100 output · 6,200 total tok/s/GPU at batch 2,900". */
    static String maxThroughput(FrontierPoint p) {
        return Formats.fixed(p.outputTokensPerSecPerGpu(), 0) + " output · "
                + Formats.fixed(p.totalTokensPerSecPerGpu(), 0) + " total tok/s/GPU at batch "
                + Formats.fixed(p.batch(), 0);
    }

    /** Why the split pays, for a disaggregated system's fleet tip: decode without prompts in its steps (issue 14). */
    static String whyItHelps(dev.ridgeline.economics.DisaggregatedFleet d, dev.ridgeline.evaluation.SystemOutcome o,
            dev.ridgeline.scenario.Workload w) {
        return o.physics().atTarget().map(a -> String.format(java.util.Locale.ROOT, " Why it helps: with no "
                + "prompts in its steps a decode GPU makes %s output tok/s at %s tok/s/user, against %s when the same "
                + "GPU also prefills (mixed steps stall every sequence): both pools together make %s output tok/s per "
                + "GPU.", Formats.fixed(d.decodeTokensPerSecPerGpu(), 0), Formats.sig3(d.decodeInteractivity()),
                Formats.fixed(a.outputTokensPerSecPerGpu(), 0), Formats.fixed(d.outputTokensPerSecPerGpu(w), 0)))
                .orElse("");
    }

    static String disaggregatedTip(dev.ridgeline.economics.DisaggregatedFleet d) {
        return String.format(java.util.Locale.ROOT, "Disaggregated %s: prefill pool %d × %s (%d per replica, %s-bound), "
                + "%s a month; decode pool %d × %s (%d per replica, %s-bound, no mixed steps: %s tok/s/GPU at %s "
                + "tok/s/user), %s a month. KV %s GB per request over %s GB/s adds %s ms to TTFT; TTFT p90 at the peak "
                + "%s (M/D/1 on a prefill replica + transfer). The aggregated fleet beside it is the same hardware "
                + "serving both phases.", d.ratio(), d.prefillGpus(), d.prefillAccelerator(),
                d.prefillGpusPerReplica(), d.prefillBinding(), money(d.prefillMonthly()), d.decodeGpus(),
                d.decodeAccelerator(), d.decodeGpusPerReplica(), d.decodeBinding(),
                Formats.fixed(d.decodeTokensPerSecPerGpu(), 0), Formats.sig3(d.decodeInteractivity()),
                money(d.decodeMonthly()), Formats.sig3(d.kvTransferBytes() / 1e9), Formats.sig3(d.linkGBps()),
                Formats.sig3(d.kvTransferSeconds() * 1e3),
                d.ttftP90AtPeak() == null ? "saturated" : Formats.sig3(d.ttftP90AtPeak() * 1e3) + " ms");
    }

    private static String money(Double v) {
        return v == null ? "–" : Formats.dollars(v);
    }

    /** " At the peak each replica carries 1.2 req/s: TTFT p50 / p90 310 / 820 ms, TPOT 21 ms." (issue 14) */
    static String latencyAtPeak(dev.ridgeline.evaluation.SystemOutcome o, dev.ridgeline.scenario.Workload w) {
        return dev.ridgeline.evaluation.LatencyUnderLoad.atPeak(o, w).map(dev.ridgeline.evaluation.LatencyUnderLoad.Point::latency)
                .map(l -> l.saturated() ? " At the peak a replica saturates in " + l.saturation() + "."
                        : " At the peak each " + (o.disaggregated().isPresent() ? "prefill " : "") + "replica carries "
                                + Formats.sig3(l.requestsPerSecPerReplica()) + " req/s: TTFT p50 / p90 " + Formats.sig3(l.ttftP50Seconds() * 1e3) + " / "
                                + Formats.sig3(l.ttftP90Seconds() * 1e3) + " ms, TPOT "
                                + Formats.sig3(l.tpotSeconds() * 1e3) + " ms (M/D/1 prefill queue).")
                .orElse("");
    }
}
