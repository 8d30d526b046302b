package dev.ridgeline.workbench;

import dev.ridgeline.charts.Tooltips;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;

/**
 * One live chart, drawn by Java2D into an image the size of the pane and shown as that image. JFreeChart's own
 * viewer replays every drawing command through Prism's software rasteriser on each change, which is most of a
 * drag's frame time (issue 12); an image costs the render thread one copy. Drawing is split from showing so
 * that {@link ChartGrid} can draw every changed chart first and then show them all in the same frame.
 * Type is laid out at the pane's size ÷ {@link #layoutScale()} and magnified by it: presenter mode draws the same
 * chart ×1.5 so ticks, titles and labels read from the back of the room.
 */
public final class ChartPane extends Region {
    private JFreeChart chart;
    private final ImageView view = new ImageView();
    /** Two images drawn in turn: the one on screen is never drawn into while the render thread may read it. */
    private final Slot[] slots = new Slot[2];
    private int shown = -1;
    private double layoutScale = 1.0;
    /**
     * The smallest layout a magnified chart keeps: below it the titles and legend would leave the plot no room
     * (presenter's 2×2 grid beside the controls on a small screen), so the magnification gives way first.
     */
    static final double MIN_LAYOUT_WIDTH = 600;
    static final double MIN_LAYOUT_HEIGHT = 300;
    private double minLayoutWidth = MIN_LAYOUT_WIDTH;
    private double minLayoutHeight = MIN_LAYOUT_HEIGHT;
    private ChartRenderingInfo info;
    private double drawnScale = 1.0;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private boolean stale = true;
    /** Draws itself at layout (the calibration view's one chart) rather than waiting for a grid to draw it. */
    private final boolean standalone;

    public ChartPane(JFreeChart chart) {
        this(chart, false);
    }

    /** A chart that draws itself when laid out after a change or a resize. */
    public static ChartPane standalone(JFreeChart chart) {
        return new ChartPane(chart, true);
    }

    private ChartPane(JFreeChart chart, boolean standalone) {
        this.chart = chart;
        this.standalone = standalone;
        view.setSmooth(false); // shown 1:1, pixel for pixel: filtering would only cost time
        view.setPreserveRatio(false);
        getChildren().add(view);
        installHover();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows another chart in this pane (a view that builds its charts anew per result keeps its panes). */
    public void setChart(JFreeChart value) {
        chart = value;
        invalidate();
    }

    public double layoutScale() {
        return layoutScale;
    }

    /** Magnifies type and lines (presenter mode: 1.5); the next draw uses it. */
    public void setLayoutScale(double scale) {
        if (scale != layoutScale) {
            layoutScale = scale;
            invalidate();
        }
    }

    /** The chart changed: its container (or, standalone, its next layout) draws it again. */
    public void invalidate() {
        stale = true;
        if (standalone) {
            requestLayout();
        }
    }

    /** Whether the picture on screen is out of date: the chart changed or the pane was resized. */
    public boolean needsDraw() {
        return getWidth() >= 1 && getHeight() >= 1
                && (stale || getWidth() != drawnWidth || getHeight() != drawnHeight);
    }

    /** The last picture's hover map: entity bounds are in layout units, i.e. pane pixels ÷ the layout scale. */
    ChartRenderingInfo renderingInfo() {
        return info;
    }

    /** Draws the chart into the image not on screen; returns it for {@link #show}. */
    Drawn draw(double width, double height, double renderScale) {
        int next = shown == 0 ? 1 : 0;
        int w = Math.max(1, (int) Math.ceil(width * renderScale));
        int h = Math.max(1, (int) Math.ceil(height * renderScale));
        Slot slot = slots[next];
        if (slot == null || slot.width != w || slot.height != h) {
            slot = new Slot(w, h);
        }
        double scale = effectiveScale(width, height);
        ChartRenderingInfo drawnInfo = new ChartRenderingInfo();
        Graphics2D g = slot.image.createGraphics();
        try {
            Paint background = chart.getBackgroundPaint();
            g.setPaint(background instanceof Color ? background : Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(renderScale * scale, renderScale * scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale), drawnInfo);
        } finally {
            g.dispose();
        }
        return new Drawn(next, slot, drawnInfo, width, height, scale, renderScale);
    }

    /** The layout scale, reduced (never below 1) where it would lay the chart out smaller than the minimum. */
    double effectiveScale(double width, double height) {
        return Math.max(1, Math.min(layoutScale, Math.min(width / minLayoutWidth, height / minLayoutHeight)));
    }

    /** A chart with more titles and key rows than the four (the calibration chart) needs a larger layout. */
    public void setMinimumLayout(double width, double height) {
        minLayoutWidth = width;
        minLayoutHeight = height;
        invalidate();
    }

    /** Puts a drawn picture on screen (FX thread). */
    void show(Drawn d) {
        slots[d.index] = d.slot;
        d.slot.pixels.updateBuffer(b -> null);
        view.setImage(d.slot.fx);
        shown = d.index;
        info = d.info;
        drawnWidth = d.width;
        drawnHeight = d.height;
        drawnScale = d.scale;
        stale = false;
        // the picture's own size in layout units, so it is copied 1:1 (the pane may be a fraction of a pixel smaller)
        view.setFitWidth(d.slot.width / d.renderScale);
        view.setFitHeight(d.slot.height / d.renderScale);
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
        if (getWidth() != drawnWidth || getHeight() != drawnHeight) {
            // until the next draw lands the old picture is stretched to the new size, never left blank
            view.setFitWidth(getWidth());
            view.setFitHeight(getHeight());
        }
        if (standalone && needsDraw()) {
            double renderScale = getScene() == null || getScene().getWindow() == null ? 1
                    : getScene().getWindow().getRenderScaleX();
            show(draw(getWidth(), getHeight(), renderScale));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return getMinWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return getMinHeight();
    }

    /** Exact values with units for the item under the mouse, computed only then (see Tooltips). */
    private void installHover() {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("chart-tooltip");
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            ChartEntity entity = entityAt(e.getX(), e.getY());
            String text = entity == null ? null : Tooltips.text(chart, entity);
            if (text == null) {
                tip.hide();
            } else {
                tip.setText(text);
                tip.show(this, e.getScreenX() + 16, e.getScreenY() + 16);
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
    }

    /**
     * The entity at pane coordinates ({@code x}, {@code y}): a marker in preference to the line beneath it and the
     * nearest point among neighbours (see {@link Tooltips#entityAt}).
     */
    ChartEntity entityAt(double x, double y) {
        if (info == null) {
            return null;
        }
        double lx = x / drawnScale;
        double ly = y / drawnScale;
        EntityCollection entities = info.getEntityCollection();
        ChartEntity hit = entities.getEntity(lx, ly);
        if (!(hit instanceof XYItemEntity)) {
            return hit;
        }
        return Tooltips.entityAt(chart, entities, lx, ly);
    }

    /** A picture drawn off screen, waiting to be shown. */
    record Drawn(int index, Slot slot, ChartRenderingInfo info, double width, double height, double scale,
            double renderScale) {
    }

    /** A Java2D image and the JavaFX image over the same pixels (premultiplied ARGB in both). */
    static final class Slot {
        final int width;
        final int height;
        final BufferedImage image;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage fx;

        Slot(int width, int height) {
            this.width = width;
            this.height = height;
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            fx = new WritableImage(pixels);
        }
    }
}
