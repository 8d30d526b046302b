package dev.ridgeline.charts;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Hover text for chart items, computed for the one item under the mouse. JFreeChart would otherwise ask a
 * renderer's generator for every item on every redraw (≈1,500 formatted strings per chart per frame).
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Registers the text for items of one of an XY chart's datasets. */
    public static void register(JFreeChart chart, int datasetIndex, XYToolTipGenerator text) {
        ((RidgelineChart) chart).xyTooltips(datasetIndex, text);
    }

    public static void register(JFreeChart chart, CategoryToolTipGenerator text) {
        ((RidgelineChart) chart).categoryTooltips(text);
    }

    /** The hover text for an entity the mouse is over, or null. */
    public static String text(JFreeChart chart, ChartEntity entity) {
        if (entity instanceof XYItemEntity item) {
            XYPlot plot = chart.getXYPlot();
            int index = plot.indexOf(item.getDataset());
            XYToolTipGenerator generator = ((RidgelineChart) chart).xyTooltips(index);
            return generator == null ? null : generator.generateToolTip(item.getDataset(), item.getSeriesIndex(),
                    item.getItem());
        }
        if (entity instanceof CategoryItemEntity item) {
            CategoryToolTipGenerator generator = ((RidgelineChart) chart).categoryTooltips();
            return generator == null ? null : generator.generateToolTip(item.getDataset(),
                    item.getDataset().getRowIndex(item.getRowKey()), item.getDataset().getColumnIndex(
                            item.getColumnKey()));
        }
        return null;
    }

    /**
     * The item the mouse at ({@code x}, {@code y}) is over, for hover text: a marker (a measured point, the current
     * batch) in preference to the line beneath it, and among several the one whose point is nearest the mouse.
     * JFreeChart's own look-up takes the last hot spot drawn, and on a frontier of consecutive batches the hot spots
     * of neighbours overlap: hovering batch 64 named batch 65 (issue 12). Falls back to JFreeChart's answer (a legend
     * item, a bar) when no hover-text item is there.
     */
    public static ChartEntity entityAt(JFreeChart chart, EntityCollection entities, double x, double y) {
        XYItemEntity marker = null;
        XYItemEntity item = null;
        double markerDistance = Double.POSITIVE_INFINITY;
        double itemDistance = Double.POSITIVE_INFINITY;
        if (chart.getPlot() instanceof XYPlot plot) {
            for (Object e : entities.getEntities()) {
                if (!(e instanceof XYItemEntity candidate) || !candidate.getArea().contains(x, y)
                        || text(chart, candidate) == null) {
                    continue;
                }
                Rectangle2D spot = candidate.getArea().getBounds2D();
                double dx = spot.getCenterX() - x;
                double dy = spot.getCenterY() - y;
                double distance = dx * dx + dy * dy;
                boolean isMarker = plot.getRendererForDataset(candidate.getDataset()) instanceof XYLineAndShapeRenderer r
                        && !r.getItemLineVisible(candidate.getSeriesIndex(), candidate.getItem())
                        && r.getItemShapeVisible(candidate.getSeriesIndex(), candidate.getItem());
                if (isMarker && distance < markerDistance) {
                    marker = candidate;
                    markerDistance = distance;
                } else if (!isMarker && distance < itemDistance) {
                    item = candidate;
                    itemDistance = distance;
                }
            }
        }
        return marker != null ? marker : item != null ? item : entities.getEntity(x, y);
    }
}
