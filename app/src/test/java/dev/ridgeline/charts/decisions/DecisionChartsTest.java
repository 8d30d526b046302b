package dev.ridgeline.charts.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.export.ChartImages;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Every decision chart of every preset and system: drawn, units on both axes, no NaN or Infinity in its SVG. */
class DecisionChartsTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void everyPresetsDecisionChartsHaveUnitsAndFiniteFigures() {
        List<String> drawn = new ArrayList<>();
        for (String preset : ScenarioFiles.PRESETS) {
            ScenarioResults r = ScenarioEvaluator.evaluate(ScenarioFiles.preset(preset, CATALOG), CATALOG);
            for (int s = 0; s < r.systems().size(); s++) {
                Decisions d = Decisions.of(r, s);
                for (DecisionKind kind : DecisionKind.values()) {
                    var chart = kind.render(d);
                    if (chart.isEmpty()) {
                        assertFalse(kind.absentBecause(d).isBlank());
                        continue;
                    }
                    JFreeChart c = chart.get();
                    XYPlot plot = c.getXYPlot();
                    String where = preset + " #" + s + " " + kind;
                    assertFalse(plot.getDomainAxis().getLabel().isBlank(), where);
                    assertFalse(plot.getRangeAxis().getLabel().isBlank(), where);
                    // the value axis names its unit
                    String value = plot.getRangeAxis().getLabel();
                    assertTrue(value.contains("$") || value.contains("×"), where + ": " + value);
                    String svg = ChartImages.svg(c, 1280, 720);
                    for (String bad : List.of("NaN", "Infinity")) {
                        assertFalse(svg.contains(bad), where + " holds " + bad);
                    }
                    drawn.add(where);
                }
            }
        }
        // the default preset draws three views for each system, the cascade preset its cascade
        assertTrue(drawn.contains("blackwell-migration #2 TORNADO"));
        assertTrue(drawn.contains("blackwell-migration #2 BRIDGE"));
        assertTrue(drawn.contains("blackwell-migration #2 BUILD_VS_BUY"));
        assertTrue(drawn.contains("model-cascade #0 CASCADE"));
    }

    @Test
    void theBaselineSelectedBridgesToTheCheapestOtherSystem() {
        ScenarioResults r = ScenarioEvaluator.evaluate(ScenarioFiles.preset("blackwell-migration", CATALOG), CATALOG);
        assertEquals("B200 HGX · NVFP4", Decisions.of(r, 0).bridge().orElseThrow().selected());
        assertEquals("H200 SXM · FP8", Decisions.of(r, 1).bridge().orElseThrow().selected());
    }
}
