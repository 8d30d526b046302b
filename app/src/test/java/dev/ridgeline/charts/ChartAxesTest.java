package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.evaluation.ScenarioResults;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Issue 12: axes rescaled live during a drag (frontier x 140 → 250 → 350); held, they stay; released, rescale once. */
class ChartAxesTest {
    private final ScenarioResults blackwell = ChartDrawing.preset("blackwell-migration");
    private final ScenarioResults moe = ChartDrawing.preset("moe-expert-parallel");

    private static List<Range> ranges(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot cat) {
            return List.of(cat.getRangeAxis().getRange());
        }
        XYPlot plot = chart.getXYPlot();
        return List.of(plot.getDomainAxis().getRange(), plot.getRangeAxis().getRange());
    }

    @Test
    void heldAxesKeepTheirRangesThroughAnUpdateAndRescaleOnceOnRelease() {
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = kind.render(blackwell, 2);
            List<Range> before = ranges(chart);
            List<Range> moeRanges = ranges(kind.render(moe, 2));
            assertNotEquals(before, moeRanges, kind + ": the two scenarios need different axes");

            ChartAxes.hold(chart, true);
            ChartAxes.hold(chart, true); // holding twice is holding
            assertTrue(ChartAxes.held(chart));
            kind.update(chart, moe, 2);
            assertEquals(before, ranges(chart), kind + " held");

            ChartAxes.hold(chart, false);
            assertFalse(ChartAxes.held(chart));
            assertEquals(moeRanges, ranges(chart), kind + " released: as a fresh chart of the new results");
            kind.update(chart, blackwell, 2);
            assertEquals(before, ranges(chart), kind + " rescales on every update once released");
        }
    }

    @Test
    void switchingToALogAxisWhileHeldRangesTheNewAxisOnceThenHoldsIt() {
        JFreeChart chart = ChartKind.FRONTIER.render(blackwell, 2);
        ChartAxes.hold(chart, true);
        ChartKind.FRONTIER.update(chart, blackwell, 2, new ChartOptions(true));
        ValueAxis log = chart.getXYPlot().getRangeAxis();
        assertInstanceOf(LogAxis.class, log);
        Range logRange = log.getRange();
        // B200's 12,305 tok/s/GPU measured point is in view on the log axis
        assertTrue(logRange.getUpperBound() > 12_305 && logRange.getLowerBound() > 0, logRange.toString());
        ChartKind.FRONTIER.update(chart, moe, 2, new ChartOptions(true));
        assertEquals(logRange, chart.getXYPlot().getRangeAxis().getRange());
        ChartAxes.hold(chart, false);
        assertEquals(ChartKind.FRONTIER.render(moe, 2, new ChartOptions(true)).getXYPlot().getRangeAxis().getRange(),
                chart.getXYPlot().getRangeAxis().getRange());
    }

    @Test
    void onlyRidgelineChartsCarryAHold() {
        JFreeChart plain = new JFreeChart(new XYPlot());
        assertThrows(IllegalArgumentException.class, () -> ChartAxes.hold(plain, true));
    }
}
