package dev.ridgeline.hardware;

import dev.ridgeline.validation.Problem;
import java.util.List;

/**
 * An accelerator's structural invariant beyond each figure's range: a dense BF16 peak, the precision every other one
 * falls back to (without it an FP8 or FP4 format on a part lacking that precision has no peak at all).
 */
public final class AcceleratorRules {
    private AcceleratorRules() {
    }

    /** Every rule the accelerator breaks, named relative to it ("denseTflops.BF16"); empty when it holds. */
    public static List<Problem> problems(Accelerator a) {
        if (!a.denseTflops().containsKey(Precision.BF16)) {
            return List.of(new Problem("denseTflops.BF16", "is required: every precision falls back to BF16"));
        }
        return List.of();
    }
}
