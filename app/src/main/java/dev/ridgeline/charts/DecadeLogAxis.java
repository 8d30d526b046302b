package dev.ridgeline.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A log axis whose tick labels use the axis's tick-label font: JFreeChart's LogAxis builds them as attributed
 * strings with no font, so they came out smaller than every other tick label (and as outlines in SVG). Its title
 * shortens to fit the axis (see {@link AxisTitles}).
 */
final class DecadeLogAxis extends LogAxis {
    private final List<String> shorter;

    DecadeLogAxis(String label, List<String> shorter) {
        super(label);
        this.shorter = List.copyOf(shorter);
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
            RectangleEdge edge, AxisState state) {
        return super.drawLabel(AxisTitles.fit(label, shorter, getLabelFont(), g2, dataArea, edge), g2, plotArea,
                dataArea, edge, state);
    }

    @Override
    protected AttributedString createTickLabel(double value) {
        String text = getNumberFormatOverride() != null ? getNumberFormatOverride().format(value)
                : Formats.compact(value);
        AttributedString label = new AttributedString(text);
        if (!text.isEmpty()) {
            label.addAttributes(getTickLabelFont().getAttributes(), 0, text.length());
        }
        return label;
    }
}
