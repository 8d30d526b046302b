package dev.ridgeline.charts;

import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.Plot;

/** A chart that carries its own hover-text sources (JFreeChart's content-based hashCode rules out a side map). */
public final class RidgelineChart extends JFreeChart {
    private final transient Map<Integer, XYToolTipGenerator> xyTooltips = new HashMap<>();
    private transient CategoryToolTipGenerator categoryTooltips;
    private final transient ChartAxes.State axes = new ChartAxes.State();

    RidgelineChart(String title, Plot plot) {
        super(title, Palette.TITLE, plot, true);
    }

    void xyTooltips(int datasetIndex, XYToolTipGenerator text) {
        xyTooltips.put(datasetIndex, text);
    }

    XYToolTipGenerator xyTooltips(int datasetIndex) {
        return xyTooltips.get(datasetIndex);
    }

    void categoryTooltips(CategoryToolTipGenerator text) {
        categoryTooltips = text;
    }

    CategoryToolTipGenerator categoryTooltips() {
        return categoryTooltips;
    }

    ChartAxes.State axes() {
        return axes;
    }
}
