package dev.ridgeline.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Light (white, for projectors and slides) or dark. Applied after a chart is drawn from results: swaps the
 * neutral colours of background, text, axes, grid and markers; the systems' colours stay as they are.
 */
public enum ChartTheme {
    LIGHT(Color.WHITE, Palette.INK, Palette.MUTED, Palette.GRID),
    DARK(new Color(0x0D1117), new Color(0xE6EDF3), new Color(0x9DA7B3), new Color(0x30363D));

    private final Color background;
    private final Color ink;
    private final Color muted;
    private final Color grid;

    ChartTheme(Color background, Color ink, Color muted, Color grid) {
        this.background = background;
        this.ink = ink;
        this.muted = muted;
        this.grid = grid;
    }

    public Color background() {
        return background;
    }

    Color grid() {
        return grid;
    }

    /**
     * A chart text colour in this theme: light ink and muted text become this theme's, any other colour (a system's,
     * the alert red) is made readable on this background (WCAG AA, see {@link Palette#readable}).
     */
    public Color text(Color lightThemeColour) {
        if (Palette.INK.equals(lightThemeColour)) {
            return ink;
        }
        if (Palette.MUTED.equals(lightThemeColour)) {
            return muted;
        }
        return Palette.readable(lightThemeColour, background);
    }

    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(ink);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(background);
                legend.setItemPaint(ink);
            } else if (t instanceof TextTitle text) {
                text.setPaint(muted);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlinePaint(grid);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            axes(xy.getDomainAxis(), xy.getRangeAxis());
            java.util.Collection<?> markers = xy.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            if (markers != null) {
                markers.forEach(m -> marker((Marker) m));
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                // hollow markers (the frontier's batch marks) are filled with the background
                if (xy.getRenderer(i) instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r) {
                    if (r.getUseFillPaint()) {
                        r.setDefaultFillPaint(background);
                    }
                    // the measured diamonds' ink outline
                    if (r.getUseOutlinePaint() && neutral(r.getDefaultOutlinePaint()) != r.getDefaultOutlinePaint()) {
                        r.setDefaultOutlinePaint(neutral(r.getDefaultOutlinePaint()));
                    }
                }
            }
            xy.getAnnotations().forEach(a -> {
                if (a instanceof LabelLayer layer) {
                    layer.setTheme(this);
                } else if (a instanceof XYTextAnnotation text) {
                    text.setPaint(neutral(text.getPaint()));
                    if (text.getBackgroundPaint() != null) {
                        text.setBackgroundPaint(background);
                    }
                } else if (a instanceof XYTitleAnnotation box && box.getTitle() instanceof CompositeTitle c) {
                    c.setBackgroundPaint(background);
                    c.getContainer().getBlocks().forEach(b -> {
                        if (b instanceof org.jfree.chart.block.LabelBlock label) {
                            label.setPaint(neutral(label.getPaint()));
                        }
                    });
                }
            });
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            axes(cat.getDomainAxis(), cat.getRangeAxis());
            cat.getAnnotations().forEach(a -> {
                if (a instanceof MemoryChart.CapacityLabel label) {
                    label.setTheme(this);
                } else if (a instanceof CategoryTextAnnotation text) {
                    text.setPaint(muted);
                }
            });
            LegendItemCollection items = cat.getFixedLegendItems();
            for (int i = 0; items != null && i < items.getItemCount(); i++) {
                items.get(i).setLabelPaint(ink);
            }
        }
    }

    private void axes(Axis... axes) {
        for (Axis axis : axes) {
            axis.setLabelPaint(ink);
            axis.setTickLabelPaint(ink);
            axis.setAxisLinePaint(muted);
            axis.setTickMarkPaint(muted);
        }
    }

    private void marker(Marker m) {
        m.setPaint(ink);
        m.setLabelPaint(ink);
    }

    /** Neutral ink (either theme's) becomes this theme's; a system's colour is kept. */
    private Paint neutral(Paint p) {
        for (ChartTheme t : values()) {
            if (t.ink.equals(p)) {
                return ink;
            }
            if (t.muted.equals(p)) {
                return muted;
            }
        }
        return p;
    }
}
