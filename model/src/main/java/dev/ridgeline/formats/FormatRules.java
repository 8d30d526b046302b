package dev.ridgeline.formats;

import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RangeText;
import java.util.ArrayList;
import java.util.List;

/**
 * A number format's structural invariants: its bits per value are what its elements and block scales imply
 * (NVFP4: 4 + 8/16 = 4.5), and a format without blocks has no block scales.
 */
public final class FormatRules {
    /** bitsPerValue may be rounded (fp8-block's 8.002 for 8 + 32/16,384 = 8.00195). */
    static final double TOLERANCE_BITS = 0.01;

    private FormatRules() {
    }

    /** Every rule the format breaks, named relative to it ("bitsPerValue"); empty when it holds. */
    public static List<Problem> problems(NumberFormat f) {
        List<Problem> problems = new ArrayList<>(0);
        if (f.blockSize() == 0 && f.scaleBitsPerBlock() != 0) {
            problems.add(new Problem("scaleBitsPerBlock", "must be 0 when blockSize is 0 (no blocks to scale), was "
                    + RangeText.number(f.scaleBitsPerBlock())));
        } else if (Math.abs(f.bitsPerValue() - f.impliedBitsPerValue()) > TOLERANCE_BITS) {
            problems.add(new Problem("bitsPerValue", "must be elementBits + scaleBitsPerBlock / blockSize = "
                    + RangeText.number(f.impliedBitsPerValue()) + " (within " + TOLERANCE_BITS + "), was "
                    + RangeText.number(f.bitsPerValue())));
        }
        return problems;
    }
}
