package dev.ridgeline.charts;

import dev.ridgeline.evaluation.ScenarioResults;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/** The four charts, each drawn by the same code on screen, in PNG and SVG, and on slides. */
public enum ChartKind {
    ROOFLINE(RooflineChart.TITLE, "roofline", RooflineChart::create),
    FRONTIER(FrontierChart.TITLE, "frontier", FrontierChart::create),
    COST(CostChart.TITLE, "cost", CostChart::create),
    MEMORY(MemoryChart.TITLE, "memory", MemoryChart::create);

    private final String title;
    private final String fileName;
    private final Supplier<JFreeChart> factory;

    ChartKind(String title, String fileName, Supplier<JFreeChart> factory) {
        this.title = title;
        this.fileName = fileName;
        this.factory = factory;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public JFreeChart create() {
        return factory.get();
    }

    /** Redraws {@code chart} (made by {@link #create()}) from the results; {@code selected} gets the labels. */
    public void update(JFreeChart chart, ScenarioResults results, int selected) {
        switch (this) {
            case ROOFLINE -> RooflineChart.update(chart, results, selected);
            case FRONTIER -> FrontierChart.update(chart, results, selected);
            case COST -> CostChart.update(chart, results, selected);
            case MEMORY -> MemoryChart.update(chart, results, selected);
        }
    }

    /** A fresh chart drawn from the results: what exports use. */
    public JFreeChart render(ScenarioResults results, int selected) {
        JFreeChart chart = create();
        update(chart, results, selected);
        return chart;
    }
}
