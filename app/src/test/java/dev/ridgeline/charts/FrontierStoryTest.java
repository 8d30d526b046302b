package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.serving.FrontierPoint;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 on the frontier: batch marks along each curve, what each measured point was measured on, and a log
 * throughput axis for systems an order of magnitude apart.
 */
class FrontierStoryTest {
    private static final int MARKS = 4;
    private static final int MEASURED = 2;
    private final ScenarioResults results = ChartDrawing.preset("blackwell-migration");

    /** The hover texts of a dataset's items (of every series, or of one when {@code series} ≥ 0). */
    private static List<String> hovers(JFreeChart chart, int dataset, int series) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(1280, 640, info);
        List<String> texts = new java.util.ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof XYItemEntity x && chart.getXYPlot().indexOf(x.getDataset()) == dataset
                    && (series < 0 || x.getSeriesIndex() == series)) {
                texts.add(Tooltips.text(chart, (ChartEntity) e));
            }
        }
        return texts;
    }

    @Test
    void marksSitAtBatchOneEightSixtyFourAndFiveTwelveAlongEachCurve() {
        // the H100's KV budget allows batch 27, the B200's 688 (sampled geometrically above ~256)
        List<FrontierPoint> h100 = results.systems().get(0).physics().frontier();
        List<FrontierPoint> b200 = results.systems().get(2).physics().frontier();
        assertEquals(List.of(1, 8), BatchMarks.on(h100).stream().map(BatchMarks.Mark::batch).toList());
        List<BatchMarks.Mark> marks = BatchMarks.on(b200);
        assertEquals(List.of(1, 8, 64, 512), marks.stream().map(BatchMarks.Mark::batch).toList());
        FrontierPoint at64 = b200.stream().filter(p -> p.batch() == 64).findFirst().orElseThrow();
        assertEquals(at64.outputTokensPerSecPerGpu(), marks.get(2).outputTokensPerSecPerGpu());
        assertNull(marks.get(2).below(), "64 is sampled: its own point");
        BatchMarks.Mark at512 = marks.get(3);
        assertTrue(at512.below().batch() < 512 && at512.above().batch() > 512, at512.toString());
        assertTrue(at512.outputTokensPerSecPerGpu() > at512.below().outputTokensPerSecPerGpu()
                && at512.outputTokensPerSecPerGpu() < at512.above().outputTokensPerSecPerGpu(), at512.toString());
        // the chart plots one ring per mark, in the marks' dataset
        XYDataset drawn = ChartKind.FRONTIER.render(results, 2).getXYPlot().getDataset(MARKS);
        assertEquals(4, drawn.getItemCount(2));
        assertEquals(at512.tokensPerSecPerUser(), drawn.getXValue(2, 3));
    }

    @Test
    void hoveringAMarkGivesSystemBatchAndBothThroughputsWithUnits() {
        List<String> texts = hovers(ChartKind.FRONTIER.render(results, 2), MARKS, -1);
        BatchMarks.Mark at512 = BatchMarks.on(results.systems().get(2).physics().frontier()).get(3);
        String expected = "B200 HGX · NVFP4 — batch 512: " + Formats.sig3(at512.tokensPerSecPerUser())
                + " tok/s/user, " + Formats.fixed(at512.outputTokensPerSecPerGpu(), 0) + " output tok/s/GPU (modeled, ";
        String text = texts.stream().filter(t -> t.startsWith(expected)).findFirst()
                .orElseThrow(() -> new AssertionError(texts.toString()));
        assertTrue(text.endsWith("; read between the modeled batches " + at512.below().batch() + " and "
                + at512.above().batch() + ")"), text);
        // H100 batch 1 and 8, H200 (KV limit 337) 1, 8 and 64, B200 four: every mark is drawn and hoverable, even
        // where its label had no room
        assertEquals(2 + 3 + 4, texts.size(), texts.toString());
    }

    @Test
    void measuredPointsSayWhatTheyWereMeasuredOn() {
        Measurement mlperf = results.systems().get(0).references().get(0);
        assertEquals("mlperf-v4.1-h100-server", mlperf.id());
        assertEquals("8×H100 TP2, TRT-LLM", MeasuredOn.label(mlperf));
        // with the workload it ran (MLPerf states its 294 output tokens, not its input), which need not be the scenario's
        assertEquals("measured on 8 × h100-sxm (TP2), TensorRT-LLM, fp8 weights, at 294 out tokens: per GPU of that "
                + "8-GPU server; "
                + "the curve is one 1-GPU replica", MeasuredOn.full(mlperf, 1));
        Measurement inferenceMax = results.systems().get(2).references().get(3);
        assertEquals("1×B200, vLLM", MeasuredOn.label(inferenceMax));

        JFreeChart chart = ChartKind.FRONTIER.render(results, 2);
        // on a presenter-sized chart the label is beside the diamond...
        assertTrue(ChartDrawing.draw(chart, 1280, 640).stream().anyMatch(t -> t.text().equals("8×H100 TP2, TRT-LLM")));
        // ...and the hover text says it in full, before the residual against the curve
        String hover = hovers(chart, MEASURED, 0).stream().filter(t -> t.contains("MLPerf")).findFirst()
                .orElseThrow();
        assertTrue(hover.startsWith("H100 SXM · FP8 — MLPerf v4.1 Server, llama-2-70b; measured on 8 × h100-sxm (TP2), "
                + "TensorRT-LLM, fp8 weights, at 294 out tokens: per GPU of that 8-GPU server; the curve is one 1-GPU "
                + "replica: 6.41 "
                + "tok/s/user, 2,701 output tok/s/GPU"), hover);
    }

    @Test
    void theThroughputAxisIsLinearByDefaultAndLogOnRequest() {
        JFreeChart chart = ChartKind.FRONTIER.render(results, 2);
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getRangeAxis());
        ChartKind.FRONTIER.update(chart, results, 2, new ChartOptions(true));
        assertInstanceOf(LogAxis.class, chart.getXYPlot().getRangeAxis());
        assertEquals("Output tok/s per GPU", chart.getXYPlot().getRangeAxis().getLabel());
        ChartKind.FRONTIER.update(chart, results, 2, ChartOptions.DEFAULT);
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getRangeAxis());
        // the option is part of what the frontier is drawn from, and of nothing else
        ChartOptions log = ChartOptions.DEFAULT.withLogThroughput(true);
        assertNotEquals(ChartKind.FRONTIER.drawnFrom(results, 2), ChartKind.FRONTIER.drawnFrom(results, 2, log));
        assertEquals(ChartKind.FRONTIER.drawnFrom(results, 2), ChartKind.FRONTIER.drawnFrom(results, 2,
                ChartOptions.DEFAULT));
        assertEquals(ChartKind.COST.drawnFrom(results, 2), ChartKind.COST.drawnFrom(results, 2, log));
        // on the log axis the H100's curve spans a decade of the plot instead of a sliver at the bottom
        List<TextRecorder.Text> texts = ChartDrawing.draw(ChartKind.FRONTIER.render(results, 2, log), 945, 430);
        assertTrue(texts.stream().anyMatch(t -> t.text().equals("1k")) && texts.stream().anyMatch(t -> t.text()
                .equals("10k")), texts.toString());
        assertTrue(LabelCollisionTest.overlaps(texts, 945, 430).isEmpty());
    }
}
