package dev.ridgeline.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * A framed block of lines in a corner of the plot (the cost chart's comparison at the target): where it covers
 * no data marker and the least length of curve, in its full form if that is as good as the short one; left out
 * if neither fits in the plot.
 */
final class KeyBox {
    private static final double MARGIN = 4;

    private KeyBox() {
    }

    static void draw(Graphics2D g2, LabelPlacer placer, Rectangle2D area, List<LabelLayer.BoxLine> lines,
            ChartTheme theme) {
        if (lines.isEmpty()) {
            return;
        }
        CompositeTitle best = null;
        Rectangle2D bestAt = null;
        double least = Double.POSITIVE_INFINITY;
        for (boolean shortForm : new boolean[] {false, true}) {
            CompositeTitle box = title(lines, shortForm, theme);
            Size2D size = box.arrange(g2);
            for (Rectangle2D c : LabelPlacer.corners(area, size.getWidth(), size.getHeight(), MARGIN)) {
                double cost = placer.cost(c, null);
                if (cost < least) {
                    best = box;
                    bestAt = c;
                    least = cost;
                }
            }
            if (least == 0) {
                break; // the full form where it covers nothing
            }
        }
        if (bestAt != null) {
            best.draw(g2, placer.accept(bestAt));
        }
    }

    private static CompositeTitle title(List<LabelLayer.BoxLine> lines, boolean shortForm, ChartTheme theme) {
        BlockContainer column = new BlockContainer(new ColumnArrangement(HorizontalAlignment.LEFT,
                VerticalAlignment.TOP, 0, 2));
        for (LabelLayer.BoxLine line : lines) {
            column.add(new LabelBlock(shortForm ? line.shortText() : line.text(), line.font(),
                    theme.text(line.colour())));
        }
        CompositeTitle box = new CompositeTitle(column);
        Color bg = theme.background();
        box.setBackgroundPaint(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 235));
        box.setFrame(new BlockBorder(theme.grid()));
        box.setPadding(new RectangleInsets(6, 8, 6, 8));
        return box;
    }
}
