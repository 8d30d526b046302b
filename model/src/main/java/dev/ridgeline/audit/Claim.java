package dev.ridgeline.audit;

import java.util.Objects;

/**
 * One numeric statement an article makes, and how precisely it makes it.
 *
 * @param seed            the article, by seed number ("001")
 * @param location        where in the article ("§1.1", "§5 table")
 * @param claim           what is claimed, with the inputs the article states
 * @param articleValue    the figure the article prints (for a range, the bound the claim text names)
 * @param unit            the unit of both figures
 * @param tolerance       the article's own rounding: half a unit of the last digit it prints ("~5.5 ms" → 0.05,
 *                        "$0.49" → 0.005, "~27,000" → 500, zeros ending a "~" figure of three or more digits
 *                        being rounding); where the claim text says the article truncates, one unit; 0 for counts
 * @param reasonIfDiffers why Ridgeline's figure differs, shown only when it does; null where the audit expects the
 *                        claim to agree (a claim that then differs has no reason, which AuditTest catches)
 */
public record Claim(
        String seed,
        String location,
        String claim,
        double articleValue,
        String unit,
        double tolerance,
        String reasonIfDiffers) {

    public Claim {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(articleValue)) {
            throw new IllegalArgumentException(claim + ": article value must be finite, was " + articleValue);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException(claim + ": tolerance must be finite and ≥ 0, was " + tolerance);
        }
    }

    /**
     * AGREES iff |value − article| ≤ tolerance. A relative slack of 1e-9 absorbs floating-point noise only
     * (3.4 − 3.35 is 0.04999999999999982 in doubles; it must not flip on the other side of 0.05).
     */
    public Verdict judge(double ridgelineValue) {
        double slack = 1e-9 * Math.max(Math.abs(articleValue), Math.abs(ridgelineValue));
        return Math.abs(ridgelineValue - articleValue) <= tolerance + slack ? Verdict.AGREES : Verdict.DIFFERS;
    }
}
