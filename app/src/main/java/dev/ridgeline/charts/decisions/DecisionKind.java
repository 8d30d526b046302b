package dev.ridgeline.charts.decisions;

import java.util.Optional;
import org.jfree.chart.JFreeChart;

/** The decision charts, in the order the view, the exports and the deck show them. Not chart-grid kinds. */
public enum DecisionKind {
    TORNADO(DecisionCharts.TORNADO_TITLE, "decision-sensitivity"),
    BRIDGE(DecisionCharts.BRIDGE_TITLE, "decision-bridge"),
    BUILD_VS_BUY(DecisionCharts.BUILD_TITLE, "decision-build-vs-buy"),
    CASCADE(DecisionCharts.CASCADE_TITLE, "decision-cascade");

    private final String title;
    private final String fileName;

    DecisionKind(String title, String fileName) {
        this.title = title;
        this.fileName = fileName;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    /** The chart, or empty where the view does not apply to these results (no API, no cascade, no cost). */
    public Optional<JFreeChart> render(Decisions d) {
        return switch (this) {
            case TORNADO -> d.tornado().map(DecisionCharts::tornado);
            case BRIDGE -> d.bridge().map(DecisionCharts::bridge);
            case BUILD_VS_BUY -> d.buildVsBuy().map(DecisionCharts::buildVsBuy);
            case CASCADE -> d.cascade().map(DecisionCharts::cascade);
        };
    }

    /** Why the view is empty, in words. */
    public String absentBecause(Decisions d) {
        return switch (this) {
            case TORNADO -> d.system() + " has no on-demand cost at the target";
            case BRIDGE -> "a bridge needs a second system with a cost, and the baseline with one";
            case BUILD_VS_BUY -> "the scenario names no API to buy from, or " + d.system() + " has no price";
            case CASCADE -> "the scenario has no cascade (see the model-cascade preset)";
        };
    }
}
