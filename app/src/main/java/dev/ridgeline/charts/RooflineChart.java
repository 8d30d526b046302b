package dev.ridgeline.charts;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.OperatingPoint;
import dev.ridgeline.serving.SystemResults;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Log-log roofline: attainable TFLOP/s against FLOP/byte, one roof per system at the weights' compute
 * precision, its ridge labelled, and where decode (batch 1, current batch) and prefill actually sit.
 */
public final class RooflineChart {
    public static final String TITLE = "Roofline";
    static final double X_MIN = 0.1;
    static final double X_MAX = 100_000;
    private static final int ROOFS = 0;
    private static final int POINTS = 1;
    private static final Shape DECODE_ONE = new Ellipse2D.Double(-7, -7, 14, 14);
    private static final Shape DECODE_CURRENT = new Rectangle2D.Double(-7, -7, 14, 14);
    private static final Shape PREFILL = triangle();

    private RooflineChart() {
    }

    public static JFreeChart create() {
        LogAxis x = ChartStyle.logAxis("Arithmetic intensity (FLOP/byte)", "FLOP/byte");
        LogAxis y = ChartStyle.logAxis("Attainable TFLOP/s per GPU", "TFLOP/s per GPU", "TFLOP/s");
        XYLineAndShapeRenderer roofs = ChartStyle.lines();
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, roofs);
        plot.setDataset(POINTS, new XYSeriesCollection());
        plot.setRenderer(POINTS, new OperatingPointRenderer(null));
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle("● decode, batch 1   ■ decode, current batch   ▲ prefill   "
                + "(dense peaks)"));
        return chart;
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            XYSeriesCollection roofs = new XYSeriesCollection();
            XYSeriesCollection points = new XYSeriesCollection();
            plot.clearAnnotations();
            LabelLayer labels = new LabelLayer();
            XYLineAndShapeRenderer roofRenderer = (XYLineAndShapeRenderer) plot.getRenderer(ROOFS);
            List<SystemOutcome> systems = results.systems();
            for (int i = 0; i < systems.size(); i++) {
                SystemResults r = systems.get(i).physics();
                double bw = r.roofline().bandwidthBytesPerSec() / 1e12;
                double peak = r.roofline().peakFlops() / 1e12;
                double ridge = r.ridgeFlopPerByte();
                XYSeries roof = new XYSeries(r.label() + " (" + r.precision() + ")", false, true);
                roof.add(X_MIN, X_MIN * bw);
                roof.add(ridge, peak);
                roof.add(X_MAX, peak);
                roofs.addSeries(roof);
                roofRenderer.setSeriesPaint(i, Palette.system(i));
                roofRenderer.setSeriesStroke(i, Palette.LINE);

                XYSeries ops = new XYSeries(r.label() + " operating points", false, true);
                for (OperatingPoint p : r.operatingPoints()) {
                    ops.add(p.flopPerByte(), p.attainedFlopsPerGpu() / 1e12);
                }
                points.addSeries(ops);
                if (i == selected) {
                    for (OperatingPoint p : r.operatingPoints()) {
                        labels.point(p.name(), Palette.ANNOTATION, Palette.system(i), p.flopPerByte(),
                                p.attainedFlopsPerGpu() / 1e12, 8, null, true);
                    }
                }
            }
            ChartAxes.range(chart, plot.getRangeAxis(), new Range(lowerBound(results), upperBound(results)));
            labelRidges(labels, systems);
            plot.setDataset(ROOFS, roofs);
            plot.setDataset(POINTS, points);
            plot.setRenderer(POINTS, new OperatingPointRenderer(results));
            plot.addAnnotation(labels);
            Tooltips.register(chart, POINTS, tooltips(results));
            Tooltips.register(chart, ROOFS, (dataset, series, item) -> String.format(
                    "%s: %s TFLOP/s at %s FLOP/byte", dataset.getSeriesKey(series),
                    Formats.sig3(dataset.getYValue(series, item)), Formats.sig3(dataset.getXValue(series, item))));
        } finally {
            plot.setNotify(true);
        }
    }

    /**
     * A dashed drop-line from each knee to the axis, the ridge written beside it (never across it) near the axis.
     * Systems with the same roof share one line and one label, in ink: three identical labels stacked said nothing.
     */
    private static void labelRidges(LabelLayer labels, List<SystemOutcome> systems) {
        Map<String, List<Integer>> byRidge = new LinkedHashMap<>();
        for (int i = 0; i < systems.size(); i++) {
            SystemResults r = systems.get(i).physics();
            String key = Formats.fixed(r.ridgeFlopPerByte(), 0) + "@" + Formats.sig3(r.roofline().peakFlops());
            byRidge.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> shared : byRidge.values()) {
            int i = shared.get(0);
            SystemResults r = systems.get(i).physics();
            LabelLayer.Guide drop = new LabelLayer.Guide(r.ridgeFlopPerByte(), r.roofline().peakFlops() / 1e12,
                    Palette.system(i));
            labels.guide(drop);
            labels.beside("ridge " + Formats.fixed(r.ridgeFlopPerByte(), 0), Palette.ANNOTATION_BOLD,
                    shared.size() == 1 ? Palette.system(i) : Palette.INK, drop, true, true);
        }
    }

    /** The decade below the lowest roof start or operating point, so nothing is clipped. */
    private static double lowerBound(ScenarioResults results) {
        double min = Double.MAX_VALUE;
        for (SystemOutcome o : results.systems()) {
            SystemResults r = o.physics();
            min = Math.min(min, X_MIN * r.roofline().bandwidthBytesPerSec() / 1e12);
            for (OperatingPoint p : r.operatingPoints()) {
                min = Math.min(min, p.attainedFlopsPerGpu() / 1e12);
            }
        }
        return Math.pow(10, Math.floor(Math.log10(min)) - 1);
    }

    private static double upperBound(ScenarioResults results) {
        double max = results.systems().stream().mapToDouble(o -> o.physics().roofline().peakFlops() / 1e12).max()
                .orElse(1);
        return Math.pow(10, Math.ceil(Math.log10(max * 1.5)));
    }

    private static XYToolTipGenerator tooltips(ScenarioResults results) {
        return (dataset, series, item) -> {
            SystemResults r = results.systems().get(series).physics();
            OperatingPoint p = r.operatingPoints().get(item);
            return String.format("%s — %s: %s FLOP/byte, %s TFLOP/s per GPU (%s %% of peak)", r.label(), p.name(),
                    Formats.sig3(p.flopPerByte()), Formats.sig3(p.attainedFlopsPerGpu() / 1e12),
                    Formats.sig3(100 * p.attainedFlopsPerGpu() / r.roofline().peakFlops()));
        };
    }

    private static Shape triangle() {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(0, -8);
        t.lineTo(8, 7);
        t.lineTo(-8, 7);
        t.closePath();
        return t;
    }

    /** Colours by system (series), shapes by the kind of operating point (item). */
    static final class OperatingPointRenderer extends XYLineAndShapeRenderer {
        private final transient ScenarioResults results;

        OperatingPointRenderer(ScenarioResults results) {
            super(false, true);
            this.results = results;
            setDefaultSeriesVisibleInLegend(false);
            setUseOutlinePaint(true);
            setDefaultOutlinePaint(Color.WHITE);
            setDrawOutlines(true);
            for (int i = 0; results != null && i < results.systems().size(); i++) {
                setSeriesPaint(i, Palette.system(i));
            }
        }

        @Override
        public Shape getItemShape(int series, int item) {
            OperatingPoint.Kind kind = results.systems().get(series).physics().operatingPoints().get(item).kind();
            return switch (kind) {
                case DECODE_BATCH_ONE -> DECODE_ONE;
                case DECODE_CURRENT -> DECODE_CURRENT;
                case PREFILL -> PREFILL;
            };
        }
    }
}
