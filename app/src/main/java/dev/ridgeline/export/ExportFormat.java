package dev.ridgeline.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an export writes: chart pictures (PNG, SVG), the slide deck (PPTX) and the plotted data (CSV). */
public enum ExportFormat {
    PNG, SVG, PPTX, CSV;

    /** All formats, as the command line's default spells them. */
    public static final String ALL = "png,svg,pptx,csv";

    /**
     * Parses a comma-separated list such as {@code "png,SVG"}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the unknown entry and the formats there are
     */
    public static Set<ExportFormat> parse(String list) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String item : list.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format \"" + name + "\"; use any of " + ALL, e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given; use any of " + ALL);
        }
        return formats;
    }

    /** The lower-case file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
