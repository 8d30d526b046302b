package dev.ridgeline.charts;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Test helpers: the presets' results (as shipped, or every batch at its KV limit) and charts drawn with text recorded. */
final class ChartDrawing {
    static final Catalog CATALOG = Catalog.builtIn();

    private ChartDrawing() {
    }

    static ScenarioResults preset(String id) {
        return ScenarioEvaluator.evaluate(ScenarioFiles.preset(id, CATALOG), CATALOG);
    }

    /** The preset with every system's batch at the largest its KV cache (and engine) admits. */
    static ScenarioResults atBatchLimit(String id) {
        Scenario scenario = ScenarioFiles.preset(id, CATALOG);
        ScenarioResults results = ScenarioEvaluator.evaluate(scenario, CATALOG);
        for (int i = 0; i < scenario.systems().size(); i++) {
            var max = results.systems().get(i).physics().maxThroughput();
            if (max.isPresent()) {
                SystemSpec spec = scenario.systems().get(i);
                scenario = scenario.withSystem(i, spec.withServing(spec.servingOrNone().withBatch(max.get().batch())));
            }
        }
        return ScenarioEvaluator.evaluate(scenario, CATALOG);
    }

    /** Draws the chart laid out at {@code width}×{@code height} as exports do, returning every text drawn. */
    static List<TextRecorder.Text> draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<TextRecorder.Text> texts = new ArrayList<>();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            dev.ridgeline.export.ChartImages.hints(g); // as exports draw
            chart.draw(new TextRecorder(g, texts), new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return texts;
    }
}
