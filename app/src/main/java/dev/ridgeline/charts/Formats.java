package dev.ridgeline.charts;

import java.util.Locale;

/** Number text for charts, cards and tooltips. */
public final class Formats {
    private Formats() {
    }

    /** 1, 10, 1k, 2.5k, 1M — for axis decades and compact labels. */
    public static String compact(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return trim(value / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return trim(value / 1e3) + "k";
        }
        if (abs >= 1 || abs == 0) {
            return trim(value);
        }
        return String.format(Locale.ROOT, "%s", new java.math.BigDecimal(value).round(new java.math.MathContext(2))
                .stripTrailingZeros().toPlainString());
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A number with thousands separators and the given decimals: 15,375 / 5.55. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Dollars with sensible precision: $0.059, $0.168, $2.78, $26,981. */
    public static String dollars(double value) {
        if (value >= 100) {
            return "$" + fixed(value, 0);
        }
        if (value >= 1) {
            return "$" + fixed(value, 2);
        }
        return "$" + fixed(value, 3);
    }

    /** Three significant figures, grouped: 15,400 / 180 / 5.55 / 0.0589. */
    public static String sig3(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return fixed(value, 0);
        }
        double magnitude = Math.floor(Math.log10(Math.abs(value)));
        int decimals = (int) Math.max(0, 2 - magnitude);
        double rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
        return fixed(rounded, decimals);
    }
}
