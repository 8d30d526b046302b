package dev.ridgeline.charts;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The throughput–interactivity frontier: output tok/s/GPU against tok/s/user, one curve per system (one point per
 * batch), the current batch marked, batch 1, 8, 64 … marked along each curve, the target interactivity as a line,
 * measured points overlaid and labelled with the server they were measured on. Hovering a modeled point also gives
 * its total (input + output) tok/s/GPU; hovering a measured one, how far the curve is from it. A subtitle says what
 * the curves rest on (calibrated, with the profile's cross-validated error drawn as a light band around each
 * calibrated curve, or the roofline defaults). The throughput axis is linear or log ({@link ChartOptions}).
 */
public final class FrontierChart {
    public static final String TITLE = "Throughput–interactivity frontier";
    private static final String Y_LABEL = "Output tok/s per GPU";
    private static final int CURVES = 0;
    private static final int CURRENT = 1;
    private static final int MEASURED = 2;
    /** Drawn first, under everything: the calibrated model's cross-validated error around each curve. */
    private static final int BAND = 3;
    private static final int MARKS = 4;
    private static final String KEY = "lines: modeled, prefill paid   ● current batch   ○ batch 1, 8, 64 …";
    private static final String SHORT_KEY = "● current batch   ○ batch 1, 8, 64 …";
    private static final String MEASURED_KEY = "   ◆ measured, per GPU of the server named";

    private FrontierChart() {
    }

