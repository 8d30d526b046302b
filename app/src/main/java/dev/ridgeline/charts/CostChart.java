package dev.ridgeline.charts;

import dev.ridgeline.economics.CostPoint;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * $ per million output tokens against tok/s/user: on-demand solid, spot dashed, from the modeled frontier;
 * the costed point at the target (measured where pinned) labelled with its price.
 */
public final class CostChart {
    public static final String TITLE = "Cost per million output tokens";
    private static final int ON_DEMAND = 0;
    private static final int SPOT = 1;
    private static final int AT_TARGET = 2;
    private static final String KEY = "solid: on-demand   dashed: spot   ● at the target";

    private CostChart() {
    }

    public static JFreeChart create() {
        NumberAxis x = ChartStyle.numberAxis("Interactivity (tok/s per user)");
        LogAxis y = ChartStyle.logAxis("Cost ($ per million output tokens)");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(true, false));
        plot.setDataset(SPOT, new XYSeriesCollection());
        plot.setDataset(AT_TARGET, new XYSeriesCollection());
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.addSubtitle(ChartStyle.subtitle(KEY));
        return chart;
    }

    public static void update(JFreeChart chart, ScenarioResults results, int selected) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            XYSeriesCollection onDemand = new XYSeriesCollection();
            XYSeriesCollection spot = new XYSeriesCollection();
            XYSeriesCollection atTarget = new XYSeriesCollection();
            XYLineAndShapeRenderer solid = ChartStyle.lines();
            XYLineAndShapeRenderer dashed = ChartStyle.lines();
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dashed.setDefaultSeriesVisibleInLegend(false);
            dots.setDefaultSeriesVisibleInLegend(false);
            dots.setUseOutlinePaint(true);
            dots.setDefaultOutlinePaint(java.awt.Color.WHITE);
            dots.setDrawOutlines(true);
            plot.clearAnnotations();
            plot.clearDomainMarkers();
            List<SystemOutcome> systems = results.systems();
            for (int i = 0; i < systems.size(); i++) {
                SystemOutcome o = systems.get(i);
                SystemEconomics e = o.economics();
                XYSeries od = new XYSeries(o.label(), false, true);
                XYSeries sp = new XYSeries(o.label() + " spot", false, true);
                for (CostPoint p : e.costFrontier()) {
                    if (p.onDemandPerMillion() != null) {
                        od.add(p.tokensPerSecPerUser(), p.onDemandPerMillion());
                    }
                    if (p.spotPerMillion() != null) {
                        sp.add(p.tokensPerSecPerUser(), p.spotPerMillion());
                    }
                }
                onDemand.addSeries(od);
                spot.addSeries(sp);
                solid.setSeriesPaint(i, Palette.system(i));
                solid.setSeriesStroke(i, Palette.LINE);
                dashed.setSeriesPaint(i, Palette.system(i));
                dashed.setSeriesStroke(i, Palette.DASHED);

                XYSeries target = new XYSeries(o.label() + " at target", false, true);
                if (e.hasCost()) {
                    addIfPriced(target, e.interactivity(), e.outputOnDemandPerMillion());
                    addIfPriced(target, e.interactivity(), e.outputSpotPerMillion());
                }
                atTarget.addSeries(target);
                dots.setSeriesPaint(i, Palette.system(i));
                dots.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
            }
            double targetTps = results.scenario().workload().targetTokensPerSecPerUser();
            plot.addDomainMarker(ChartStyle.targetMarker(targetTps, false));
            Tooltips.register(chart, ON_DEMAND, (d, s, item) -> tooltip(systems, s, item, "on-demand"));
            Tooltips.register(chart, SPOT, (d, s, item) -> tooltip(systems, s, item, "spot"));
            Tooltips.register(chart, AT_TARGET, (d, s, item) -> {
                SystemEconomics e = systems.get(s).economics();
                return String.format("%s at the target (%s throughput %s output tok/s/GPU): %s/M", systems.get(s).label(),
                        e.costBasis(), Formats.fixed(e.outputTokensPerSecPerGpu(), 0),
                        Formats.dollars(d.getYValue(s, item)));
            });
            plot.addAnnotation(comparison(results));
            plot.setDataset(ON_DEMAND, onDemand);
            plot.setRenderer(ON_DEMAND, solid);
            plot.setDataset(SPOT, spot);
            plot.setRenderer(SPOT, dashed);
            plot.setDataset(AT_TARGET, atTarget);
            plot.setRenderer(AT_TARGET, dots);
            // the basis on the key's line: a line of its own would cost the plot its height in the grid
            ((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).setText(KEY + "   curves " + shortBasis(results));
        } finally {
            plot.setNotify(true);
        }
    }

    /** "calibrated, CV ±7.9 %", "roofline (uncalibrated)", or both where the profile does not cover a system. */
    static String shortBasis(ScenarioResults results) {
        long calibrated = results.systems().stream().filter(CalibrationBasis::calibrated).count();
        if (calibrated == 0) {
            return CalibrationBasis.ROOFLINE;
        }
        String text = "calibrated, CV ±" + CalibrationBasis.percent(CalibrationBasis.profile(results.scenario())
                .crossValidatedMapePercent());
        return calibrated < results.systems().size() ? text + "; others roofline" : text;
    }

    private static void addIfPriced(XYSeries series, double x, Double y) {
        if (y != null) {
            series.add(x, y);
        }
    }

    /** The comparison at the target, one line per system in its colour, in the plot's top-right corner. */
    static XYTitleAnnotation comparison(ScenarioResults results) {
        BlockContainer lines = new BlockContainer(new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP,
                0, 2));
        double target = results.scenario().workload().targetTokensPerSecPerUser();
        lines.add(new LabelBlock("At " + Formats.fixed(target, 0) + " tok/s/user: on-demand / spot $/M",
                Palette.ANNOTATION_BOLD, Palette.INK));
        List<SystemOutcome> systems = results.systems();
        for (int i = 0; i < systems.size(); i++) {
            SystemEconomics e = systems.get(i).economics();
            String text = e.hasCost()
                    ? String.format("%s  %s / %s  (%s)", systems.get(i).label(), price(e.outputOnDemandPerMillion()),
                            price(e.outputSpotPerMillion()), e.costBasis())
                    : systems.get(i).label() + "  cannot meet the target";
            lines.add(new LabelBlock(text, Palette.ANNOTATION_BOLD, Palette.system(i)));
        }
        CompositeTitle box = new CompositeTitle(lines);
        box.setBackgroundPaint(new java.awt.Color(255, 255, 255, 230));
        box.setFrame(new BlockBorder(Palette.GRID));
        box.setPadding(new RectangleInsets(6, 8, 6, 8));
        return new XYTitleAnnotation(0.99, 0.98, box, RectangleAnchor.TOP_RIGHT);
    }

    private static String price(Double perMillion) {
        return perMillion == null ? "–" : Formats.dollars(perMillion);
    }

    private static String tooltip(List<SystemOutcome> systems, int series, int item, String kind) {
        SystemOutcome o = systems.get(series);
        CostPoint p = o.economics().costFrontier().stream()
                .filter(c -> "spot".equals(kind) ? c.spotPerMillion() != null : c.onDemandPerMillion() != null)
                .toList().get(item);
        double cost = "spot".equals(kind) ? p.spotPerMillion() : p.onDemandPerMillion();
        return String.format("%s — batch %d, %s: %s/M output tokens at %s tok/s/user (modeled, %s)", o.label(),
                p.batch(), kind, Formats.dollars(cost), Formats.sig3(p.tokensPerSecPerUser()),
                CalibrationBasis.calibrated(o) ? "calibrated" : CalibrationBasis.ROOFLINE);
    }
}
