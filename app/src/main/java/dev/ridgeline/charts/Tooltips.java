package dev.ridgeline.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;

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
}
