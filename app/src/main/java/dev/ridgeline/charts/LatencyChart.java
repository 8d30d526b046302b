package dev.ridgeline.charts;

import dev.ridgeline.evaluation.LatencyUnderLoad;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.LoadLatency;
import java.awt.BasicStroke;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Issue 14: TTFT p90 (solid), TTFT p50 (dashed) and TPOT (thin) against the requests per second per GPU, per system,
 * from idle to 98 % of what it can carry (MODEL.md §2, "Load and latency": an M/D/1 prefill queue whose service time
 * grows with the decode batch beside each prompt, TPOT off the frontier; a disaggregated system's pools at their
 * costed ratio). The TTFT knee is where the prefill queue takes over; a dot marks the costed fleet at the peak.
 */
public final class LatencyChart {
    public static final String TITLE = "Latency under load";
    /** Loads drawn per system: enough for the knee, cheap to recompute per frame. */
    static final int POINTS = 48;
    private static final int P90 = 0;
    private static final int P50 = 1;
    private static final int TPOT = 2;
    private static final int AT_PEAK = 3;
    private static final Stroke THIN = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final String KEY = "solid: TTFT p90   dashed: TTFT p50   thin: TPOT   ● at the peak";
    private static final String SHORT_KEY = "TTFT p90 solid, p50 dashed, TPOT thin, ● peak";

    private LatencyChart() {
    }

