package dev.ridgeline.serving;

import dev.ridgeline.scenario.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * TTFT and TPOT at an offered load (MODEL.md §2, "Load and latency"; issue 14). Requests reach a replica as a
 * Poisson stream of λ per second. Prompts are scheduled first (chunked-prefill engines admit waiting prompts before
 * they grow the decode batch), so a prompt waits only for the prompts ahead of it: an **M/D/1 queue**. Its service
 * time is one prompt's prefill **beside the decode batch the load keeps running** (prefill–decode interference): the
 * batch b = λ × OSL ÷ its interactivity (Little's law, read off the frontier) takes b(k+1) of every step's token
 * budget T, so the prompt goes in ceil(ISL ÷ min(T − b(k+1), ISL)) chunks, and each chunk's step also decodes the
 * batch (its weights, its KV reads). S(λ) = S₀ × (those chunks' steps) ÷ (the prompt's steps alone), S₀ the prompt
 * alone ({@link SystemResults#ttftSeconds()}), so S(0) = S₀. Utilisation ρ = λ × S(λ). Mean wait
 * (Pollaczek–Khinchine) Wq = ρ × S / (2 × (1 − ρ)); its quantiles by the exponential-tail approximation
 * P(wait > t) = ρ × exp(−t / θ), θ = Wq / ρ = S / (2(1 − ρ)), so wait(p) = θ × ln(ρ / (1 − p)) when ρ > 1 − p, else
 * 0. TTFT = S(λ) + wait. Decode pays for the priority instead: the batch that carries λ × OSL output tok/s is read off
 * the frontier, whose steps include the mixed steps that prefill adds, and TPOT = 1 / its interactivity.
 *
 * @param requestsPerSecPerReplica  λ, the offered load on one replica
 * @param prefillUtilisation        ρ = λ × S(λ)
 * @param decodeUtilisation         λ × OSL ÷ the replica's output tok/s at its largest batch
 * @param decodeBatch               b, the sequences decoding beside a prompt at that load
 * @param prefillServiceSeconds     S(λ), one prompt's prefill beside that batch
 * @param ttftMeanSeconds           S + Wq; null when saturated
 * @param ttftP50Seconds            S + wait(0.5); null when saturated
 * @param ttftP90Seconds            S + wait(0.9); null when saturated
 * @param tpotSeconds               time per output token after the first at that load; null when saturated
 * @param saturation                why the replica cannot carry λ ("prefill", "decode"); empty when it can
 */
public record LoadLatency(
        double requestsPerSecPerReplica,
        double prefillUtilisation,
        double decodeUtilisation,
        double decodeBatch,
        double prefillServiceSeconds,
        Double ttftMeanSeconds,
        Double ttftP50Seconds,
        Double ttftP90Seconds,
        Double tpotSeconds,
        String saturation) {

    public static final String PREFILL = "prefill";
    public static final String DECODE = "decode";

    public boolean saturated() {
        return !saturation.isEmpty();
    }

    /** The M/D/1 wait at quantile p under the exponential-tail approximation: θ × ln(ρ / (1 − p)), or 0. */
    public static double waitQuantileSeconds(double rho, double serviceSeconds, double p) {
        if (rho <= 1 - p) {
            return 0;
        }
        return serviceSeconds / (2 * (1 - rho)) * Math.log(rho / (1 - p));
    }

    /** The Pollaczek–Khinchine mean wait of an M/D/1 queue: ρ × S / (2 × (1 − ρ)). */
    public static double meanWaitSeconds(double rho, double serviceSeconds) {
        return rho * serviceSeconds / (2 * (1 - rho));
    }

    /** The latency one replica gives at λ requests per second. */
    public static LoadLatency at(SystemResults r, Workload w, double lambda) {
        double maxOutput = r.maxThroughput().map(p -> p.outputTokensPerSecPerGpu() * r.config().gpus()).orElse(0.0);
        double need = lambda * w.outputTokens();
        double decode = maxOutput > 0 ? need / maxOutput : Double.MAX_VALUE;
        if (decode > 1) {
            return new LoadLatency(lambda, lambda * r.ttftSeconds(), Math.min(decode, 1e9), 0, r.ttftSeconds(), null,
                    null, null, null, DECODE);
        }
        double interactivity = interactivityCarrying(r, need);
        double batch = need / interactivity;
        double s = prefillServiceSeconds(r, w, batch);
        double rho = lambda * s;
        if (!(rho < 1)) {
            return new LoadLatency(lambda, Math.min(rho, 1e9), decode, batch, Math.min(s, 1e9), null, null, null, null,
                    PREFILL);
        }
        return new LoadLatency(lambda, rho, decode, batch, s, s + meanWaitSeconds(rho, s),
                s + waitQuantileSeconds(rho, s, 0.5), s + waitQuantileSeconds(rho, s, 0.9), 1 / interactivity, "");
    }

    /**
     * One prompt's prefill beside {@code batch} decoding sequences: S₀ × chunks(b) × step(b, ISL ÷ chunks(b)) ÷
     * (chunks(0) × step(0, ISL ÷ chunks(0))); infinite when the batch's decode tokens fill the token budget.
     */
    public static double prefillServiceSeconds(SystemResults r, Workload w, double batch) {
        if (batch <= 0) {
            return r.ttftSeconds();
        }
        SystemConfig s = r.config();
        int k = s.draftTokens();
        double room = s.engine().maxTokensPerStep() - batch * (k + 1);
        if (room < 1) {
            return Double.POSITIVE_INFINITY;
        }
        double prompt = w.computedPromptTokens();
        double context = w.computedPromptContext();
        double chunks = Math.ceil(prompt / Math.min(room, prompt) - 1e-9);
        double loaded = chunks * Step.of(s, new StepShape(batch, k, w.averageDecodeContext(), prompt / chunks,
                context, 1)).totalSeconds();
        double alone = SteadyState.timeToFirstTokenSeconds(s, prompt, context);
        return r.ttftSeconds() * loaded / alone;
    }

    /** The requests per second a replica can carry at all: the largest λ at which neither prefill nor decode saturates. */
    public static double maxRequestsPerSec(SystemResults r, Workload w) {
        double decode = r.maxThroughput().map(p -> p.outputTokensPerSecPerGpu() * r.config().gpus()).orElse(0.0)
                / w.outputTokens();
        double hi = Math.min(1 / r.ttftSeconds(), decode);
        if (!at(r, w, hi).saturated()) {
            return hi;
        }
        return largestRate(hi, l -> !at(r, w, l).saturated());
    }

    /**
     * The largest λ at which TTFT at quantile p stays within {@code targetSeconds} (0 when one prompt alone takes
     * longer): TTFT(p) rises with λ (the batch beside a prompt, its chunks and the queue all grow), so a bisection.
     */
    public static double maxRequestsPerSecForTtft(SystemResults r, Workload w, double targetSeconds, double p) {
        if (r.ttftSeconds() > targetSeconds) {
            return 0;
        }
        return largestRate(maxRequestsPerSec(r, w), l -> {
            LoadLatency at = at(r, w, l);
            return !at.saturated() && at.ttftQuantileSeconds(p) <= targetSeconds;
        });
    }

    /** TTFT at quantile p: S + wait(p); only on a replica that is not saturated. */
    public double ttftQuantileSeconds(double p) {
        return prefillServiceSeconds + waitQuantileSeconds(prefillUtilisation, prefillServiceSeconds, p);
    }

    /** The largest λ in [0, hi] that passes {@code ok}, which holds below some λ and fails above it. */
    private static double largestRate(double hi, java.util.function.DoublePredicate ok) {
        double lo = 0;
        for (int i = 0; i < 40; i++) { // 2^-40 of the range: far below any figure shown
            double mid = (lo + hi) / 2;
            if (ok.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The latency curve the chart draws: {@code points} loads from 1/points to 0.98 of the replica's limit. */
    public static List<LoadLatency> curve(SystemResults r, Workload w, int points) {
        List<LoadLatency> curve = new ArrayList<>(points);
        if (!r.fits() || r.maxThroughput().isEmpty()) {
            return curve;
        }
        double max = maxRequestsPerSec(r, w);
        for (int i = 1; i <= points; i++) {
            curve.add(at(r, w, max * 0.98 * i / points));
        }
        return curve;
    }

    /**
     * The frontier's interactivity where the replica's output rate is {@code outputPerSec}: linear between the two
     * batches around it (a binary search: output rate rises with batch); batch 1's below the first.
     */
    static double interactivityCarrying(SystemResults r, double outputPerSec) {
        return interactivityCarrying(r.frontier(), r.config().gpus(), outputPerSec);
    }

    /** As {@link #interactivityCarrying(SystemResults, double)} on any frontier of an {@code n}-GPU replica. */
    public static double interactivityCarrying(List<FrontierPoint> f, int n, double outputPerSec) {
        if (f.get(0).outputTokensPerSecPerGpu() * n >= outputPerSec) {
            return f.get(0).tokensPerSecPerUser();
        }
        int lo = 0;
        int hi = f.size() - 1;
        if (f.get(hi).outputTokensPerSecPerGpu() * n < outputPerSec) {
            return f.get(hi).tokensPerSecPerUser();
        }
        while (hi - lo > 1) { // f[lo] below the rate, f[hi] at or above it
            int mid = (lo + hi) >>> 1;
            if (f.get(mid).outputTokensPerSecPerGpu() * n >= outputPerSec) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        FrontierPoint previous = f.get(lo);
        FrontierPoint p = f.get(hi);
        double low = previous.outputTokensPerSecPerGpu() * n;
        double rate = p.outputTokensPerSecPerGpu() * n;
        double t = rate > low ? (outputPerSec - low) / (rate - low) : 1;
        return previous.tokensPerSecPerUser() + t * (p.tokensPerSecPerUser() - previous.tokensPerSecPerUser());
    }
}
