package dev.ridgeline.validation;

import java.math.BigDecimal;

/** Words for a {@link Range}: "must be ≥ 0, was -2", "must be between 0 and 1 (1 excluded), was 1.2". */
public final class RangeText {
    private RangeText() {
    }

    /** Null when the value is inside the range, else the message. */
    public static String violation(Range range, double value) {
        return violation(range.min(), range.minExclusive(), range.max(), range.maxExclusive(), value);
    }

    public static String violation(double min, boolean minExclusive, double max, boolean maxExclusive, double value) {
        boolean belowMin = minExclusive ? value <= min : value < min;
        boolean aboveMax = maxExclusive ? value >= max : value > max;
        if (Double.isNaN(value)) {
            return "must be a number, was NaN";
        }
        if (!belowMin && !aboveMax) {
            return null;
        }
        return "must be " + allowed(min, minExclusive, max, maxExclusive) + ", was " + number(value);
    }

    public static String allowed(double min, boolean minExclusive, double max, boolean maxExclusive) {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            String text = "between " + number(min) + " and " + number(max);
            if (minExclusive && maxExclusive) {
                return text + " (both excluded)";
            }
            if (minExclusive || maxExclusive) {
                return text + " (" + number(minExclusive ? min : max) + " excluded)";
            }
            return text;
        }
        if (hasMin) {
            return (minExclusive ? "> " : "≥ ") + number(min);
        }
        if (hasMax) {
            return (maxExclusive ? "< " : "≤ ") + number(max);
        }
        return "a finite number";
    }

    /**
     * A plain rendering of a number: 2 not 2.0, 0.95 not 0.9500000000000001; 3000000000 in full, but 1.0E300 and
     * 4.9E-324 in scientific notation rather than hundreds of digits.
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain.length() <= MAX_PLAIN_CHARS ? plain : Double.toString(value);
    }

    /** Longer plain renderings (1e300, 5e-324) are written in scientific notation. */
    private static final int MAX_PLAIN_CHARS = 24;
}
