package dev.ridgeline.charts;

import java.awt.BasicStroke;
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
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Measured against modeled throughput per GPU, log-log: one filled point per measurement the profile was fitted to
 * (the calibrated model), coloured by accelerator (a scenario system's colour where one runs it) and shaped by
 * model, a hollow grey point for the uncalibrated model, the line y = x and a ±15 % band. Points the user imported
 * ("yours") are stars with a heavy outline, in the same accelerator colours, in series of their own. Hovering a
 * point gives its id, ISL/OSL, measured, modeled, held-out prediction and residuals.
 */
public final class CalibrationChart {
    public static final String TITLE = "Measured vs modeled throughput";
    /** The band drawn around y = x: a point inside it is modeled within ±15 %. */
    public static final double BAND = 0.15;
    static final int CALIBRATED = 0;
    static final int ROOFLINE = 1;
    static final int IDENTITY = 2;
    private static final Color ROOFLINE_GREY = new Color(0x8C959F);
    /** The legend line for the markers; the star is added when the user's own points are drawn. */
    static final String KEY = "filled: calibrated model   ○ grey: roofline (uncalibrated)   line y = x, band ±15 %";
    static final String KEY_WITH_YOURS = "filled: calibrated model   ★ yours   ○ grey: roofline (uncalibrated)   "
            + "line y = x, band ±15 %";

    private CalibrationChart() {
    }

    public static JFreeChart create() {
        LogAxis x = ChartStyle.logAxis("Measured output tok/s per GPU", "Measured tok/s/GPU");
        LogAxis y = ChartStyle.logAxis("Modeled output tok/s per GPU", "Modeled tok/s/GPU", "tok/s/GPU");
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer(false, true));
        plot.setDataset(ROOFLINE, new XYSeriesCollection());
        plot.setDataset(IDENTITY, new YIntervalSeriesCollection());
        ChartStyle.grid(plot);
        JFreeChart chart = ChartStyle.chart(TITLE, plot);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 22)); // room for the last decade's label
        chart.addSubtitle(ChartStyle.subtitle(KEY));
        ChartStyle.basisSubtitle(chart, "computing…");
        return chart;
    }

    /**
     * Draws the fit's points.
     *
     * @param systemAccelerators the scenario's systems' accelerator ids, in order: a point on one of them takes
     *                           that system's colour
     */
    public static void update(JFreeChart chart, CalibrationFit fit, List<String> systemAccelerators) {
        XYPlot plot = chart.getXYPlot();
        plot.setNotify(false);
        try {
            Map<String, Color> colours = colours(fit, systemAccelerators);
            List<String> models = fit.points().stream().map(p -> p.measurement().model()).distinct().toList();
            // one series per accelerator × model (and yours apart), in the order the profile lists them
            Map<String, List<CalibrationFit.Point>> groups = new LinkedHashMap<>();
            for (CalibrationFit.Point p : fit.points()) {
                groups.computeIfAbsent(p.measurement().accelerator() + "|" + p.measurement().model() + "|"
                        + p.yours(), k -> new ArrayList<>()).add(p);
            }
            XYSeriesCollection calibrated = new XYSeriesCollection();
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setUseOutlinePaint(true);
            dots.setDefaultOutlinePaint(Palette.INK);
            dots.setDefaultOutlineStroke(new BasicStroke(1f));
            dots.setDrawOutlines(true);
            List<List<CalibrationFit.Point>> seriesPoints = new ArrayList<>();
            int s = 0;
            for (List<CalibrationFit.Point> group : groups.values()) {
                CalibrationFit.Point first = group.get(0);
                XYSeries series = new XYSeries(CalibrationFit.acceleratorLabel(first.measurement().accelerator())
                        + " · " + first.system().substring(0, first.system().indexOf(" · "))
                        + (first.yours() ? " · yours" : ""), false, true);
                group.forEach(p -> series.add(p.measured(), p.calibrated()));
                calibrated.addSeries(series);
                dots.setSeriesPaint(s, colours.get(first.measurement().accelerator()));
                if (first.yours()) {
                    dots.setSeriesShape(s, star(11));
                    dots.setLegendShape(s, star(8)); // the key's shapes are spaced for the 14 px circles
                    dots.setSeriesOutlineStroke(s, new BasicStroke(2.2f));
                } else {
                    dots.setSeriesShape(s, shape(models.indexOf(first.measurement().model())));
                }
                seriesPoints.add(group);
                s++;
            }

            XYSeriesCollection roofline = new XYSeriesCollection();
            XYSeries hollow = new XYSeries("roofline (uncalibrated)", false, true);
            fit.points().forEach(p -> hollow.add(p.measured(), p.roofline()));
            roofline.addSeries(hollow);
            XYLineAndShapeRenderer rings = new XYLineAndShapeRenderer(false, true);
            rings.setSeriesShapesFilled(0, false);
            rings.setSeriesPaint(0, ROOFLINE_GREY);
            rings.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
            rings.setSeriesStroke(0, new BasicStroke(1.6f));

            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (CalibrationFit.Point p : fit.points()) {
                lo = Math.min(lo, Math.min(p.measured(), Math.min(p.calibrated(), p.roofline())));
                hi = Math.max(hi, Math.max(p.measured(), Math.max(p.calibrated(), p.roofline())));
            }
            if (fit.points().isEmpty()) {
                lo = 100;
                hi = 100_000;
            }
            // whole decades, so each axis has at least three labelled ticks (100, 1k, 10k …)
            double from = Math.pow(10, Math.floor(Math.log10(lo / 1.2)));
            double to = Math.pow(10, Math.ceil(Math.log10(hi * 1.2)));
            YIntervalSeriesCollection identity = new YIntervalSeriesCollection();
            YIntervalSeries line = new YIntervalSeries("y = x, ±15 %", false, true);
            // y = x is straight on log-log axes: points along it keep the band's edges straight too
            for (int k = 0; k <= 8; k++) {
                double v = from * Math.pow(to / from, k / 8.0);
                line.add(v, v, v * (1 - BAND), v * (1 + BAND));
            }
            identity.addSeries(line);
            DeviationRenderer band = new DeviationRenderer(true, false);
            band.setAlpha(0.14f);
            band.setSeriesPaint(0, Palette.MUTED);
            band.setSeriesFillPaint(0, Palette.MUTED);
            band.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {8f, 6f}, 0f));

            plot.setDataset(CALIBRATED, calibrated);
            plot.setRenderer(CALIBRATED, dots);
            plot.setDataset(ROOFLINE, roofline);
            plot.setRenderer(ROOFLINE, rings);
            plot.setDataset(IDENTITY, identity);
            plot.setRenderer(IDENTITY, band);
            plot.getDomainAxis().setRange(from, to);
            plot.getRangeAxis().setRange(from, to);

            Tooltips.register(chart, CALIBRATED, (d, series, item) -> tooltip(seriesPoints.get(series).get(item)));
            boolean anyYours = fit.points().stream().anyMatch(CalibrationFit.Point::yours);
            for (Object t : chart.getSubtitles()) {
                if (t instanceof org.jfree.chart.title.TextTitle title && !(t instanceof ChartStyle.BasisTitle)
                        && (KEY.equals(title.getText()) || KEY_WITH_YOURS.equals(title.getText()))) {
                    title.setText(anyYours ? KEY_WITH_YOURS : KEY);
                }
            }
            Tooltips.register(chart, ROOFLINE, (d, series, item) -> tooltip(fit.points().get(item)));
            ChartStyle.basisSubtitle(chart, String.format("%d points%s · cross-validated MAPE %s · in-sample %s",
                    fit.points().size(), anyYours ? " (" + fit.yoursCount() + " yours)" : "",
                    CalibrationBasis.percent(fit.profile().crossValidatedMapePercent()),
                    CalibrationBasis.percent(fit.profile().inSampleMapePercent())));
        } finally {
            plot.setNotify(true);
        }
    }

    /** Every figure of one point, one per line, with units. */
    public static String tooltip(CalibrationFit.Point p) {
        String metric = p.metric() + " tok/s/GPU";
        return String.join("\n",
                p.measurement().id() + (p.yours() ? "  (yours: " + p.measurement().source() + ")" : ""),
                p.system() + " · ISL/OSL " + p.lengths(),
                "measured " + Formats.fixed(p.measured(), 0) + " " + metric,
                "modeled (calibrated) " + Formats.fixed(p.calibrated(), 0) + "  " + CalibrationBasis.signedPercent(
                        p.ratio()),
                "held-out (CV) " + (Double.isNaN(p.heldOut()) ? "–" : Formats.fixed(p.heldOut(), 0) + "  "
                        + CalibrationBasis.signedPercent(p.heldOutRatio())),
                "roofline (uncalibrated) " + Formats.fixed(p.roofline(), 0) + "  "
                        + CalibrationBasis.signedPercent(p.rooflineRatio()));
    }

    /**
     * A colour per accelerator: the first scenario system's on that accelerator, else the next colour no system
     * uses, so the same part reads the same here as on the other charts.
     */
    public static Map<String, Color> colours(CalibrationFit fit, List<String> systemAccelerators) {
        Map<String, Color> colours = new LinkedHashMap<>();
        int spare = systemAccelerators.size();
        for (CalibrationFit.Point p : fit.points()) {
            String id = p.measurement().accelerator();
            if (!colours.containsKey(id)) {
                int system = systemAccelerators.indexOf(id);
                colours.put(id, Palette.system(system >= 0 ? system : spare++));
            }
        }
        return colours;
    }

    /** A five-pointed star {@code 2 × outer} px across: one of the user's own points. */
    static Shape star(double outer) {
        Path2D.Double star = new Path2D.Double();
        double inner = outer * 0.42;
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            if (k == 0) {
                star.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                star.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        star.closePath();
        return star;
    }

    /** Circle, square, triangle, diamond: one per model. */
    static Shape shape(int model) {
        return switch (Math.floorMod(model, 4)) {
            case 0 -> new Ellipse2D.Double(-7, -7, 14, 14);
            case 1 -> new Rectangle2D.Double(-6.5, -6.5, 13, 13);
            case 2 -> {
                Path2D.Double t = new Path2D.Double();
                t.moveTo(0, -8);
                t.lineTo(8, 6);
                t.lineTo(-8, 6);
                t.closePath();
                yield t;
            }
            default -> FrontierChart.diamond();
        };
    }
}
