package dev.ridgeline.workbench;

import java.util.regex.Pattern;

/**
 * A number typed into a value field, read in the form the workbench shows numbers ("1,234.5": comma groups of
 * three, a point for decimals, an optional exponent). Anything else is refused rather than guessed: "1,5" was read
 * as 15, and Java's own parser took "2f" and "0x1p3" (issue 13).
 */
final class TypedNumber {
    private static final Pattern FORM = Pattern.compile(
            "[+-]?((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** The form to show in a refusal. */
    static final String EXPECTED = "a number like 1234.5, 1,234.5 or 1.2e3";

    private TypedNumber() {
    }

    /** The value, or null if the text is not a number in the workbench's form. */
    static Double parse(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (!FORM.matcher(text).matches()) {
            return null;
        }
        double v = Double.parseDouble(text.replace(",", ""));
        return Double.isFinite(v) ? v : null;
    }

    /** Whether a value is whole, for fields that count (GPUs, sequences, tokens). */
    static boolean isWhole(double v) {
        return v == Math.rint(v);
    }
}
