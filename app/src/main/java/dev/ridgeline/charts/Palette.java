package dev.ridgeline.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * One colour per system across every chart: the Okabe–Ito palette, safe for the common colour-vision
 * deficiencies. Type sizes are for the back of a meeting room: charts are laid out at 600–1300 px and magnified
 * (×1.5 in presenter mode, ~1 pt per px on slides), so 15 px ticks come out at ≥ 22 px / 15 pt and 18 px axis
 * titles at 27 px / 18 pt.
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
    public static final Font AXIS_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 18);
    public static final Font TICK_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font LEGEND = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font ANNOTATION = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font ANNOTATION_BOLD = new Font(FONT_FAMILY, Font.BOLD, 15);
    /** WCAG AA for normal-size text: every chart text colour has at least this contrast with its background. */
    public static final double MIN_TEXT_CONTRAST = 4.5;

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

    /**
     * {@code c} as text on {@code background}: itself if it has AA contrast there, else mixed towards black (on a
     * light background) or white (on a dark one) just enough. Okabe–Ito green and orange are too light for text on
     * white, blue too dark on the dark theme.
     */
    public static Color readable(Color c, Color background) {
        Color target = luminance(background) > 0.18 ? Color.BLACK : Color.WHITE;
        Color mixed = c;
        for (int step = 1; step <= 20 && contrast(mixed, background) < MIN_TEXT_CONTRAST; step++) {
            double t = step / 20.0;
            mixed = new Color(mix(c.getRed(), target.getRed(), t), mix(c.getGreen(), target.getGreen(), t),
                    mix(c.getBlue(), target.getBlue(), t));
        }
        return mixed;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour (alpha ignored). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
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
