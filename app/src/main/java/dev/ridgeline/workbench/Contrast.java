package dev.ridgeline.workbench;

import javafx.scene.paint.Color;

/** WCAG 2 contrast: the ratio of relative luminances, and a shade of a colour that reaches AA on given backgrounds. */
final class Contrast {
    /** WCAG AA for normal text, with a little room for rounding to whole hex digits. */
    static final double AA = 4.6;
    /** The cards' backgrounds in each theme, plain and selected (ridgeline.css, dark.css). */
    static final Color[] LIGHT_CARDS = {Color.web("#f6f8fa"), Color.web("#eaf2fb")};
    static final Color[] DARK_CARDS = {Color.web("#161b22"), Color.web("#1f2a37")};

    private Contrast() {
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /**
     * The colour itself when it reads at AA on every background, else the nearest shade that does: mixed towards
     * black on light backgrounds, towards white on dark ones.
     */
    static Color readable(Color colour, Color[] backgrounds) {
        Color towards = luminance(backgrounds[0]) > 0.5 ? Color.BLACK : Color.WHITE;
        for (int step = 0; step <= 50; step++) {
            Color shade = colour.interpolate(towards, step / 50.0);
            if (worst(shade, backgrounds) >= AA) {
                return shade;
            }
        }
        return towards;
    }

    private static double worst(Color c, Color[] backgrounds) {
        double worst = Double.MAX_VALUE;
        for (Color b : backgrounds) {
            worst = Math.min(worst, ratio(c, b));
        }
        return worst;
    }
}
