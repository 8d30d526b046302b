package dev.ridgeline.serving;

/** Speculative decoding and MTP: expected tokens per target step (Leviathan et al. 2023, Theorem 3.8). */
public final class Speculation {
    private Speculation() {
    }

    /** E(α, k) = (1 − α^(k+1)) / (1 − α); k = 0 gives 1; MTP-1 at α = 0.9 gives 1.9 (seed 000). */
    public static double expectedTokensPerStep(double acceptanceRate, int draftTokens) {
        if (draftTokens == 0 || acceptanceRate == 0) {
            return 1.0;
        }
        return (1 - Math.pow(acceptanceRate, draftTokens + 1)) / (1 - acceptanceRate);
    }
}
