package dev.ridgeline.audit;

import dev.ridgeline.serving.Speculation;
import java.util.List;

/** Seed 000 ("Why B200 token cost fell 5x"): MTP tokens per step and the self-host price comparison. */
final class Seed000Claims {
    private Seed000Claims() {
    }

    static List<AuditRow> rows() {
        ClaimRows rows = new ClaimRows("000");
        rows.add("The proof is public", "MTP-1 at a 90% acceptance rate: tokens per decode step", 1.9, "tokens/step",
                0.05, Speculation.expectedTokensPerStep(0.9, 1));
        rows.add("The proof is public", "Self-hosted $0.30/M vs hosted $0.67/M: \"less than half\" (read as 0.40-0.50×)",
                0.45, "× hosted price", 0.05, 0.30 / 0.67);
        return rows.rows();
    }
}