    public static JFreeChart create() {
        NumberAxis x = ChartStyle.numberAxis("Interactivity (tok/s per user)", "tok/s per user");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, throughputAxis(false),
                new XYLineAndShapeRenderer(true, false));
        plot.setDataset(CURRENT, new XYSeriesCollection());
        plot.setDataset(MEASURED, new XYSeriesCollection());
        plot.setDataset(BAND, new YIntervalSeriesCollection());
        plot.setDataset(MARKS, new XYSeriesCollection());
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle(KEY + MEASURED_KEY));
        ChartStyle.basisSubtitle(chart, CalibrationBasis.ROOFLINE);
        return chart;
    }

    private static ValueAxis throughputAxis(boolean log) {
        return log ? ChartStyle.logAxis(Y_LABEL, "tok/s per GPU") : ChartStyle.numberAxis(Y_LABEL, "tok/s per GPU");
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        update(chart, results, selected, ChartOptions.DEFAULT);
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected, ChartOptions options) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            ValueAxis before = plot.getRangeAxis();
            if (options.logThroughput() != before instanceof LogAxis) {
                plot.setRangeAxis(throughputAxis(options.logThroughput()));
            }
            XYSeriesCollection curves = new XYSeriesCollection();
            XYSeriesCollection current = new XYSeriesCollection();
            XYSeriesCollection measured = new XYSeriesCollection();
            XYSeriesCollection marks = new XYSeriesCollection();
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
            XYLineAndShapeRenderer markRenderer = markRenderer();
            plot.clearAnnotations();
            plot.clearDomainMarkers();
            LabelLayer labels = new LabelLayer();
            double target = results.scenario().workload().targetTokensPerSecPerUser();
            plot.addDomainMarker(ChartStyle.targetMarker(target, labels, true));
            List<List<String>> measuredNames = new ArrayList<>();
            List<List<String>> measuredMetrics = new ArrayList<>();
            List<List<String>> measuredResiduals = new ArrayList<>();
            List<List<BatchMarks.Mark>> allMarks = new ArrayList<>();
            // placed in this order, first come first served: the current batch's label, then the measured points'
            // (those off their curve need the word why most, so before the pins'), then the batch marks'
            List<Runnable> referenceLabels = new ArrayList<>();
            List<Runnable> pinLabels = new ArrayList<>();
            List<SystemOutcome> systems = results.systems();
            Workload w = results.scenario().workload();
            int hidden = 0;
            List<List<FrontierPoint>> servedCurves = new ArrayList<>(); // what the hover reads, drawn once
            List<Optional<FrontierPoint>> servedNow = new ArrayList<>();
            for (int i = 0; i < systems.size(); i++) {
                SystemOutcome o = systems.get(i);
                SystemResults r = o.physics();
                List<FrontierPoint> served = o.servedFrontier(w);
                Optional<FrontierPoint> now0 = o.servedCurrent(w);
                servedCurves.add(served);
                servedNow.add(now0);
                XYSeries curve = new XYSeries(r.label() + (r.fits() ? "" : " — does not fit"), false, true);
                for (FrontierPoint p : served) {
                    curve.add(p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu());
                }
                curves.addSeries(curve);
                curveRenderer.setSeriesPaint(i, Palette.system(i));
                curveRenderer.setSeriesStroke(i, Palette.LINE);

                // ± the cross-validated MAPE: how far a measurement of this system may fairly sit from the curve
                YIntervalSeries error = new YIntervalSeries(r.label() + " CV error", false, true);
                if (CalibrationBasis.calibrated(o)) {
                    for (FrontierPoint p : served) {
                        double y = p.outputTokensPerSecPerGpu();
                        error.add(p.tokensPerSecPerUser(), y, y * (1 - band), y * (1 + band));
                    }
                }
                bands.addSeries(error);
                bandRenderer.setSeriesPaint(i, Palette.system(i));
                bandRenderer.setSeriesFillPaint(i, Palette.system(i));

                XYSeries now = new XYSeries(r.label() + " current", false, true);
                now0.ifPresent(p -> now.add(p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu()));
                current.addSeries(now);
                currentRenderer.setSeriesPaint(i, Palette.system(i));
                currentRenderer.setSeriesShape(i, new Ellipse2D.Double(-8, -8, 16, 16));
                if (i == selected && now0.isPresent()) {
                    FrontierPoint p = now0.get();
                    labels.point("batch " + p.batch(), Palette.ANNOTATION_BOLD, Palette.system(i),
                            p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu(), 8,
                            new LabelLayer.SeriesKey(CURVES, i), true);
                }

                XYSeries points = new XYSeries(r.label() + " measured", false, true);
                List<String> names = new ArrayList<>();
                List<String> metrics = new ArrayList<>();
                List<String> residuals = new ArrayList<>();
                String basis = CalibrationBasis.calibrated(o) ? "calibrated" : CalibrationBasis.ROOFLINE;
                int gpus = r.config().gpus();
                // one label where two measurements coincide (a pin taken from a catalog measurement)
                java.util.Set<String> labelled = new java.util.HashSet<>();
                MeasuredThroughput pinned = o.resolved().measured();
                if (pinned != null && pinned.atTokensPerSecPerUser() != null) {
                    points.add((double) pinned.atTokensPerSecPerUser(), pinned.outputTokensPerSecPerGpu());
                    names.add("pinned: " + pinned.source() + "; " + MeasuredOn.full(pinned, gpus));
                    metrics.add("output");
                    residuals.add(residual(r.frontier(), pinned.atTokensPerSecPerUser(),
                            pinned.outputTokensPerSecPerGpu(), false, basis));
                    labelled.add(Formats.sig3(pinned.atTokensPerSecPerUser()) + " "
                            + Formats.sig3(pinned.outputTokensPerSecPerGpu()));
                    java.awt.Color colour = Palette.system(i);
                    pinLabels.add(() -> labels.point(MeasuredOn.label(pinned, gpus), Palette.ANNOTATION, colour,
                            pinned.atTokensPerSecPerUser(), pinned.outputTokensPerSecPerGpu(), 9, null, false));
                }
                for (Measurement m : o.references()) {
                    if (farFrom(m, w)) {
                        hidden++;
                        continue;
                    }
                    double at = m.interactivity().orElseThrow();
                    points.add(at, m.tokensPerSecPerGpu());
                    names.add(m.round() + " " + m.scenario() + ", " + m.model() + "; " + MeasuredOn.full(m, gpus));
                    boolean total = m.metricOrOutput() == Measurement.Metric.TOTAL;
                    metrics.add(total ? "total (input + output)" : "output");
                    residuals.add(residual(r.frontier(), at, m.tokensPerSecPerGpu(), total, basis));
                    if (labelled.add(Formats.sig3(at) + " " + Formats.sig3(m.tokensPerSecPerGpu()))) {
                        java.awt.Color colour = Palette.system(i);
                        referenceLabels.add(() -> labels.point(MeasuredOn.label(m), Palette.ANNOTATION, colour, at,
                                m.tokensPerSecPerGpu(), 9, null, false));
                    }
                }
                measured.addSeries(points);
                measuredNames.add(names);
                measuredMetrics.add(metrics);
                measuredResiduals.add(residuals);
                measuredRenderer.setSeriesPaint(i, Palette.system(i));
                measuredRenderer.setSeriesShape(i, diamond());

                List<BatchMarks.Mark> onCurve = BatchMarks.on(served);
                XYSeries markSeries = new XYSeries(r.label() + " batch marks", false, true);
                onCurve.forEach(m -> markSeries.add(m.tokensPerSecPerUser(), m.outputTokensPerSecPerGpu()));
                marks.addSeries(markSeries);
                allMarks.add(onCurve);
                markRenderer.setSeriesPaint(i, Palette.system(i));
            }
            referenceLabels.forEach(Runnable::run);
            pinLabels.forEach(Runnable::run);
            labelMarks(labels, systems, allMarks);

            Tooltips.register(chart, CURVES, (dataset, series, item) -> {
                FrontierPoint p = servedCurves.get(series).get(item);
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
                FrontierPoint p = servedNow.get(series).orElseThrow();
                return String.format("%s — current batch %d: %s tok/s/user, %s output · %s total tok/s/GPU",
                        systems.get(series).label(), p.batch(), Formats.sig3(p.tokensPerSecPerUser()),
                        Formats.fixed(p.outputTokensPerSecPerGpu(), 0), Formats.fixed(p.totalTokensPerSecPerGpu(), 0));
            });
            Tooltips.register(chart, MARKS, (dataset, series, item) -> BatchMarks.tooltip(systems.get(series).label(),
                    allMarks.get(series).get(item), CalibrationBasis.of(systems.get(series), results.scenario())));
            plot.setDataset(CURVES, curves);
            plot.setRenderer(CURVES, curveRenderer);
            plot.setDataset(CURRENT, current);
            plot.setRenderer(CURRENT, currentRenderer);
            plot.setDataset(MEASURED, measured);
            plot.setRenderer(MEASURED, measuredRenderer);
            plot.setDataset(BAND, bands);
            plot.setRenderer(BAND, bandRenderer);
            plot.setDataset(MARKS, marks);
            plot.setRenderer(MARKS, markRenderer);
            plot.addAnnotation(labels);
            if (plot.getRangeAxis() != before) {
                ChartAxes.replaced(chart, before, plot.getRangeAxis());
            }
            boolean anyBand = systems.stream().anyMatch(CalibrationBasis::calibrated);
            ChartStyle.basisSubtitle(chart, CalibrationBasis.describe(results) + (anyBand ? " (shaded band)" : ""),
                    "modeled: " + CostChart.shortBasis(results) + (anyBand ? " (band)" : ""));
            boolean anyMeasured = measured.getSeries().stream().anyMatch(p -> ((XYSeries) p).getItemCount() > 0);
            String far = hidden == 0 ? "" : "   (" + hidden + " ◆ at prompts far from "
                    + Formats.fixed(w.inputTokens(), 0) + " tokens not drawn)";
            ChartStyle.setSubtitle((org.jfree.chart.title.TextTitle) chart.getSubtitle(1), KEY
                    + (anyMeasured ? MEASURED_KEY : "") + far, SHORT_KEY + (anyMeasured ? MEASURED_KEY : "") + far,
                    SHORT_KEY + (anyMeasured ? "   ◆ measured per GPU" : "") + (hidden == 0 ? "" : "  (" + hidden
                            + " ◆ not drawn)"));
        } finally {
            plot.setNotify(true);
        }
    }

    /**
     * A measurement taken at prompts more than {@link #FAR}× longer or shorter than the workload's: its throughput
     * answers another question (a 128-token benchmark beside 8,000-token prompts sits ten times higher), and drawn
     * it would set the axis; the subtitle counts it instead.
     */
    static boolean farFrom(Measurement m, Workload w) {
        if (m.inputTokens() == null) {
            return false;
        }
        double ratio = (double) m.inputTokens() / w.inputTokens();
        return ratio > FAR || ratio < 1 / FAR;
    }

    static final double FAR = 4;

    /** Small hollow rings in the system's colour: batch marks, unlike the solid current-batch dot. */
    private static XYLineAndShapeRenderer markRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setDefaultSeriesVisibleInLegend(false);
        r.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
        r.setAutoPopulateSeriesShape(false);
        r.setUseFillPaint(true);
        r.setDefaultFillPaint(java.awt.Color.WHITE);
        r.setDrawOutlines(true);
        r.setDefaultOutlineStroke(new java.awt.BasicStroke(2.2f));
        r.setAutoPopulateSeriesOutlineStroke(false);
        return r;
    }

    /**
     * "b 64" beside each mark, dropped where it cannot be placed clear of other labels, markers and its own curve
     * (the ring stays); none at the current batch, which has its own label.
     */
    private static void labelMarks(LabelLayer labels, List<SystemOutcome> systems,
            List<List<BatchMarks.Mark>> allMarks) {
        for (int i = 0; i < systems.size(); i++) {
            int currentBatch = systems.get(i).physics().current().map(FrontierPoint::batch).orElse(-1);
            for (BatchMarks.Mark m : allMarks.get(i)) {
                if (m.batch() != currentBatch) {
                    labels.point("b " + m.batch(), Palette.ANNOTATION, Palette.system(i), m.tokensPerSecPerUser(),
                            m.outputTokensPerSecPerGpu(), 5, new LabelLayer.SeriesKey(CURVES, i), false);
                }
            }
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
