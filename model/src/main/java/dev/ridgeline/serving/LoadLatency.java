package dev.ridgeline.serving;

import dev.ridgeline.scenario.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * TTFT and TPOT at an offered load (MODEL.md §2, "Load and latency"; issue 14). Requests reach a replica as a
 * Poisson stream of λ per second. Prompts are scheduled first (chunked-prefill engines admit waiting prompts before
 * they grow the decode batch), so a prompt waits only for the prompts ahead of it: an **M/D/1 queue** whose service
 * time S is one prompt's prefill alone ({@link SystemResults#ttftSeconds()}), utilisation ρ = λ × S. Mean wait
 * (Pollaczek–Khinchine) Wq = ρ × S / (2 × (1 − ρ)); its quantiles by the exponential-tail approximation
 * P(wait > t) = ρ × exp(−t / θ), θ = Wq / ρ = S / (2(1 − ρ)), so wait(p) = θ × ln(ρ / (1 − p)) when ρ > 1 − p, else
 * 0. TTFT = S + wait. Decode pays for the priority instead: the batch that carries λ × OSL output tok/s is read off
 * the frontier, whose steps include the mixed steps that prefill adds, and TPOT = 1 / its interactivity.
 *
 * @param requestsPerSecPerReplica  λ, the offered load on one replica
 * @param prefillUtilisation        ρ = λ × S
 * @param decodeUtilisation         λ × OSL ÷ the replica's output tok/s at its largest batch
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
        double s = r.ttftSeconds();
        double rho = lambda * s;
        double maxOutput = r.maxThroughput().map(p -> p.outputTokensPerSecPerGpu() * r.config().gpus()).orElse(0.0);
        double need = lambda * w.outputTokens();
        double decode = maxOutput > 0 ? need / maxOutput : Double.MAX_VALUE;
        String saturation = rho >= 1 ? PREFILL : decode > 1 ? DECODE : "";
        if (!saturation.isEmpty()) {
            return new LoadLatency(lambda, rho, Math.min(decode, 1e9), null, null, null, null, saturation);
        }
        return new LoadLatency(lambda, rho, decode, s + meanWaitSeconds(rho, s), s + waitQuantileSeconds(rho, s, 0.5),
                s + waitQuantileSeconds(rho, s, 0.9), 1 / interactivityCarrying(r, need), "");
    }

    /** The requests per second a replica can carry at all: min(1 / S, largest batch's output tok/s ÷ OSL). */
    public static double maxRequestsPerSec(SystemResults r, Workload w) {
        double decode = r.maxThroughput().map(p -> p.outputTokensPerSecPerGpu() * r.config().gpus()).orElse(0.0)
                / w.outputTokens();
        return Math.min(1 / r.ttftSeconds(), decode);
    }

    /**
     * The largest λ at which TTFT at quantile p stays within {@code targetSeconds} (0 when one prompt alone takes
     * longer): TTFT(p) rises with ρ, so a bisection on ρ in [0, 1).
     */
    public static double maxRequestsPerSecForTtft(SystemResults r, double targetSeconds, double p) {
        double s = r.ttftSeconds();
        if (s > targetSeconds) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (s + waitQuantileSeconds(mid, s, p) <= targetSeconds) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo / s;
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
     * batches around it; batch 1's below the first.
     */
    static double interactivityCarrying(SystemResults r, double outputPerSec) {
        List<FrontierPoint> f = r.frontier();
        int n = r.config().gpus();
        FrontierPoint previous = null;
        for (FrontierPoint p : f) {
            double rate = p.outputTokensPerSecPerGpu() * n;
            if (rate >= outputPerSec) {
                if (previous == null) {
                    return p.tokensPerSecPerUser();
                }
                double lo = previous.outputTokensPerSecPerGpu() * n;
                double t = rate > lo ? (outputPerSec - lo) / (rate - lo) : 1;
                return previous.tokensPerSecPerUser() + t * (p.tokensPerSecPerUser() - previous.tokensPerSecPerUser());
            }
            previous = p;
        }
        return f.get(f.size() - 1).tokensPerSecPerUser();
    }
}
