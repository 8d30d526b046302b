package dev.ridgeline.export;

import java.util.ArrayList;
import java.util.List;

/**
 * How tall text set in Arial wraps to in a given width, so slides can size table rows and split a table that
 * would run off the slide. It uses Arial's advance widths (Liberation Sans shares them) rather than the fonts this
 * machine happens to have, so the same deck comes out everywhere.
 */
final class TextFit {
    /** Single line spacing as PowerPoint sets Arial: 1.2 × the font size. */
    static final double LINE_SPACING = 1.2;
    /** A small allowance for renderers that set text a little wider than the font's advances. */
    private static final double SLACK = 1.03;
    private static final double OTHER = 600;
    private static final double WIDE = 1000;

    /** Advance widths of ' ' (32) to '~' (126), in thousandths of the font size. */
    private static final short[] PLAIN = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
        500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
        556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
        278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
        556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
        556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
        333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

    private TextFit() {
    }

    /** The width of {@code text} on one line, in points. */
    static double width(String text, double size, boolean bold) {
        short[] widths = bold ? BOLD : PLAIN;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 32 && c <= 126) {
                units += widths[c - 32];
            } else if (c == '·') {
                units += 333;
            } else if (Character.isSurrogate(c) || c >= 0x2190) {
                units += WIDE; // arrows, symbols and emoji come from a wider fallback font
            } else {
                units += OTHER;
            }
        }
        return units * size / 1000 * SLACK;
    }

    /** Lines {@code text} wraps to at word boundaries in {@code width} points (a word too long for a line is split). */
    static int lines(String text, double size, boolean bold, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(bold ? paragraph : "", bold ? "" : paragraph, size, width);
        }
        return lines;
    }

    /** Lines of one paragraph that starts with a bold {@code label} and goes on in plain {@code text}. */
    static int lines(String label, String text, double size, double width) {
        return paragraphLines(label, text, size, width);
    }

    private static int paragraphLines(String label, String text, double size, double width) {
        List<String> words = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (String w : label.isEmpty() ? new String[0] : label.split(" ")) {
            words.add(w);
            bold.add(true);
        }
        for (String w : text.isEmpty() && !label.isEmpty() ? new String[0] : text.split(" ")) {
            words.add(w);
            bold.add(false);
        }
        double space = width(" ", size, false);
        int lines = 1;
        double used = 0;
        for (int i = 0; i < words.size(); i++) {
            double w = width(words.get(i), size, bold.get(i));
            if (used > 0 && used + space + w <= width) {
                used += space + w;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            while (w > width) {
                lines++;
                w -= width;
            }
            used = w;
        }
        return lines;
    }

    /** The height of the wrapped text, in points. */
    static double height(String text, double size, boolean bold, double width) {
        return lines(text, size, bold, width) * size * LINE_SPACING;
    }
}
