package dev.ridgeline.economics;

import java.util.Locale;

/**
 * A figure that is either a finite number or undefined with the reason in words ("the baseline's on-demand price is
 * 0"): what a card shows as "n/a — no price set" and JSON writes as null plus a reason, never NaN or Infinity.
 *
 * @param value  the number, finite; null when undefined
 * @param reason why there is no number; null when defined
 */
public record Figure(Double value, String reason) {
    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has a value or a reason, not both or neither");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure's value is finite, was " + value);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(String reason) {
        return new Figure(null, reason);
    }

    /** {@code value} when it is finite, else undefined with {@code reason}. */
    public static Figure finiteOr(double value, String reason) {
        return Double.isFinite(value) ? of(value) : undefined(reason);
    }

    public boolean defined() {
        return value != null;
    }

    public double orElse(double fallback) {
        return value != null ? value : fallback;
    }

    /** "1.23" at the decimals given, or "n/a — " and the reason. */
    public String text(int decimals) {
        return value != null ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : "n/a — " + reason;
    }
}
