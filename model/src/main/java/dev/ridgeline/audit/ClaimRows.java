package dev.ridgeline.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects one seed's rows; every Ridgeline value passed in is computed by the caller from the model. */
final class ClaimRows {
    private final String seed;
    private final List<AuditRow> rows = new ArrayList<>();

    ClaimRows(String seed) {
        this.seed = seed;
    }

    /** A claim the audit expects to agree (no reason: if it differs, AuditTest fails on the blank reason). */
    ClaimRows add(String location, String claim, double article, String unit, double tolerance, double ridgeline) {
        return add(location, claim, article, unit, tolerance, ridgeline, null);
    }

    ClaimRows add(String location, String claim, double article, String unit, double tolerance, double ridgeline,
            String reasonIfDiffers) {
        rows.add(AuditRow.of(new Claim(seed, location, claim, article, unit, tolerance, reasonIfDiffers),
                ridgeline));
        return this;
    }

    List<AuditRow> rows() {
        return List.copyOf(rows);
    }

    /** String.format in the root locale, so reasons read the same everywhere ("1,840.0"). */
    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Whole dollars with the sign in front: "$1,840", "−$6,799". */
    static String usd(double dollars) {
        return (dollars < 0 ? "−$" : "$") + f("%,.0f", Math.abs(dollars));
    }
}
