package dev.ridgeline.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Axis titles that fit their axis: JFreeChart centres a title on the plot and lets a long one run past it, so a
 * y-axis title overprinted the subtitles above a short plot (issue 12). The first of the title and its shorter
 * forms (each still naming the unit) that is no longer than the axis is drawn; the axis keeps its full label.
 */
final class AxisTitles {
    private AxisTitles() {
    }

    static String fit(String label, List<String> shorter, Font font, Graphics2D g2, Rectangle2D dataArea,
            RectangleEdge edge) {
        if (label == null) {
            return null;
        }
        double room = RectangleEdge.isLeftOrRight(edge) ? dataArea.getHeight() : dataArea.getWidth();
        String fitted = label;
        for (String candidate : shorter) {
            if (font.getStringBounds(fitted, g2.getFontRenderContext()).getWidth() <= room) {
                break;
            }
            fitted = candidate;
        }
        return fitted;
    }

    /** A linear axis whose title shortens to fit (see {@link AxisTitles}). */
    static final class FittedNumberAxis extends NumberAxis {
        private final List<String> shorter;

        FittedNumberAxis(String label, List<String> shorter) {
            super(label);
            this.shorter = List.copyOf(shorter);
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                RectangleEdge edge, AxisState state) {
            return super.drawLabel(fit(label, shorter, getLabelFont(), g2, dataArea, edge), g2, plotArea, dataArea,
                    edge, state);
        }
    }
}
