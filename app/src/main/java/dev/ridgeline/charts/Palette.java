package dev.ridgeline.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * One colour per system across every chart: the Okabe–Ito palette, safe for the common colour-vision
 * deficiencies. Type sizes are for the back of a meeting room at 1920×1080.
 */
public final class Palette {
    private static final Color[] SYSTEMS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
    };

    public static final Color INK = new Color(0x1F2328);
    public static final Color MUTED = new Color(0x57606A);
    public static final Color GRID = new Color(0xD0D7DE);
    public static final Color ALERT = new Color(0xCF222E);

    public static final String FONT_FAMILY = "DejaVu Sans";
    public static final Font TITLE = new Font(FONT_FAMILY, Font.BOLD, 20);
    public static final Font AXIS_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 17);
    public static final Font TICK_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font LEGEND = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font ANNOTATION = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font ANNOTATION_BOLD = new Font(FONT_FAMILY, Font.BOLD, 14);

    public static final Stroke LINE = new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {11f, 7f}, 0f);
    public static final Stroke MARKER = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 5f}, 0f);

    private Palette() {
    }

    /** A colour with the given alpha (0–255): the memory chart's tint for KV cache. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static Color system(int index) {
        return SYSTEMS[Math.floorMod(index, SYSTEMS.length)];
    }

    /** The colour as a CSS hex string, for JavaFX cards and controls. */
    public static String systemCss(int index) {
        Color c = system(index);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
