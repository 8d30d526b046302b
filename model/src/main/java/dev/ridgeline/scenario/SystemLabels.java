package dev.ridgeline.scenario;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NativeFormats;

/**
 * A system's automatic label, "accelerator · weight format" (vendor dropped, the format's first word:
 * "B200 180GB (HGX/DGX B200, as sold) · NVFP4"), and how a label follows a change of configuration.
 */
public final class SystemLabels {
    private static final String SEPARATOR = " · ";
    private static final String COPY = " (copy)";

    private SystemLabels() {
    }

    /** The label a system gets from its configuration; ids the catalog lacks (custom entries) stand as they are. */
    public static String automatic(Catalog catalog, SystemSpec spec) {
        return acceleratorPart(catalog, spec.accelerator()) + SEPARATOR + formatPart(catalog, spec.weightFormat());
    }

    /**
     * {@code after} with its label following the change from {@code before}, unless the user named the system.
     * A label describes the configuration, and so follows it, when it is the automatic label of {@code before} or
     * ends in " · " and the previous weight format's short name (the presets' "B200 HGX · NVFP4", "H100 · INT4 AWQ"),
     * optionally followed by " (copy)" as Duplicate leaves it: the format part becomes the new format's, and the
     * accelerator part the new accelerator's when the accelerator changed. Any other label (typed with Rename…,
     * "B200 · MTP-1, α 0.9") is kept.
     */
    public static SystemSpec follow(Catalog catalog, SystemSpec before, SystemSpec after) {
        String label = before.label();
        if (label == null || sameConfiguration(before, after)) {
            return after;
        }
        String suffix = "";
        String body = label;
        while (body.endsWith(COPY)) {
            body = body.substring(0, body.length() - COPY.length());
            suffix = COPY + suffix;
        }
        if (body.equals(automatic(catalog, before))) {
            return after.withLabel(automatic(catalog, after) + suffix);
        }
        int cut = body.lastIndexOf(SEPARATOR);
        if (cut < 0) {
            return after;
        }
        String head = body.substring(0, cut);
        String tail = body.substring(cut + SEPARATOR.length());
        String oldFormat = formatPart(catalog, before.weightFormat());
        if (!(tail.equals(oldFormat) || tail.startsWith(oldFormat + " "))) {
            return after;
        }
        String newHead = before.accelerator().equals(after.accelerator()) ? head
                : acceleratorPart(catalog, after.accelerator());
        String newTail = before.weightFormat().equals(after.weightFormat()) ? tail
                : formatPart(catalog, after.weightFormat());
        return after.withLabel(newHead + SEPARATOR + newTail + suffix);
    }

    private static boolean sameConfiguration(SystemSpec before, SystemSpec after) {
        return before.accelerator().equals(after.accelerator()) && before.weightFormat().equals(after.weightFormat());
    }

    private static String acceleratorPart(Catalog catalog, String id) {
        return catalog.accelerator(id).map(NativeFormats::shortName).orElse(id);
    }

    private static String formatPart(Catalog catalog, String id) {
        return catalog.format(id).map(NativeFormats::shortName).orElse(id);
    }
}
