package dev.ridgeline.export;

/**
 * WCAG 2 contrast for colours given as 0xRRGGBB: the ratio of relative luminances, and a shade of a colour that
 * reads as text (AA, 4.5:1) on given backgrounds. The system colours are for lines and bars; as text on white some
 * reach only 2:1 (orange, sky blue), so text takes a darker shade of the same hue (a lighter one on dark).
 */
public final class Legible {
    /** WCAG AA for normal text, with a little room for rounding. */
    public static final double AA = 4.6;

    private Legible() {
    }

    public static double contrast(int rgb, int other) {
        double a = luminance(rgb);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    public static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * The colour itself when it reaches {@link #AA} on every background, else the nearest shade that does: mixed
     * towards black on light backgrounds, towards white on dark ones (judged by the first).
     */
    public static int shade(int rgb, int... backgrounds) {
        int towards = luminance(backgrounds[0]) > 0.18 ? 0x000000 : 0xFFFFFF;
        for (int step = 0; step <= 50; step++) {
            int shade = mix(rgb, towards, step / 50.0);
            boolean readable = true;
            for (int b : backgrounds) {
                readable &= contrast(shade, b) >= AA;
            }
            if (readable) {
                return shade;
            }
        }
        return towards;
    }

    private static int mix(int from, int to, double t) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = (from >> shift) & 0xFF;
            int b = (to >> shift) & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * t) << shift;
        }
        return rgb;
    }

    /** "#rrggbb", for CSS. */
    public static String css(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
