package dev.ridgeline.audit;

/**
 * What one audit row must say: the row is found by seed, location and the start of its claim text; its Ridgeline
 * value must be {@code value} ± {@code within}, and its verdict {@code verdict}.
 */
record Expected(String seed, String location, String claimStart, double value, double within, Verdict verdict) {

    static Expected agrees(String seed, String location, String claimStart, double value, double within) {
        return new Expected(seed, location, claimStart, value, within, Verdict.AGREES);
    }

    static Expected differs(String seed, String location, String claimStart, double value, double within) {
        return new Expected(seed, location, claimStart, value, within, Verdict.DIFFERS);
    }

    boolean matches(AuditRow row) {
        Claim c = row.claim();
        return c.seed().equals(seed) && c.location().equals(location) && c.claim().startsWith(claimStart);
    }

    @Override
    public String toString() {
        return seed + " " + location + " \"" + claimStart + "…\"";
    }
}
