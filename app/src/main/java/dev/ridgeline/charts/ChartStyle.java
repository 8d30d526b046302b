package dev.ridgeline.charts;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look every chart shares on screen and in exports: white, large type, light grid. */
public final class ChartStyle {
    private ChartStyle() {
    }

    public static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new RidgelineChart(title, plot);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setPaint(Palette.INK);
        chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        chart.getTitle().setPadding(new RectangleInsets(6, 10, 2, 10));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(Palette.LEGEND);
        legend.setItemPaint(Palette.INK);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Palette.GRID);
        // room above the plot for half a tick label: a tick at the top edge is centred on it
        plot.setInsets(new RectangleInsets(12, 8, 4, 8));
        return chart;
    }

    /** Lines only, each series stroked as one path: 256-point curves draw in one call, not 255. */
    public static org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines() {
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    public static void grid(XYPlot plot) {
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    public static void axis(Axis axis) {
        axis.setLabelFont(Palette.AXIS_LABEL);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(Palette.TICK_LABEL);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAxisLinePaint(Palette.MUTED);
        axis.setTickMarkPaint(Palette.MUTED);
    }

    /**
     * A base-10 log axis labelled at decades (1, 10, 100, 1k …), never at 10^0.2; its title falls back to the
     * {@code shorter} forms in turn where the plot is too short for it.
     */
    public static LogAxis logAxis(String label, String... shorter) {
        LogAxis axis = new DecadeLogAxis(label, List.of(shorter));
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickCount(9);
        axis.setNumberFormatOverride(new CompactNumberFormat());
        axis.setSmallestValue(1e-6);
        axis(axis);
        return axis;
    }

    /** A linear axis; its title falls back to the {@code shorter} forms in turn where the plot is too small. */
    public static NumberAxis numberAxis(String label, String... shorter) {
        NumberAxis axis = new AxisTitles.FittedNumberAxis(label, List.of(shorter));
        // room around each tick label, so a full-screen axis steps 2,000 not 500 (JFreeChart packs labels tight)
        axis.setTickLabelInsets(new RectangleInsets(7, 7, 7, 7));
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        axis(axis);
        return axis;
    }

    /**
     * A dashed vertical line at the target interactivity, labelled beside it (never across it) from the top or the
     * bottom of the plot, wherever the chart's other labels leave room.
     */
    static org.jfree.chart.plot.ValueMarker targetMarker(double tokensPerSecPerUser, LabelLayer labels,
            boolean labelAtTop) {
        org.jfree.chart.plot.ValueMarker marker = new org.jfree.chart.plot.ValueMarker(tokensPerSecPerUser,
                Palette.INK, Palette.MARKER);
        labels.beside("target " + Formats.fixed(tokensPerSecPerUser, 0) + " tok/s/user", Palette.ANNOTATION_BOLD,
                Palette.INK, marker, !labelAtTop, false);
        return marker;
    }

    /** A muted key line under the title, in the first of its forms that fits on one line (see FittedTitle). */
    public static TextTitle subtitle(String text, String... shorter) {
        TextTitle t = new FittedTitle(forms(text, shorter), Palette.ANNOTATION);
        t.setPaint(Palette.MUTED);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 10, 4, 10));
        return t;
    }

    private static List<String> forms(String text, String... shorter) {
        List<String> forms = new java.util.ArrayList<>(List.of(text));
        forms.addAll(List.of(shorter));
        return forms;
    }

    /** Sets a subtitle made by {@link #subtitle} to new text (and shorter forms). */
    static void setSubtitle(TextTitle title, String text, String... shorter) {
        ((FittedTitle) title).setForms(forms(text, shorter));
    }

    /** The line under a chart's key that says what its modeled figures rest on (calibrated or roofline). */
    static final class BasisTitle extends FittedTitle {
        BasisTitle(List<String> forms) {
            super(forms, Palette.ANNOTATION_BOLD);
        }
    }

    /** Sets the chart's basis line (and shorter forms for narrow charts), adding it under the others the first time. */
    public static void basisSubtitle(JFreeChart chart, String text, String... shorter) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof BasisTitle t) {
                t.setForms(forms(text, shorter));
                return;
            }
        }
        BasisTitle t = new BasisTitle(forms(text, shorter));
        t.setPaint(Palette.MUTED);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 10, 4, 10));
        chart.addSubtitle(t);
    }

    /** The chart's basis line, or null if it has none. */
    public static String basisSubtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof BasisTitle t) {
                return t.getText();
            }
        }
        return null;
    }

    /** 0.001, 0.01, 0.1, 1, 10, 100, 1k, 10k, 100k, 1M: short labels for log decades. */
    static final class CompactNumberFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(Formats.compact(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            return null;
        }
    }
}
