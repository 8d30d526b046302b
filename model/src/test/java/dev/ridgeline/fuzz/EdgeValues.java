package dev.ridgeline.fuzz;

import dev.ridgeline.validation.Range;
import java.util.SplittableRandom;

/** Numbers and strings at and beyond every edge: the values a fuzzed file or control takes. */
final class EdgeValues {
    /** Values that break some type or range somewhere: beyond an int, a double's extremes, signs, fractions. */
    private static final double[] WILD = {0, -0.0, -1, 1, 0.5, 2.6, 1e-300, Double.MIN_VALUE, 1e308, -1e308,
            Integer.MAX_VALUE, Integer.MAX_VALUE + 1.0, Integer.MIN_VALUE, 3e9, 1e12, 9.3e18, 1e19, -3e9, 72, 73,
            1_000_000, 1_000_001, 10_000_000, 10_000_001, 0.05, 0.049, 0.999999, 1.000001, 100_000, 1e9};

    private EdgeValues() {
    }

    /**
     * A value for a field with {@code range} (or none): its edges, just beyond them, inside it at random, or a wild
     * value. Integral fields mostly get whole numbers.
     */
    static double number(SplittableRandom r, Range range, boolean integral) {
        return number(r, range, integral, false);
    }

    /** As {@link #number(SplittableRandom, Range, boolean)}; {@code inside}: only at the edges or within. */
    static double number(SplittableRandom r, Range range, boolean integral, boolean inside) {
        double min = range == null || range.min() == Double.NEGATIVE_INFINITY ? 0 : range.min();
        double max = range == null || range.max() == Double.POSITIVE_INFINITY ? 1e6 : range.max();
        if (range != null && range.minExclusive() && min == 0) {
            min = integral ? 1 : 1e-3; // an exclusive zero: its edge is just above
        }
        int pick = inside ? new int[] {0, 1, 6, 7, 7}[r.nextInt(5)] : r.nextInt(10);
        double v = switch (pick) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> integral ? min - 1 : Math.nextDown(min);
            case 3 -> integral ? max + 1 : Math.nextUp(max);
            case 4, 5 -> WILD[r.nextInt(WILD.length)];
            case 6 -> min + (max - min) * r.nextDouble() * r.nextDouble() * r.nextDouble();
            default -> Math.exp(Math.log(Math.max(min, 1e-3)) + r.nextDouble()
                    * (Math.log(Math.max(max, 1e-3)) - Math.log(Math.max(min, 1e-3))));
        };
        return integral && r.nextInt(8) != 0 ? Math.rint(v) : v;
    }

    /** Text: empty, blank, huge, unicode, a near miss of a known id, or one of the ids given. */
    static String text(SplittableRandom r, String... known) {
        return switch (r.nextInt(8)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "x".repeat(r.nextInt(16) == 0 ? 200_000 : 1 + r.nextInt(1000));
            case 3 -> "ünïcødé · \u0000 \"quoted\" \\ ☃";
            case 4 -> known.length == 0 ? "id" : known[r.nextInt(known.length)] + "x";
            default -> known.length == 0 ? "t" + r.nextInt(1000) : known[r.nextInt(known.length)];
        };
    }
}
