package dev.ridgeline.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY chart's labels, laid out when the chart is drawn, at whatever size: the same chart is drawn at 600 to
 * 1,300 px. Added last, it draws over the data; it reads the plot's lines, markers and domain markers as
 * obstacles (see {@link LabelPlacer}), places an optional key box in a corner, then its labels in the order added
 * (the first added wins a contested spot), and draws dashed guides from a point down to the axis.
 */
final class LabelLayer extends AbstractXYAnnotation {
    /** Space inside the plot frame kept clear of labels. */
    private static final double INSET = 3;
    private static final double PAD = 2;

    /** A curve or a series of markers: dataset index and series, as obstacles are tagged. */
    record SeriesKey(int dataset, int series) {
    }

    /** A dashed line from (x, y) straight down to the bottom of the plot, in a system's colour. */
    record Guide(double x, double y, Color colour) {
    }

    /** A line of the key box, with a shorter form for where the full box would cover curves or not fit. */
    record BoxLine(String text, String shortText, Font font, Color colour) {
    }

    /**
     * A label at data point ({@code x}, {@code y}): around a marker of {@code radius} px, or, when {@code line} is a
     * {@link Guide} or a {@link ValueMarker}, beside that line from its top or its bottom.
     */
    record Text(String text, Font font, Color colour, boolean background, double x, double y, double radius,
            Object own, Object line, boolean fromBottom, boolean required) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private final List<BoxLine> box = new ArrayList<>();
    private ChartTheme theme = ChartTheme.LIGHT;

    /** A label around a point marker; {@code own} is the line it names (a {@link SeriesKey}) or null. */
    void point(String text, Font font, Color colour, double x, double y, double radius, Object own,
            boolean required) {
        texts.add(new Text(text, font, colour, false, x, y, radius, own, null, false, required));
    }

    /** A label beside a vertical line (a {@link Guide} or a {@link ValueMarker} of the plot), never across it. */
    void beside(String text, Font font, Color colour, Object line, boolean fromBottom, boolean background) {
        double x = line instanceof Guide g ? g.x() : ((ValueMarker) line).getValue();
        texts.add(new Text(text, font, colour, background, x, Double.NaN, 0, line, line, fromBottom, true));
    }

    void guide(Guide guide) {
        guides.add(guide);
    }

    void boxLine(BoxLine line) {
        box.add(line);
    }

    /** Colours text for the theme's background ({@link ChartTheme#text}); the chart redraws. */
    void setTheme(ChartTheme value) {
        theme = value;
        fireAnnotationChanged();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        Rectangle2D area = new Rectangle2D.Double(dataArea.getX() + INSET, dataArea.getY() + INSET,
                dataArea.getWidth() - 2 * INSET, dataArea.getHeight() - 2 * INSET);
        Axes axes = new Axes(plot, dataArea, domainAxis, rangeAxis);
        LabelPlacer placer = new LabelPlacer(area);
        obstacles(placer, plot, axes);
        java.awt.Stroke stroke = g2.getStroke();
        for (Guide g : guides) {
            double x = axes.x(g.x());
            double y = Math.max(dataArea.getMinY(), axes.y(g.y()));
            placer.line(new double[] {x, x}, new double[] {y, dataArea.getMaxY()}, 2, g);
            g2.setPaint(g.colour());
            g2.setStroke(Palette.MARKER);
            g2.draw(new Line2D.Double(x, y, x, dataArea.getMaxY()));
        }
        g2.setStroke(stroke);
        KeyBox.draw(g2, placer, area, box, theme);
        for (Text t : texts) {
            Rectangle2D text = t.font().getStringBounds(t.text(), g2.getFontRenderContext());
            double w = text.getWidth() + 2 * PAD;
            double h = text.getHeight() + 2 * PAD;
            List<Rectangle2D> candidates;
            java.awt.geom.Point2D anchor = null;
            if (t.line() == null) {
                anchor = new java.awt.geom.Point2D.Double(axes.x(t.x()), axes.y(t.y()));
                // a label that may be dropped stays next to its point, never where it could name another
                candidates = LabelPlacer.aroundPoint(axes.x(t.x()), axes.y(t.y()), w, h, t.radius(), t.required());
            } else {
                double top = t.line() instanceof Guide g ? Math.max(area.getMinY(), axes.y(g.y())) : area.getMinY();
                candidates = LabelPlacer.besideVertical(axes.x(t.x()), top, area.getMaxY(), w, h, t.fromBottom());
            }
            Rectangle2D at = placer.place(candidates, t.own(), t.required(), anchor);
            if (at == null) {
                continue; // the hover text still gives it
            }
            if (t.background()) {
                g2.setPaint(theme.background());
                g2.fill(at);
            }
            g2.setFont(t.font());
            g2.setPaint(theme.text(t.colour()));
            g2.drawString(t.text(), (float) (at.getX() + PAD), (float) (at.getY() + PAD - text.getY()));
        }
    }

    /** The plot's curves and marker lines (lines) and its data markers (blockers), in Java2D space. */
    private static void obstacles(LabelPlacer placer, XYPlot plot, Axes axes) {
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer renderer = data == null ? null : plot.getRendererForDataset(data);
            if (!(renderer instanceof XYLineAndShapeRenderer r) || renderer instanceof DeviationRenderer) {
                continue; // the calibration band is a light fill: labels may sit on it
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                int n = data.getItemCount(s);
                if (n == 0 || !r.isSeriesVisible(s)) {
                    continue;
                }
                if (r.getItemLineVisible(s, 0)) {
                    line(placer, data, s, axes, new SeriesKey(d, s));
                }
                for (int i = 0; i < n && r.getItemShapeVisible(s, 0); i++) {
                    double x = axes.x(data.getXValue(s, i));
                    double y = axes.y(data.getYValue(s, i));
                    if (Double.isFinite(x) && Double.isFinite(y)) {
                        placer.blocker(java.awt.geom.AffineTransform.getTranslateInstance(x, y)
                                .createTransformedShape(r.getItemShape(s, i)), new SeriesKey(d, s));
                    }
                }
            }
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            Collection<?> markers = plot.getDomainMarkers(layer);
            for (Object m : markers == null ? List.of() : markers) {
                if (m instanceof ValueMarker v) {
                    double x = axes.x(v.getValue());
                    placer.line(new double[] {x, x}, new double[] {axes.area.getMinY(), axes.area.getMaxY()}, 2, v);
                }
            }
        }
    }

    /** A series as a polyline, points closer than 1.5 px to the last one kept left out. */
    private static void line(LabelPlacer placer, XYDataset data, int s, Axes axes, Object tag) {
        int n = data.getItemCount(s);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double x = axes.x(data.getXValue(s, i));
            double y = axes.y(data.getYValue(s, i));
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            boolean near = kept > 0 && Math.abs(x - xs[kept - 1]) < 1.5 && Math.abs(y - ys[kept - 1]) < 1.5;
            if (near && i < n - 1) {
                continue;
            }
            xs[kept] = x;
            ys[kept] = y;
            kept++;
        }
        placer.line(xs, ys, kept, tag);
    }

    /** Data to Java2D for this draw (vertical orientation only: all Ridgeline XY charts). */
    private record Axes(XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range) {
        double x(double v) {
            return domain.valueToJava2D(v, area, plot.getDomainAxisEdge());
        }

        double y(double v) {
            return range.valueToJava2D(v, area, plot.getRangeAxisEdge());
        }
    }
}
