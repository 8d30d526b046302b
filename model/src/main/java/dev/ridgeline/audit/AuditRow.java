package dev.ridgeline.audit;

import java.util.Objects;

/**
 * One claim against the figure Ridgeline computes for it. The verdict is always {@link Claim#judge}'s: a row
 * cannot be built saying "differs" about figures that agree, or the reverse.
 */
public record AuditRow(Claim claim, double ridgelineValue, Verdict verdict) {

    public AuditRow {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        if (!Double.isFinite(ridgelineValue)) {
            throw new IllegalArgumentException(claim.claim() + ": Ridgeline value must be finite, was "
                    + ridgelineValue);
        }
        if (verdict != claim.judge(ridgelineValue)) {
            throw new IllegalArgumentException(claim.claim() + ": verdict " + verdict + " contradicts |"
                    + ridgelineValue + " − " + claim.articleValue() + "| against tolerance " + claim.tolerance());
        }
    }

    public static AuditRow of(Claim claim, double ridgelineValue) {
        return new AuditRow(claim, ridgelineValue, claim.judge(ridgelineValue));
    }

    /** The reason shown beside the row: the claim's reason when it differs, empty when it agrees. */
    public String reason() {
        if (verdict == Verdict.AGREES || claim.reasonIfDiffers() == null) {
            return "";
        }
        return claim.reasonIfDiffers();
    }
}
