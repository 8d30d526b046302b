package dev.ridgeline.serving;

import dev.ridgeline.scenario.Workload;

/**
 * Steady-state serving at a batch, as an engine schedules it (model/MODEL.md §2, "Scheduling"). Every step decodes
 * the batch; new requests fill the slots finished ones free, and their prompts are prefilled in chunks under the
 * engine's token budget T. Per step the batch needs p̄ = B × E × ISL / OSL prompt tokens on average. A prompt's
 * chunk is min(T − B(k+1), max(p̄, ISL)) tokens, so with few requests finishing per step most steps are decode-only
 * and a few carry a whole prompt; with many, every step carries p̄. When the budget cannot hold the batch's
 * decode tokens and its prompts, the batch decoding at once falls to T / ((k+1) + E × ISL / OSL).
 */
public final class SteadyState {
    private SteadyState() {
    }

    public static FrontierPoint at(SystemConfig s, Workload w, int batch) {
        return at(new Step(s), w, batch);
    }

    public static FrontierPoint at(Step step, Workload w, int batch) {
        SystemConfig s = step.config();
        int k = s.draftTokens();
        double e = Speculation.expectedTokensPerStep(s.acceptanceRate(), k);
        // a cached prefix is not computed: the prefill needs ISL × (1 − h) tokens per request (issue 14)
        double promptPerOutput = w.computedPromptTokens() / w.outputTokens();
        double prompt = w.computedPromptTokens();
        double budget = s.engine().maxTokensPerStep();
        double decoding = Math.min(batch, budget / ((k + 1) + e * promptPerOutput));
        double prefillPerStep = decoding * e * promptPerOutput;
        double room = budget - decoding * (k + 1);
        double chunk = Math.min(room, Math.max(prefillPerStep, prompt));
        double mixedShare = chunk <= 0 ? 0 : Math.min(1, prefillPerStep / chunk);
        double context = w.averageDecodeContext();
        StepTime decodeOnly = step.time(StepShape.decode(decoding, k, context));
        double mean = decodeOnly.totalSeconds();
        if (mixedShare > 0) {
            double prompts = Math.max(1, chunk / prompt);
            StepTime mixed = step.time(new StepShape(decoding, k, context, chunk, w.computedPromptContext(),
                    prompts));
            mean = mixedShare * mixed.totalSeconds() + (1 - mixedShare) * decodeOnly.totalSeconds();
        }
        double output = decoding * e / mean / s.gpus();
        return new FrontierPoint(batch, e / mean, output, output * (1 + (double) w.inputTokens() / w.outputTokens()),
                mean * 1e3,
                decodeOnly.computeBound());
    }

    /**
     * Steady state at a batch with no prompts in its steps: a disaggregated decode pool (issue 14), whose prompts are
     * prefilled elsewhere and arrive as KV caches. Every step is the decode step; nothing to schedule around.
     */
    public static FrontierPoint decodeOnly(Step step, Workload w, int batch) {
        SystemConfig s = step.config();
        int k = s.draftTokens();
        double e = Speculation.expectedTokensPerStep(s.acceptanceRate(), k);
        double decoding = Math.min(batch, s.engine().maxTokensPerStep() / (k + 1.0));
        StepTime decode = step.time(StepShape.decode(decoding, k, w.averageDecodeContext()));
        double mean = decode.totalSeconds();
        double output = decoding * e / mean / s.gpus();
        return new FrontierPoint(batch, e / mean, output, output * (1 + (double) w.inputTokens() / w.outputTokens()),
                mean * 1e3, decode.computeBound());
    }

    /**
     * One prompt alone on the replica: ceil(ISL / T) chunks one after another. Attention is linear in context, so
     * the chunks together cost as many chunks at the prompt's mean context, ISL / 2.
     */
    public static double timeToFirstTokenSeconds(SystemConfig s, int inputTokens) {
        return timeToFirstTokenSeconds(s, inputTokens, inputTokens / 2.0);
    }

    /**
     * A lone prompt's prefill of {@code tokens} computed tokens at mean context {@code context}: with a cached prefix,
     * ISL × (1 − h) tokens at ISL × (1 + h) / 2 (they attend to the cached prefix too).
     */
    public static double timeToFirstTokenSeconds(SystemConfig s, double tokens, double context) {
        double chunks = Math.ceil(tokens / s.engine().maxTokensPerStep());
        return chunks * prefillChunk(s, tokens, context).totalSeconds();
    }

    /** One chunk of a lone prompt, at the prompt's mean context. */
    static StepTime prefillChunk(SystemConfig s, double tokens, double context) {
        double chunks = Math.ceil(tokens / s.engine().maxTokensPerStep());
        return Step.of(s, StepShape.prefill(tokens / chunks, context));
    }

    static StepTime prefillChunk(SystemConfig s, Workload w) {
        return prefillChunk(s, w.computedPromptTokens(), w.computedPromptContext());
    }
}
