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
        return draw(chart, new ChartRenderingInfo());
    }

    private static List<ChartEntity> draw(JFreeChart chart, ChartRenderingInfo info) {
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

    /**
     * Issue 12: hovering the frontier's batch-64 point named batch 65 — neighbouring batches' hot spots overlap and
     * JFreeChart takes the last drawn. The hover takes the point nearest the mouse.
     */
    @Test
    void hoveringAFrontierPointNamesItsOwnBatch() {
        JFreeChart chart = ChartKind.FRONTIER.render(results, 2);
        ChartRenderingInfo info = new ChartRenderingInfo();
        // the size of one chart in the workbench's 2×2 grid
        chart.createBufferedImage(800, 450, info);
        List<ChartEntity> entities = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> entities.add((ChartEntity) e));
        int checked = 0;
        for (int series = 0; series < results.systems().size(); series++) {
            List<FrontierPoint> frontier = results.systems().get(series).physics().frontier();
            int at64 = -1;
            for (int k = 0; k + 1 < frontier.size(); k++) {
                if (frontier.get(k).batch() == 64 && frontier.get(k + 1).batch() == 65) {
                    at64 = k;
                }
            }
            var current = results.systems().get(series).physics().current();
            if (at64 < 0 || current.isPresent() && current.get().batch() == 64) {
                continue; // the current-batch marker at 64 would rightly take the hover
            }
            final int s = series;
            final int item = at64;
            List<XYItemEntity> curve = entities.stream()
                    .filter(e -> e instanceof XYItemEntity x && chart.getXYPlot().indexOf(x.getDataset()) == 0
                            && x.getSeriesIndex() == s && (x.getItem() == item || x.getItem() == item + 1))
                    .map(e -> (XYItemEntity) e).toList();
            var spot = curve.get(0).getArea().getBounds2D();
            var next = curve.get(1).getArea().getBounds2D();
            // the mouse on batch 64's point, a little towards 65's: nearer 64, inside both hot spots
            double x = spot.getCenterX() + 0.4 * (next.getCenterX() - spot.getCenterX());
            double y = spot.getCenterY() + 0.4 * (next.getCenterY() - spot.getCenterY());
            assertTrue(curve.get(1).getArea().contains(x, y), "neighbouring hot spots overlap");
            String text = Tooltips.text(chart, Tooltips.entityAt(chart, info.getEntityCollection(), x, y));
            // JFreeChart's own look-up takes the last hot spot drawn there: a later batch (66 on the H200)
            assertNotEquals(text, Tooltips.text(chart, info.getEntityCollection().getEntity(x, y)));
            assertTrue(text != null && text.startsWith(results.systems().get(series).label() + " — batch 64: "),
                    String.valueOf(text));
            checked++;
        }
        assertTrue(checked > 0, "a frontier with batches 64 and 65 side by side");
    }

    /** Issue 12: "1 GPU"; gaps under 20 % as percentages, from 20 % as factors, under 0.5 % the same. */
    @Test
    void countsAndComparisonsReadNaturally() {
        assertEquals("1 GPU", Formats.count(1, "GPU"));
        assertEquals("14 GPUs", Formats.count(14, "GPU"));
        assertEquals("5 % dearer", Formats.versus(1.05, 1, false, "cheaper", "dearer"));
        assertEquals("12 % cheaper", Formats.versus(0.88, 1, false, "cheaper", "dearer"));
        assertEquals("19 % dearer", Formats.versus(1.19, 1, false, "cheaper", "dearer"));
        assertEquals("1.2× dearer", Formats.versus(1.2, 1, false, "cheaper", "dearer"));
        assertEquals("1.3× cheaper", Formats.versus(0.8, 1, false, "cheaper", "dearer"));
        assertEquals("2.9× cheaper", Formats.versus(0.168, 0.489, false, "cheaper", "dearer"));
        assertEquals("3.9× faster", Formats.versus(5.55, 21.69, false, "faster", "slower"));
        assertEquals("12× faster", Formats.versus(1, 12, false, "faster", "slower"));
        assertEquals("same as baseline", Formats.versus(1.004, 1, false, "cheaper", "dearer"));
        assertEquals("same as baseline", Formats.versus(0.996, 1, true, "more", "less"));
        assertEquals("1 % more", Formats.versus(1.006, 1, true, "more", "less"));
        assertEquals("", Formats.versus(1, 0, false, "cheaper", "dearer"));
        assertEquals("", Formats.versus(Double.NaN, 1, false, "cheaper", "dearer"));
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
        // said in words above the bar, in the alert red; the short form where the bar's slot is too narrow for it
        List<TextRecorder.Text> texts = ChartDrawing.draw(chart, 945, 430);
        TextRecorder.Text label = texts.stream().filter(t -> t.text().equals("does not fit: needs 143 of 80 GB"))
                .findFirst().orElseThrow(() -> new AssertionError(texts.toString()));
        assertEquals(Palette.ALERT, label.paint());
        var four = ScenarioEvaluator.evaluate(scenario.withSystems(List.of(big, big.withLabel("H100 · BF16 b"),
                big.withLabel("H100 · BF16 c"), big.withLabel("H100 · BF16 d")), 0), CATALOG);
        assertEquals(4, ChartDrawing.draw(ChartKind.MEMORY.render(four, 0), 620, 330).stream()
                .filter(t -> t.text().equals("needs 143 of 80 GB")).count());
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

    @Test
    void theLatencyKeyHoldsForTheSameResultsAndMovesWithTheLink() {
        var preset = ScenarioFiles.preset("disaggregation", CATALOG);
        ScenarioResults one = ScenarioEvaluator.evaluate(preset, CATALOG);
        assertEquals(ChartKind.LATENCY.drawnFrom(one, 1),
                ChartKind.LATENCY.drawnFrom(ScenarioEvaluator.evaluate(preset, CATALOG), 1));
        // a faster KV link changes only the split system's TTFT: its curve, so the picture, must redraw
        var split = preset.systems().get(1);
        var nvlink = preset.withSystem(1, split.withDisaggregation(new dev.ridgeline.scenario.Disaggregation(
                split.disaggregation().prefillAccelerator(), split.disaggregation().prefillGpusPerReplica(), 900.0)));
        assertNotEquals(ChartKind.LATENCY.drawnFrom(one, 1),
                ChartKind.LATENCY.drawnFrom(ScenarioEvaluator.evaluate(nvlink, CATALOG), 1));
    }
}
