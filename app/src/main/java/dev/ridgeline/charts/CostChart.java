package dev.ridgeline.charts;

import dev.ridgeline.economics.CostPoint;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
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
        NumberAxis x = ChartStyle.numberAxis("Interactivity (tok/s per user)", "tok/s per user");
        LogAxis y = ChartStyle.logAxis("Cost ($ per million output tokens)", "$ per M output tokens", "$/M tokens");
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
            LabelLayer labels = new LabelLayer();
            List<SystemOutcome> systems = results.systems();
            for (int i = 0; i < systems.size(); i++) {
                SystemOutcome o = systems.get(i);
                SystemEconomics e = o.economics();
                XYSeries od = new XYSeries(o.label(), false, true);
                XYSeries sp = new XYSeries(o.label() + " spot", false, true);
                for (CostPoint p : e.costFrontier()) {
                    addIfPriced(od, p.tokensPerSecPerUser(), p.onDemandPerMillion());
                    addIfPriced(sp, p.tokensPerSecPerUser(), p.spotPerMillion());
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
            comparison(results, labels);
            plot.addDomainMarker(ChartStyle.targetMarker(targetTps, labels, false));
            Tooltips.register(chart, ON_DEMAND, (d, s, item) -> tooltip(systems, s, item, "on-demand"));
            Tooltips.register(chart, SPOT, (d, s, item) -> tooltip(systems, s, item, "spot"));
            Tooltips.register(chart, AT_TARGET, (d, s, item) -> {
                SystemEconomics e = systems.get(s).economics();
                return String.format("%s at the target (%s throughput %s output tok/s/GPU): %s/M", systems.get(s).label(),
                        e.costBasis(), Formats.fixed(e.outputTokensPerSecPerGpu(), 0),
                        Formats.dollars(d.getYValue(s, item)));
            });
            plot.addAnnotation(labels);
            plot.setDataset(ON_DEMAND, onDemand);
            plot.setRenderer(ON_DEMAND, solid);
            plot.setDataset(SPOT, spot);
            plot.setRenderer(SPOT, dashed);
            plot.setDataset(AT_TARGET, atTarget);
            plot.setRenderer(AT_TARGET, dots);
            // the basis on the key's line: a line of its own would cost the plot its height in the grid
            String basis = shortBasis(results);
            ChartStyle.setSubtitle((org.jfree.chart.title.TextTitle) chart.getSubtitle(1), KEY + "   curves " + basis,
                    KEY + "   curves " + basis.replaceFirst(", CV.*", ""), KEY);
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

    /** A cost the log axis can show: a free system (price 0) has no point there, not one at −∞ (issue 13). */
    private static void addIfPriced(XYSeries series, double x, Double y) {
        if (y != null && y > 0 && Double.isFinite(y)) {
            series.add(x, y);
        }
    }

    /**
     * The comparison at the target, one line per system in its colour, in the plot corner it covers least of the
     * curves in (top right first); its short form leaves out what each price rests on.
     */
    static void comparison(ScenarioResults results, LabelLayer labels) {
        double target = results.scenario().workload().targetTokensPerSecPerUser();
        labels.boxLine(new LabelLayer.BoxLine("At " + Formats.fixed(target, 0) + " tok/s/user: on-demand / spot $/M",
                "At " + Formats.fixed(target, 0) + " tok/s/user, $/M", Palette.ANNOTATION_BOLD, Palette.INK));
        List<SystemOutcome> systems = results.systems();
        for (int i = 0; i < systems.size(); i++) {
            SystemEconomics e = systems.get(i).economics();
            String label = systems.get(i).label();
            String prices = e.hasCost() ? String.format("%s  %s / %s", label, price(e.outputOnDemandPerMillion()),
                    price(e.outputSpotPerMillion())) : label + "  cannot meet the target";
            String full = e.hasCost() ? prices + "  (" + e.costBasis() + ")" : prices;
            labels.boxLine(new LabelLayer.BoxLine(full, prices, Palette.ANNOTATION_BOLD, Palette.system(i)));
        }
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
