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
        if (!Double.isFinite(value) || decimals < 0 || decimals >= FIXED_CACHE) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", value);
        }
        // a cached pattern per thread: String.format parsed its pattern anew on each of the thousands of calls a
        // drag makes (a tenth of the cards' and charts' update time, issue 12)
        // rounded half-up on the shortest decimal form of the double, exactly as String.format rounds ("0.0095" → 0.010)
        return FIXED.get()[decimals].format(new java.math.BigDecimal(Double.toString(value))
                .setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    private static final int FIXED_CACHE = 10;
    private static final ThreadLocal<java.text.DecimalFormat[]> FIXED = ThreadLocal.withInitial(() -> {
        java.text.DecimalFormat[] formats = new java.text.DecimalFormat[FIXED_CACHE];
        for (int d = 0; d < FIXED_CACHE; d++) {
            java.text.DecimalFormat f = new java.text.DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d),
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(java.math.RoundingMode.HALF_UP);
            formats[d] = f;
        }
        return formats;
    });

    /** Dollars with sensible precision: $0.059, $0.168, $2.78, $26,981. */
    public static String dollars(double value) {
        if (value == 0) {
            return "$0"; // a free system, not "$0.000"
        }
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

    /** "1 GPU", "14 GPUs": a count and its noun, singular for exactly one. */
    public static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /**
     * A figure against the baseline's, as the cards, slides and tooltips word it: "same as baseline" within 0.5 %,
     * a percentage under 20 % ("5 % dearer", "12 % cheaper"), a factor from there ("2.9× cheaper", "3.9× faster").
     * Percentages are of the baseline's figure; the factor is the larger figure over the smaller. Empty when either
     * figure is missing, zero or not finite.
     *
     * @param higherIsBetter whether a larger figure is the better one (KV budget) or a smaller one (cost, time)
     */
    public static String versus(double value, double baseline, boolean higherIsBetter, String better, String worse) {
        if (!Double.isFinite(value) || !Double.isFinite(baseline) || value <= 0 || baseline <= 0) {
            return "";
        }
        double change = value / baseline - 1;
        if (Math.abs(change) < 0.005) {
            return "same as baseline";
        }
        String word = (change > 0) == higherIsBetter ? better : worse;
        long percent = Math.round(Math.abs(change) * 100);
        if (percent < 20) {
            return Math.max(1, percent) + " % " + word;
        }
        double factor = change > 0 ? value / baseline : baseline / value;
        return fixed(factor, factor >= 10 ? 0 : 1) + "× " + word;
    }
}
