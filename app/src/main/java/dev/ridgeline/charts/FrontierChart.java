package dev.ridgeline.charts;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The throughput–interactivity frontier: output tok/s/GPU against tok/s/user, one curve per system (one point per
 * batch), the current batch marked, the target interactivity as a line, measured points overlaid. Hovering a
 * modeled point also gives its total (input + output) tok/s/GPU; hovering a measured one, how far the curve is from
 * it. A subtitle says what the curves rest on (calibrated, with the profile's cross-validated error drawn as a light
 * band around each calibrated curve, or the roofline defaults).
 */
public final class FrontierChart {
    public static final String TITLE = "Throughput–interactivity frontier";
    private static final int CURVES = 0;
    private static final int CURRENT = 1;
    private static final int MEASURED = 2;
    /** Drawn first, under everything: the calibrated model's cross-validated error around each curve. */
    private static final int BAND = 3;

    private FrontierChart() {
    }

    public static JFreeChart create() {
        NumberAxis x = ChartStyle.numberAxis("Interactivity (tok/s per user)");
        NumberAxis y = ChartStyle.numberAxis("Output tok/s per GPU");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(true, false));
        plot.setDataset(CURRENT, new XYSeriesCollection());
        plot.setDataset(MEASURED, new XYSeriesCollection());
        plot.setDataset(BAND, new YIntervalSeriesCollection());
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle("lines: modeled, prefill paid   ● current batch   ◆ measured"));
        ChartStyle.basisSubtitle(chart, CalibrationBasis.ROOFLINE);
        return chart;
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            XYSeriesCollection curves = new XYSeriesCollection();
            XYSeriesCollection current = new XYSeriesCollection();
            XYSeriesCollection measured = new XYSeriesCollection();
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
            bandRenderer.setAlpha(0.16f);
            bandRenderer.setDefaultSeriesVisibleInLegend(false);
            double band = CalibrationBasis.band(CalibrationBasis.profile(results.scenario()));
            XYLineAndShapeRenderer curveRenderer = ChartStyle.lines();
            XYLineAndShapeRenderer currentRenderer = new XYLineAndShapeRenderer(false, true);
            XYLineAndShapeRenderer measuredRenderer = new XYLineAndShapeRenderer(false, true);
            currentRenderer.setDefaultSeriesVisibleInLegend(false);
            measuredRenderer.setDefaultSeriesVisibleInLegend(false);
            measuredRenderer.setUseOutlinePaint(true);
            measuredRenderer.setDefaultOutlinePaint(Palette.INK);
            measuredRenderer.setDrawOutlines(true);
            plot.clearAnnotations();
            plot.clearDomainMarkers();
            List<List<String>> measuredNames = new ArrayList<>();
            List<List<String>> measuredMetrics = new ArrayList<>();
            List<List<String>> measuredResiduals = new ArrayList<>();
            List<SystemOutcome> systems = results.systems();
            for (int i = 0; i < systems.size(); i++) {
                SystemOutcome o = systems.get(i);
                SystemResults r = o.physics();
                XYSeries curve = new XYSeries(r.label() + (r.fits() ? "" : " — does not fit"), false, true);
                for (FrontierPoint p : r.frontier()) {
                    curve.add(p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu());
                }
                curves.addSeries(curve);
                curveRenderer.setSeriesPaint(i, Palette.system(i));
                curveRenderer.setSeriesStroke(i, Palette.LINE);

                // ± the cross-validated MAPE: how far a measurement of this system may fairly sit from the curve
                YIntervalSeries error = new YIntervalSeries(r.label() + " CV error", false, true);
                if (CalibrationBasis.calibrated(o)) {
                    for (FrontierPoint p : r.frontier()) {
                        double y = p.outputTokensPerSecPerGpu();
                        error.add(p.tokensPerSecPerUser(), y, y * (1 - band), y * (1 + band));
                    }
                }
                bands.addSeries(error);
                bandRenderer.setSeriesPaint(i, Palette.system(i));
                bandRenderer.setSeriesFillPaint(i, Palette.system(i));

                XYSeries now = new XYSeries(r.label() + " current", false, true);
                r.current().ifPresent(p -> now.add(p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu()));
                current.addSeries(now);
                currentRenderer.setSeriesPaint(i, Palette.system(i));
                currentRenderer.setSeriesShape(i, new Ellipse2D.Double(-8, -8, 16, 16));
                if (i == selected && r.current().isPresent()) {
                    FrontierPoint p = r.current().get();
                    XYTextAnnotation label = new XYTextAnnotation("  batch " + p.batch(), p.tokensPerSecPerUser(),
                            p.outputTokensPerSecPerGpu());
                    label.setFont(Palette.ANNOTATION_BOLD);
                    label.setPaint(Palette.system(i));
                    label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                    plot.addAnnotation(label);
                }

                XYSeries points = new XYSeries(r.label() + " measured", false, true);
                List<String> names = new ArrayList<>();
                List<String> metrics = new ArrayList<>();
                List<String> residuals = new ArrayList<>();
                String basis = CalibrationBasis.calibrated(o) ? "calibrated" : CalibrationBasis.ROOFLINE;
                MeasuredThroughput pinned = o.resolved().measured();
                if (pinned != null && pinned.atTokensPerSecPerUser() != null) {
                    points.add((double) pinned.atTokensPerSecPerUser(), pinned.outputTokensPerSecPerGpu());
                    names.add("pinned: " + pinned.source());
                    metrics.add("output");
                    residuals.add(residual(r.frontier(), pinned.atTokensPerSecPerUser(),
                            pinned.outputTokensPerSecPerGpu(), false, basis));
                }
                for (Measurement m : o.references()) {
                    points.add((double) m.interactivity().orElseThrow(), m.tokensPerSecPerGpu());
                    names.add(m.round() + " " + m.scenario() + " (" + m.gpus() + " GPU" + (m.gpus() == 1 ? "" : "s")
                            + ", " + m.model() + ")");
                    boolean total = m.metricOrOutput() == Measurement.Metric.TOTAL;
                    metrics.add(total ? "total (input + output)" : "output");
                    residuals.add(residual(r.frontier(), m.interactivity().orElseThrow(), m.tokensPerSecPerGpu(),
                            total, basis));
                }
                measured.addSeries(points);
                measuredNames.add(names);
                measuredMetrics.add(metrics);
                measuredResiduals.add(residuals);
                measuredRenderer.setSeriesPaint(i, Palette.system(i));
                measuredRenderer.setSeriesShape(i, diamond());
            }
            double target = results.scenario().workload().targetTokensPerSecPerUser();
            plot.addDomainMarker(ChartStyle.targetMarker(target, true));

            Tooltips.register(chart, CURVES, (dataset, series, item) -> {
                FrontierPoint p = systems.get(series).physics().frontier().get(item);
                SystemOutcome o = systems.get(series);
                return String.format("%s — batch %d: %s tok/s/user, %s output · %s total tok/s/GPU, step %s ms%s; "
                        + "modeled, %s", o.label(), p.batch(), Formats.sig3(p.tokensPerSecPerUser()),
                        Formats.fixed(p.outputTokensPerSecPerGpu(), 0), Formats.fixed(p.totalTokensPerSecPerGpu(), 0),
                        Formats.sig3(p.stepMs()),
                        p.computeBound() ? " (compute-bound)" : " (memory-bound)",
                        CalibrationBasis.of(o, results.scenario()));
            });
            Tooltips.register(chart, MEASURED, (dataset, series, item) -> String.format(
                    "%s — %s: %s tok/s/user, %s %s tok/s/GPU%s", systems.get(series).label(),
                    measuredNames.get(series).get(item), Formats.sig3(dataset.getXValue(series, item)),
                    Formats.fixed(dataset.getYValue(series, item), 0), measuredMetrics.get(series).get(item),
                    measuredResiduals.get(series).get(item)));
            Tooltips.register(chart, CURRENT, (dataset, series, item) -> {
                FrontierPoint p = systems.get(series).physics().current().orElseThrow();
                return String.format("%s — current batch %d: %s tok/s/user, %s output · %s total tok/s/GPU",
                        systems.get(series).label(), p.batch(), Formats.sig3(p.tokensPerSecPerUser()),
                        Formats.fixed(p.outputTokensPerSecPerGpu(), 0), Formats.fixed(p.totalTokensPerSecPerGpu(), 0));
            });
            plot.setDataset(CURVES, curves);
            plot.setRenderer(CURVES, curveRenderer);
            plot.setDataset(CURRENT, current);
            plot.setRenderer(CURRENT, currentRenderer);
            plot.setDataset(MEASURED, measured);
            plot.setRenderer(MEASURED, measuredRenderer);
            plot.setDataset(BAND, bands);
            plot.setRenderer(BAND, bandRenderer);
            boolean anyBand = systems.stream().anyMatch(CalibrationBasis::calibrated);
            ChartStyle.basisSubtitle(chart, CalibrationBasis.describe(results)
                    + (anyBand ? " (shaded band)" : ""));
        } finally {
            plot.setNotify(true);
        }
    }

    /**
     * "; the curve there: 9,410 output tok/s/GPU, −5.9 % (calibrated)": the modeled curve read at the measured
     * point's interactivity (linear between the two batches either side), and how far it is from the measurement.
     */
    static String residual(List<FrontierPoint> frontier, double interactivity, double measured, boolean total,
            String basis) {
        OptionalDouble modeled = curveAt(frontier, interactivity, total);
        if (modeled.isEmpty()) {
            return "; outside the modeled curve's range";
        }
        return String.format("; the curve there: %s %s tok/s/GPU, %s vs measured (%s)",
                Formats.fixed(modeled.getAsDouble(), 0), total ? "total" : "output",
                CalibrationBasis.signedPercent(modeled.getAsDouble() / measured), basis);
    }

    /** The frontier's throughput at an interactivity, or empty outside the curve (interactivity falls with batch). */
    static OptionalDouble curveAt(List<FrontierPoint> frontier, double interactivity, boolean total) {
        for (int k = 0; k < frontier.size(); k++) {
            FrontierPoint a = frontier.get(k);
            double ya = total ? a.totalTokensPerSecPerGpu() : a.outputTokensPerSecPerGpu();
            if (a.tokensPerSecPerUser() == interactivity) {
                return OptionalDouble.of(ya);
            }
            if (k + 1 < frontier.size()) {
                FrontierPoint b = frontier.get(k + 1);
                double hi = Math.max(a.tokensPerSecPerUser(), b.tokensPerSecPerUser());
                double lo = Math.min(a.tokensPerSecPerUser(), b.tokensPerSecPerUser());
                if (interactivity >= lo && interactivity <= hi && hi > lo) {
                    double yb = total ? b.totalTokensPerSecPerGpu() : b.outputTokensPerSecPerGpu();
                    double t = (interactivity - a.tokensPerSecPerUser())
                            / (b.tokensPerSecPerUser() - a.tokensPerSecPerUser());
                    return OptionalDouble.of(ya + t * (yb - ya));
                }
            }
        }
        return OptionalDouble.empty();
    }

    static java.awt.Shape diamond() {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -9);
        d.lineTo(9, 0);
        d.lineTo(0, 9);
        d.lineTo(-9, 0);
        d.closePath();
        return d;
    }
}
