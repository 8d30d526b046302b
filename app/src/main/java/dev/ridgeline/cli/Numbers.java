package dev.ridgeline.cli;

import java.util.Locale;

/** Number formatting for tables: thousands separators, fixed decimals. */
final class Numbers {
    private Numbers() {
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String fixed(Double value, int decimals) {
        return value == null ? "–" : fixed(value.doubleValue(), decimals);
    }
}
