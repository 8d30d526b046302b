package dev.ridgeline.charts;

import java.text.AttributedString;
import org.jfree.chart.axis.LogAxis;

/**
 * A log axis whose tick labels use the axis's tick-label font: JFreeChart's LogAxis builds them as attributed
 * strings with no font, so they came out smaller than every other tick label (and as outlines in SVG).
 */
final class DecadeLogAxis extends LogAxis {
    DecadeLogAxis(String label) {
        super(label);
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
