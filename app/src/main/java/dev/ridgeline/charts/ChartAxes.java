package dev.ridgeline.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Steady axes while the user drags a control: held, a chart keeps its axis ranges through every update (the data
 * may run off the plot); released, it rescales once. The workbench holds on drag start, releases (and redraws) on
 * release, and holds while "lock axes" is on.
 */
public final class ChartAxes {
    private ChartAxes() {
    }

    /**
     * Holds ({@code true}) or releases the chart's axis ranges. Holding twice is holding; releasing puts back the
     * axes that ranged themselves and gives the others the range the last update asked for, so the chart is
     * exactly as an update with no hold would have drawn it.
     */
    public static void hold(JFreeChart chart, boolean held) {
        State state = state(chart);
        if (held == state.held) {
            return;
        }
        state.held = held;
        if (held) {
            state.auto.clear();
            for (ValueAxis axis : axes(chart.getPlot())) {
                if (axis.isAutoRange()) {
                    state.auto.add(axis);
                }
                axis.setAutoRange(false); // keeps the range it has
            }
            return;
        }
        List<ValueAxis> axes = axes(chart.getPlot());
        for (ValueAxis axis : axes) {
            Range wanted = state.pending.get(axis);
            if (wanted != null) {
                axis.setRange(wanted);
            } else if (state.auto.contains(axis)) {
                axis.setAutoRange(true);
            }
        }
        state.auto.clear();
        state.pending.clear();
    }

    /** Whether the chart's axes are held. */
    public static boolean held(JFreeChart chart) {
        return state(chart).held;
    }

    /** Sets an axis range an update computed, or, while held, keeps it for the release. */
    static void range(JFreeChart chart, ValueAxis axis, Range range) {
        State state = state(chart);
        if (state.held) {
            state.pending.put(axis, range);
        } else {
            axis.setRange(range);
        }
    }

    /** A new axis an update put in (another scale): it ranges itself once; while held it is then held too. */
    static void replaced(JFreeChart chart, ValueAxis old, ValueAxis axis) {
        State state = state(chart);
        if (state.held) {
            state.auto.remove(old);
            state.pending.remove(old);
            state.auto.add(axis);
            axis.setAutoRange(false);
        }
    }

    private static List<ValueAxis> axes(Plot plot) {
        List<ValueAxis> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                out.add(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                out.add(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                out.add(cat.getRangeAxis(i));
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** A chart made by {@link ChartKind#create()} (or {@link ChartStyle#chart}): it carries the hold. */
    private static State state(JFreeChart chart) {
        if (!(chart instanceof RidgelineChart r)) {
            throw new IllegalArgumentException("not a Ridgeline chart: " + chart.getClass().getName());
        }
        return r.axes();
    }

    /** Per chart: held or not, which axes ranged themselves before the hold, ranges updates asked for since. */
    static final class State {
        private boolean held;
        // identity: JFreeChart axes are equal when configured alike
        private final java.util.Set<ValueAxis> auto = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        private final java.util.Map<ValueAxis, Range> pending = new java.util.IdentityHashMap<>();
    }
}
