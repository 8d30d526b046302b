package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.FrontierPoint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The charts, drawn headless exactly as on screen: units on axes, finite data, exact hover text. */
class ChartsTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private final ScenarioResults results = ScenarioEvaluator.evaluate(ScenarioFiles.defaultScenario(CATALOG), CATALOG);

    private static List<ChartEntity> draw(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(1600, 900, info);
        assertEquals(1600, image.getWidth());
        List<ChartEntity> entities = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> entities.add((ChartEntity) e));
        return entities;
    }

    @Test
    void everyAxisNamesItsUnit() {
        assertEquals("Arithmetic intensity (FLOP/byte)", ChartKind.ROOFLINE.render(results, 0).getXYPlot()
                .getDomainAxis().getLabel());
        assertEquals("Attainable TFLOP/s per GPU", ChartKind.ROOFLINE.render(results, 0).getXYPlot()
                .getRangeAxis().getLabel());
        assertEquals("Output tok/s per GPU", ChartKind.FRONTIER.render(results, 0).getXYPlot()
                .getRangeAxis().getLabel());
        assertEquals("Cost ($ per million output tokens)", ChartKind.COST.render(results, 0).getXYPlot()
                .getRangeAxis().getLabel());
        assertEquals("HBM (GB per replica)", ChartKind.MEMORY.render(results, 0).getCategoryPlot().getRangeAxis()
                .getLabel());
    }

    @Test
    void everyPlottedValueIsFinite() {
        for (ChartKind kind : List.of(ChartKind.ROOFLINE, ChartKind.FRONTIER, ChartKind.COST)) {
            XYPlot plot = kind.render(results, 2).getXYPlot();
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        assertTrue(Double.isFinite(data.getXValue(s, i)) && Double.isFinite(data.getYValue(s, i)),
                                kind + " dataset " + d + " series " + s + " item " + i);
                    }
                }
            }
        }
    }

    @Test
    void frontierHoverGivesExactValuesWithUnits() {
        JFreeChart chart = ChartKind.FRONTIER.render(results, 2);
        XYItemEntity item = draw(chart).stream().filter(e -> e instanceof XYItemEntity x
                && chart.getXYPlot().indexOf(x.getDataset()) == 0 && x.getSeriesIndex() == 2).map(e -> (XYItemEntity) e)
                .findFirst().orElseThrow();
        var point = results.systems().get(2).physics().frontier().get(item.getItem());
        String text = Tooltips.text(chart, item);
        assertTrue(text.startsWith("B200 HGX · NVFP4 — batch " + point.batch() + ": "), text);
        assertTrue(text.contains(Formats.fixed(point.outputTokensPerSecPerGpu(), 0) + " output · "
                + Formats.fixed(point.totalTokensPerSecPerGpu(), 0) + " total tok/s/GPU"), text);
        assertTrue(text.contains("tok/s/user") && text.contains("ms"), text);
    }

    @Test
    void aMeasuredPointOnTheFrontierGivesItsResidualAgainstTheCurve() {
        JFreeChart chart = ChartKind.FRONTIER.render(results, 2);
        XYItemEntity pinned = draw(chart).stream().filter(e -> e instanceof XYItemEntity x
                && chart.getXYPlot().indexOf(x.getDataset()) == 2 && x.getSeriesIndex() == 2).map(e -> (XYItemEntity) e)
                .findFirst().orElseThrow();
        String text = Tooltips.text(chart, pinned);
        // the B200's pin, 10,000 output tok/s/GPU at 50 tok/s/user, against its calibrated curve read at 50
        var frontier = results.systems().get(2).physics().frontier();
        double modeled = FrontierChart.curveAt(frontier, 50, false).orElseThrow();
        FrontierPoint below = frontier.stream().filter(p -> p.tokensPerSecPerUser() >= 50).reduce((a, b) -> b)
                .orElseThrow();
        FrontierPoint above = frontier.stream().filter(p -> p.tokensPerSecPerUser() < 50).findFirst().orElseThrow();
        assertTrue(modeled >= below.outputTokensPerSecPerGpu() && modeled <= above.outputTokensPerSecPerGpu(),
                modeled + " between batch " + below.batch() + " and " + above.batch());
        assertTrue(text.endsWith("; the curve there: " + Formats.fixed(modeled, 0) + " output tok/s/GPU, "
                + CalibrationBasis.signedPercent(modeled / 10_000) + " vs measured (calibrated)"), text);
        // the curve sits in a band of ± the cross-validated MAPE, the subtitle says so
        assertEquals("modeled: calibrated to 23 measured points, CV ±7.9 % (shaded band)",
                ChartStyle.basisSubtitle(chart));
        assertTrue(FrontierChart.curveAt(frontier, 1e6, false).isEmpty(), "beyond batch 1: no curve");
    }

    @Test
    void costHoverAtTheTargetNamesItsBasis() {
        JFreeChart chart = ChartKind.COST.render(results, 2);
        List<String> texts = draw(chart).stream().filter(e -> e instanceof XYItemEntity x
                && chart.getXYPlot().indexOf(x.getDataset()) == 2).map(e -> Tooltips.text(chart, e)).toList();
        // 6.03 / (10,000 × 3,600) × 1e6 = $0.168/M, from the pinned InferenceMAX measurement
        assertTrue(texts.contains("B200 HGX · NVFP4 at the target (measured throughput 10,000 output tok/s/GPU): $0.168/M"),
                texts.toString());
    }

    @Test
    void memoryShowsADoesNotFitSystemPlainly() {
        var scenario = ScenarioFiles.defaultScenario(CATALOG);
        var big = scenario.systems().get(0).withFormats("bf16", "bf16-kv").withLabel("H100 · BF16");
        ScenarioResults r = ScenarioEvaluator.evaluate(scenario.withSystems(List.of(big), 0), CATALOG);
        JFreeChart chart = ChartKind.MEMORY.render(r, 0);
        var data = chart.getCategoryPlot().getDataset();
        // 141.1 GB of BF16 weights + 2 GB on an 80 GB GPU: 63.1 GB over capacity, drawn in red
        assertEquals(63.1, data.getValue("Over capacity", "H100 · BF16").doubleValue(), 0.1);
        assertTrue(chart.getCategoryPlot().getAnnotations().toString().contains("CategoryTextAnnotation"));
        draw(chart);
    }

    @Test
    void identicalResultsDrawIdenticalKeysAndAChangeChangesThem() {
        Object before = ChartKind.ROOFLINE.drawnFrom(results, 2);
        assertEquals(before, ChartKind.ROOFLINE.drawnFrom(
                ScenarioEvaluator.evaluate(ScenarioFiles.defaultScenario(CATALOG), CATALOG), 2));
        var faster = results.scenario().withSystem(2, results.scenario().systems().get(2).withOverrides(
                new dev.ridgeline.scenario.HardwareOverrides(8.0, null, null, null)));
        ScenarioResults after = ScenarioEvaluator.evaluate(faster, CATALOG);
        assertNotEquals(before, ChartKind.ROOFLINE.drawnFrom(after, 2));
        // bandwidth leaves the memory picture as it was
        assertEquals(ChartKind.MEMORY.drawnFrom(results, 2), ChartKind.MEMORY.drawnFrom(after, 2));
    }
}
