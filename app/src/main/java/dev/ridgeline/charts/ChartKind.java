package dev.ridgeline.charts;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * The charts, each drawn by the same code on screen, in PNG and SVG, and on slides. The workbench's grid shows the
 * first four ({@link #inGrid()}); the latency chart (issue 14) is the fifth page of presenter mode's ←/→ and is in
 * every export and deck.
 */
public enum ChartKind {
    ROOFLINE(RooflineChart.TITLE, "roofline", RooflineChart::create),
    FRONTIER(FrontierChart.TITLE, "frontier", FrontierChart::create),
    COST(CostChart.TITLE, "cost", CostChart::create),
    MEMORY(MemoryChart.TITLE, "memory", MemoryChart::create),
    LATENCY(LatencyChart.TITLE, "latency", LatencyChart::create);

    private final String title;
    private final String fileName;
    private final Supplier<JFreeChart> factory;

    ChartKind(String title, String fileName, Supplier<JFreeChart> factory) {
        this.title = title;
        this.fileName = fileName;
        this.factory = factory;
    }

    /**
     * Whether the workbench's 2×2 grid shows this chart: the four that answer "what does it cost"; the latency
     * chart would shrink all five below legible in a 3×2 grid, so it is shown alone (presenter mode) and exported.
     */
    public boolean inGrid() {
        return this != LATENCY;
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
        update(chart, results, selected, ChartOptions.DEFAULT);
    }

    /**
     * Redraws {@code chart} from the results with the view options (the frontier's log throughput axis). Axis
     * ranges stay as they are while {@link ChartAxes#hold held}.
     */
    public void update(JFreeChart chart, ScenarioResults results, int selected, ChartOptions options) {
        switch (this) {
            case ROOFLINE -> RooflineChart.update(chart, results, selected);
            case FRONTIER -> FrontierChart.update(chart, results, selected, options);
            case COST -> CostChart.update(chart, results, selected);
            case MEMORY -> MemoryChart.update(chart, results, selected);
            case LATENCY -> LatencyChart.update(chart, results, selected);
        }
    }

    /**
     * Exactly what this chart draws, as a value: equal keys mean an identical picture, so the workbench skips
     * the redraw (dragging bandwidth leaves the memory chart alone).
     */
    public Object drawnFrom(ScenarioResults results, int selected) {
        return drawnFrom(results, selected, ChartOptions.DEFAULT);
    }

    /** {@link #drawnFrom(ScenarioResults, int)} with the view options this chart draws by. */
    public Object drawnFrom(ScenarioResults results, int selected, ChartOptions options) {
        List<Object> key = new ArrayList<>();
        key.add(selected);
        if (this == FRONTIER) {
            key.add(options); // the other charts draw the same whatever the options
        }
        key.add(results.scenario().workload().targetTokensPerSecPerUser());
        key.add(results.scenario().calibrationOrDefault()); // the basis line and the error band
        for (SystemOutcome o : results.systems()) {
            SystemResults r = o.physics();
            key.add(o.label());
            key.add(o.resolved().modelBasis());
            switch (this) {
                case ROOFLINE -> key.addAll(List.of(r.roofline(), r.precision(), r.operatingPoints()));
                case FRONTIER -> key.addAll(List.of(r.frontier(), r.current(), o.references(),
                        java.util.Optional.ofNullable(o.resolved().measured()), o.disaggregated(),
                        results.scenario().workload().inputTokens()));
                case COST -> key.add(o.economics());
                case MEMORY -> key.addAll(List.of(r.memory(), r.current().map(p -> p.batch()), r.verdict()));
                // what the curves are computed from (computing them here would do it twice per change)
                case LATENCY -> key.addAll(List.of(r, results.scenario().workload(), o.disaggregated(),
                        o.economics().fleet()));
            }
        }
        return key;
    }

    /** A fresh chart drawn from the results: what exports use. */
    public JFreeChart render(ScenarioResults results, int selected) {
        return render(results, selected, ChartOptions.DEFAULT);
    }

    /** A fresh chart drawn from the results with the view options (an export of what the screen shows). */
    public JFreeChart render(ScenarioResults results, int selected, ChartOptions options) {
        JFreeChart chart = create();
        update(chart, results, selected, options);
        return chart;
    }
}
