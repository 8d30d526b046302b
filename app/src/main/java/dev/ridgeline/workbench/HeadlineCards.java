package dev.ridgeline.workbench;

import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.charts.Palette;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A card per system across the top: decode floor, per-user ceiling and max output throughput, KV budget and
 * concurrency, output tok/s/GPU and $/M at the target, GPUs and monthly cost for the workload — each with its ratio
 * to the baseline. Throughputs say which tokens they count: the frontier's are output tokens.
 */
public final class HeadlineCards extends HBox {
    public HeadlineCards() {
        super(10);
        setId("headline-cards");
        getStyleClass().add("headline-cards");
        setFillHeight(true);
    }

    public void show(ScenarioResults results, int selected) {
        getChildren().clear();
        SystemOutcome base = results.baseline();
        for (int i = 0; i < results.systems().size(); i++) {
            VBox card = card(results.systems().get(i), base, i, i == results.scenario().baselineIndex(),
                    results.scenario().workload().targetTokensPerSecPerUser(), results.scenario());
            if (i == selected) {
                card.getStyleClass().add("selected");
            }
            HBox.setHgrow(card, Priority.ALWAYS);
            getChildren().add(card);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static VBox card(SystemOutcome o, SystemOutcome base, int index, boolean isBaseline, double target,
            Scenario scenario) {
        String modelBasis = CalibrationBasis.of(o, scenario);
        SystemResults r = o.physics();
        SystemResults b = base.physics();
        SystemEconomics e = o.economics();
        SystemEconomics be = base.economics();
        VBox card = new VBox(3);
        card.setId("card-" + index);
        card.getStyleClass().add("headline-card");
        card.setStyle("-fx-border-color: " + Palette.systemCss(index) + " transparent transparent transparent;");
        card.setMaxWidth(Double.MAX_VALUE);

        Label title = new Label(o.label() + (isBaseline ? "  · baseline" : ""));
        title.getStyleClass().add("card-title");
        title.setStyle("-fx-text-fill: " + Palette.systemCss(index) + ";");
        title.setTooltip(tooltip("Modeled figures: " + modelBasis + ". Costs: " + e.costBasis() + "."));

        Label floor = metric("floor", Formats.fixed(r.decodeFloorMs(), 2) + " ms floor",
                ratio(r.decodeFloorMs(), b.decodeFloorMs(), false, "faster", "slower", isBaseline));
        Label ceiling = metric("ceiling", Formats.fixed(r.ceilingTokensPerSecPerUser(), 0) + " tok/s/user ceiling"
                + r.maxThroughput().map(p -> " · " + unbroken("max " + Formats.fixed(p.outputTokensPerSecPerGpu(), 0)
                        + " output tok/s/GPU")).orElse(""), "");
        ceiling.setTooltip(tooltip("Per-user ceiling: 1 ÷ the " + Formats.fixed(r.decodeFloorMs(), 2)
                + " ms decode floor, one user alone at full bandwidth."
                + r.maxThroughput().map(p -> " Max throughput: " + maxThroughput(p)
                        + " (modeled, " + modelBasis + "), the largest batch the KV "
                        + "budget (" + Formats.fixed(r.memory().maxBatch(), 0) + ") and the engine ("
                        + Formats.fixed(r.config().engine().maxBatch(), 0) + ") admit, at "
                        + Formats.sig3(p.tokensPerSecPerUser()) + " tok/s/user.").orElse("")));
        Label kv = metric("kv", r.fits()
                ? Formats.fixed(r.kvBudgetGB(), 1) + " GB KV · " + Formats.fixed(r.memory().maxBatch(), 0)
                        + " concurrent"
                : "does not fit", r.fits() && b.fits() && b.kvBudgetGB() > 0
                        ? ratio(r.kvBudgetGB(), b.kvBudgetGB(), true, "more", "less", isBaseline) : "");
        if (!r.fits()) {
            kv.getStyleClass().add("alert");
        }
        Label atTarget;
        Label fleet;
        if (e.hasCost()) {
            String cost = e.outputOnDemandPerMillion() == null ? "no price"
                    : Formats.dollars(e.outputOnDemandPerMillion()) + "/M";
            String costRatio = e.outputOnDemandPerMillion() != null && be.hasCost()
                    && be.outputOnDemandPerMillion() != null
                    ? ratio(e.outputOnDemandPerMillion(), be.outputOnDemandPerMillion(), false, "cheaper",
                            "dearer", isBaseline) : "";
            atTarget = metric("target", (e.warning().isEmpty() ? "" : "⚠ ")
                    + Formats.fixed(e.outputTokensPerSecPerGpu(), 0) + " output tok/s/GPU · " + cost
                    + " (" + e.costBasis() + ")", costRatio);
            String basis = "Output tokens per second per GPU at " + Formats.fixed(target, 0) + " tok/s/user ("
                    + e.costBasis() + "), and the on-demand cost per million output tokens. " + costBasis(e, o,
                            scenario)
                    + r.maxThroughput().map(p -> " At max throughput: " + maxThroughput(p) + " (modeled, "
                            + modelBasis + ").").orElse("");
            if (!e.warning().isEmpty()) {
                atTarget.getStyleClass().add("warning");
                basis = "Costed on a pinned measurement, but " + e.warning() + ". " + basis;
            }
            atTarget.setTooltip(tooltip(basis));
            Fleet f = e.fleet().orElseThrow();
            Fleet bf = be.fleet().orElse(null);
            // the costed fleet, naming what sets it when throughput alone would need fewer GPUs
            fleet = metric("fleet", Formats.count(f.gpus(), "GPU") + (f.constrainedBeyondThroughput()
                    ? " (" + f.bindingConstraint() + ")" : "") + " · " + (f.monthlyOnDemand() == null ? "no price"
                    : Formats.dollars(f.monthlyOnDemand()) + "/month"),
                    bf != null && f.monthlyOnDemand() != null && bf.monthlyOnDemand() != null
                            ? ratio(f.monthlyOnDemand(), bf.monthlyOnDemand(), false, "cheaper", "dearer", isBaseline) : "");
            fleet.setTooltip(new Tooltip(String.format("Costed at %s, the largest of: throughput %d; prefill %d; "
                    + "KV capacity %d (%,.0f sequences at once). %s binds. On-demand %s, spot %s a month.",
                    Formats.count(f.gpus(), "GPU"), f.throughputGpus(), f.prefillGpus(), f.kvGpus(),
                    f.concurrentSequences(), capitalised(f.bindingConstraint()), money(f.monthlyOnDemand()),
                    money(f.monthlySpot()))));
        } else {
            atTarget = metric("target", "cannot meet " + Formats.fixed(target, 0) + " tok/s/user", "");
            atTarget.getStyleClass().add("alert");
            atTarget.setTooltip(new Tooltip(e.verdict()));
            fleet = metric("fleet", "no fleet at the target", "");
        }
        card.getChildren().addAll(title, floor, ceiling, kv, atTarget, fleet);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
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

    private static Label metric(String id, String value, String ratio) {
        Label l = new Label(value + (ratio.isEmpty() ? "" : "   " + ratio));
        l.getStyleClass().add("card-metric");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setId("metric-" + id);
        return l;
    }

    /** "3.9× faster", "5 % dearer", "same as baseline" (see {@link Formats#versus}); nothing on the baseline itself. */
    static String ratio(double value, double baseline, boolean higherIsBetter, String better, String worse,
            boolean isBaseline) {
        return isBaseline ? "" : Formats.versus(value, baseline, higherIsBetter, better, worse);
    }

    /** A phrase a narrow card wraps as a whole, onto its own line, rather than mid-phrase. */
    private static String unbroken(String phrase) {
        return phrase.replace(' ', '\u00A0');
    }

    /** "3,100 output · 6,200 total tok/s/GPU at batch 2,900". */
    static String maxThroughput(FrontierPoint p) {
        return Formats.fixed(p.outputTokensPerSecPerGpu(), 0) + " output · "
                + Formats.fixed(p.totalTokensPerSecPerGpu(), 0) + " total tok/s/GPU at batch "
                + Formats.fixed(p.batch(), 0);
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(460);
        t.setShowDuration(javafx.util.Duration.seconds(30));
        return t;
    }

    private static String money(Double v) {
        return v == null ? "–" : Formats.dollars(v);
    }
}
