package dev.ridgeline.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A chart as a PNG or an SVG, drawn by the same code as the screen with no display. File exports and the clipboard
 * are laid out at 1280×720 and magnified (×1.5 for 1920×1080, ×3 for 3840×2160), so a 4K export is the same picture
 * as the full-HD one, only sharper; the deck lays its charts out to the slide instead ({@link SlideDeck}).
 */
public final class ChartImages {
    /**
     * The layout file exports magnify: the charts' type is sized for on-screen panels (~900 px wide), so an export
     * is laid out small and scaled up to make its 15 px tick labels 22 px on 1080p, legible at the back of a room.
     */
    public static final int LAYOUT_WIDTH = 1280;
    public static final int LAYOUT_HEIGHT = 720;

    /**
     * Charts name fonts the viewer may lack; SVG lets us list look-alikes (Verdana is DejaVu Sans's ancestor).
     * Unquoted: JFreeSVG puts the style in a single-quoted attribute, and CSS reads bare multi-word names.
     */
    private static final Function<String, String> FONT_FAMILIES = family -> switch (family) {
        case "DejaVu Sans" -> "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";
        case "Dialog", "SansSerif" -> "sans-serif";
        case "Serif" -> "serif";
        case "Monospaced", "DialogInput" -> "monospace";
        default -> family.replaceAll("[^A-Za-z0-9 -]", "") + ", sans-serif";
    };

    private ChartImages() {
    }

    /**
     * How much the 1280×720 layout is magnified to fill {@code width}×{@code height}: 1.5 at 1920×1080, 3 at
     * 3840×2160, and 1 (laid out at its own size) for pictures no larger than 1280×720 in either direction.
     */
    public static double scale(int width, int height) {
        return Math.max(1, Math.min((double) width / LAYOUT_WIDTH, (double) height / LAYOUT_HEIGHT));
    }

    /** The chart as a PNG of exactly {@code width}×{@code height} pixels on white. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        return png(chart, width, height, scale(width, height));
    }

    /** The chart laid out at ({@code width}, {@code height}) ÷ {@code scale} and magnified {@code scale} times. */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        return Png.encode(image(chart, width, height, scale));
    }

    /** The chart drawn into an opaque image of exactly {@code width}×{@code height} pixels. */
    public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            hints(g);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The rendering hints pictures are drawn with (and the label-collision test measures text under). */
    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // pure strokes: no snapping to whole pixels, which would make scaled lines uneven
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /**
     * The chart as an SVG document {@code width}×{@code height} in size, laid out like the PNG of that size;
     * text stays text ({@code <text>} elements), so it can be searched, copied and edited.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        return svg(chart, width, height, scale(width, height));
    }

    /** The SVG twin of {@link #png(JFreeChart, int, int, double)}. */
    public static String svg(JFreeChart chart, int width, int height, double scale) {
        double layoutWidth = width / scale;
        double layoutHeight = height / scale;
        SVGGraphics2D g = new SVGGraphics2D(layoutWidth, layoutHeight);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(FONT_FAMILIES);
        // JFreeChart draws rotated text (the y-axis titles) through a TextLayout, which JFreeSVG can only write as
        // glyph outlines; plain drawString keeps it <text>. The workaround is for a JDK 1.3 bug, so it is off here.
        boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, layoutWidth, layoutHeight));
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(workaround);
        }
        String element = g.getSVGElement(null, false, new ViewBox(0, 0, layoutWidth, layoutHeight), null,
                null);
        // the size attributes are added here because JFreeSVG would write the layout's size, not the picture's;
        // xml:space keeps a text's runs of spaces as drawn ("solid: on-demand   dashed: spot"), which SVG would
        // otherwise collapse to one (issue 12)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + element.replaceFirst("<svg ", "<svg width=\"" + width + "\" height=\"" + height
                        + "\" xml:space=\"preserve\" ");
    }
}