    public static JFreeChart create() {
        NumberAxis x = ChartStyle.numberAxis("Requests per second per GPU", "req/s per GPU");
        LogAxis y = ChartStyle.logAxis("Latency (ms)", "ms");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(true, false));
        plot.setDataset(P50, new XYSeriesCollection());
        plot.setDataset(TPOT, new XYSeriesCollection());
        plot.setDataset(AT_PEAK, new XYSeriesCollection());
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 22)); // room for the last tick's label
        chart.addSubtitle(ChartStyle.subtitle(KEY, "TTFT p90 solid, p50 dashed, TPOT thin"));
        return chart;
    }

    /** The curve one system draws: what {@link ChartKind#drawnFrom} keys the picture on. */
    static List<LatencyUnderLoad.Point> curve(SystemOutcome o, Workload w) {
        return LatencyUnderLoad.curve(o, w, POINTS);
    }

    static Optional<LatencyUnderLoad.Point> atPeak(SystemOutcome o, Workload w) {
        return LatencyUnderLoad.atPeak(o, w);
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            Workload w = results.scenario().workload();
            XYSeriesCollection p90 = new XYSeriesCollection();
            XYSeriesCollection p50 = new XYSeriesCollection();
            XYSeriesCollection tpot = new XYSeriesCollection();
            XYSeriesCollection peak = new XYSeriesCollection();
            XYLineAndShapeRenderer solid = ChartStyle.lines();
            XYLineAndShapeRenderer dashed = ChartStyle.lines();
            XYLineAndShapeRenderer thin = ChartStyle.lines();
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dashed.setDefaultSeriesVisibleInLegend(false);
            thin.setDefaultSeriesVisibleInLegend(false);
            dots.setDefaultSeriesVisibleInLegend(false);
            dots.setUseOutlinePaint(true);
            dots.setDefaultOutlinePaint(java.awt.Color.WHITE);
            dots.setDrawOutlines(true);
            plot.clearAnnotations();
            LabelLayer labels = new LabelLayer();
            labels.boxLine(new LabelLayer.BoxLine("At the peak: TTFT p50 / p90, TPOT", "At the peak",
                    Palette.ANNOTATION_BOLD, Palette.INK));
            List<SystemOutcome> systems = results.systems();
            for (int i = 0; i < systems.size(); i++) {
                SystemOutcome o = systems.get(i);
                XYSeries a = new XYSeries(o.label(), false, true);
                XYSeries b = new XYSeries(o.label() + " p50", false, true);
                XYSeries c = new XYSeries(o.label() + " TPOT", false, true);
                for (LatencyUnderLoad.Point point : curve(o, w)) {
                    LoadLatency l = point.latency();
                    if (l.saturated()) {
                        continue;
                    }
                    a.add(point.requestsPerSecPerGpu(), l.ttftP90Seconds() * 1e3);
                    b.add(point.requestsPerSecPerGpu(), l.ttftP50Seconds() * 1e3);
                    c.add(point.requestsPerSecPerGpu(), l.tpotSeconds() * 1e3);
                }
                p90.addSeries(a);
                p50.addSeries(b);
                tpot.addSeries(c);
                solid.setSeriesPaint(i, Palette.system(i));
                solid.setSeriesStroke(i, Palette.LINE);
                dashed.setSeriesPaint(i, Palette.system(i));
                dashed.setSeriesStroke(i, Palette.DASHED);
                thin.setSeriesPaint(i, Palette.system(i));
                thin.setSeriesStroke(i, THIN);
                XYSeries dot = new XYSeries(o.label() + " at peak", false, true);
                Optional<LatencyUnderLoad.Point> at = atPeak(o, w);
                String line = o.label() + "  –";
                if (at.isPresent() && !at.get().latency().saturated()) {
                    LoadLatency l = at.get().latency();
                    dot.add(at.get().requestsPerSecPerGpu(), l.ttftP90Seconds() * 1e3);
                    line = String.format("%s  %s / %s ms, %s ms", o.label(), Formats.sig3(l.ttftP50Seconds() * 1e3),
                            Formats.sig3(l.ttftP90Seconds() * 1e3), Formats.sig3(l.tpotSeconds() * 1e3));
                }
                peak.addSeries(dot);
                dots.setSeriesPaint(i, Palette.system(i));
                dots.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
                labels.boxLine(new LabelLayer.BoxLine(line, line, Palette.ANNOTATION_BOLD, Palette.system(i)));
            }
            Tooltips.register(chart, P90, (d, s, item) -> String.format("%s: TTFT p90 %s ms at %s req/s per GPU",
                    systems.get(s).label(), Formats.sig3(d.getYValue(s, item)), Formats.sig3(d.getXValue(s, item))));
            Tooltips.register(chart, P50, (d, s, item) -> String.format("%s: TTFT p50 %s ms at %s req/s per GPU",
                    systems.get(s).label(), Formats.sig3(d.getYValue(s, item)), Formats.sig3(d.getXValue(s, item))));
            Tooltips.register(chart, TPOT, (d, s, item) -> String.format("%s: TPOT %s ms at %s req/s per GPU",
                    systems.get(s).label(), Formats.sig3(d.getYValue(s, item)), Formats.sig3(d.getXValue(s, item))));
            // the workload's latency targets as horizontal lines, named in the box
            plot.clearRangeMarkers();
            String targets = "";
            String shortTargets = "";
            if (w.targetTtftMs() != null) {
                plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(w.targetTtftMs(), Palette.INK, Palette.MARKER));
                targets = "   black - -: TTFT p90 target " + Formats.fixed(w.targetTtftMs(), 0) + " ms";
                shortTargets = "   - - TTFT " + Formats.fixed(w.targetTtftMs(), 0) + " ms";
            }
            // TPOT's target: the stated one, else the interactivity target's 1,000 ÷ tok/s/user
            double tpotTarget = w.targetTpotMs() != null ? w.targetTpotMs() : 1e3 / w.requiredTokensPerSecPerUser();
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(tpotTarget, Palette.MUTED, Palette.MARKER));
            targets += "   grey - -: TPOT " + (w.targetTpotMs() != null ? "target " : "at "
                    + Formats.sig3(w.requiredTokensPerSecPerUser()) + " tok/s/user, ") + Formats.sig3(tpotTarget)
                    + " ms";
            shortTargets += ", TPOT " + Formats.sig3(tpotTarget) + " ms";
            // the targets go in the key line, so the box over the plot stays four lines at most
            for (Object t : chart.getSubtitles()) {
                if (t instanceof FittedTitle title) {
                    ChartStyle.setSubtitle(title, KEY + targets, SHORT_KEY + targets, SHORT_KEY + shortTargets);
                }
            }
            plot.addAnnotation(labels);
            plot.setDataset(P90, p90);
            plot.setRenderer(P90, solid);
            plot.setDataset(P50, p50);
            plot.setRenderer(P50, dashed);
            plot.setDataset(TPOT, tpot);
            plot.setRenderer(TPOT, thin);
            plot.setDataset(AT_PEAK, peak);
            plot.setRenderer(AT_PEAK, dots);
        } finally {
            plot.setNotify(true);
        }
    }
}
