package dev.ridgeline.serving;

/**
 * What one step of a replica carries.
 *
 * @param decodeSequences  sequences decoding (fractional in steady-state averages)
 * @param draftTokens      k draft tokens verified per decoding sequence
 * @param decodeContext    average context a decoding sequence attends to
 * @param prefillTokens    prompt tokens processed in the same step (a chunk, or several prompts)
 * @param prefillContext   average context of those prompt tokens
 * @param prefillSequences prompts the chunk belongs to (each reads its own earlier context once)
 */
public record StepShape(
        double decodeSequences,
        int draftTokens,
        double decodeContext,
        double prefillTokens,
        double prefillContext,
        double prefillSequences) {

    public static StepShape decode(double sequences, int draftTokens, double context) {
        return new StepShape(sequences, draftTokens, context, 0, 0, 0);
    }

    public static StepShape prefill(double tokens, double context) {
        return new StepShape(0, 0, 0, tokens, context, 1);
    }

    public double verifiedTokens() {
        return decodeSequences * (draftTokens + 1);
    }

    public double tokens() {
        return verifiedTokens() + prefillTokens;
    }

    public StepShape withoutDrafts() {
        return new StepShape(decodeSequences, 0, decodeContext, 0, 0, 0);
    }
}
