package dev.ridgeline.economics;

import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.KvCache;
import dev.ridgeline.serving.LoadLatency;
import dev.ridgeline.serving.Prefill;
import dev.ridgeline.serving.SteadyState;
import dev.ridgeline.serving.Step;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.serving.SystemResults;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * A disaggregated system's two pools, rate-matched for the workload's peak (MODEL.md §2, "Disaggregated serving";
 * issue 14). The prefill pool's GPUs = ceil(peak computed input tok/s ÷ (its prefill ceiling per GPU × n_p)) × n_p,
 * or more to keep TTFT p90 within the workload's TTFT target; the decode pool is sized like an aggregated fleet
 * (throughput and KV capacity) on decode steps that carry no prompt (no mixed steps). Each request's KV cache,
 * ISL × (1 − hit rate) × KV bytes per token (a cached prefix is already at the decode side), crosses the link:
 * transfer = bytes ÷ link bandwidth, added to TTFT. TTFT under load = M/D/1 on a prefill replica (service time S_p,
 * that prompt's prefill alone on the prefill accelerator) + transfer.
 *
 * @param prefillAccelerator    the prefill pool's accelerator id
 * @param prefillGpusPerReplica n_p
 * @param prefillGpus           the prefill pool, whole replicas
 * @param decodeAccelerator     the decode pool's (the system's) accelerator id
 * @param decodeGpusPerReplica  n_d
 * @param decodeGpus            the decode pool, whole replicas: the larger of its throughput and KV sizings
 * @param decodeBinding         "throughput" or "KV capacity": which sizes the decode pool
 * @param prefillBinding        "prefill" (rate matching) or "TTFT" (the target needs more replicas)
 * @param linkGBps              KV link bandwidth, GB/s
 * @param kvTransferBytes       KV bytes one request moves
 * @param kvTransferSeconds     kvTransferBytes ÷ link
 * @param prefillSeconds        S_p: one prompt's prefill alone on a prefill replica
 * @param decodeTokensPerSecPerGpu decode pool's output tok/s/GPU at the target, decode-only steps
 * @param decodeInteractivity   its tok/s/user there
 * @param ttftP90AtPeak         S_p + wait(0.9) at each prefill replica's share of the peak + transfer; null when
 *                              the prefill replicas saturate
 * @param prefillMonthly        prefill GPUs × prefill $/h × 730; null without a price
 * @param decodeMonthly         decode GPUs × decode $/h × 730; null without a price
 * @param outputOnDemandPerMillion rate-matched at the target, as an aggregated system's $/M: each request's decode
 *                              GPU-seconds (OSL ÷ decode tok/s/GPU) at the decode $/h plus its prefill GPU-seconds
 *                              (S_p × n_p) at the prefill $/h, per million output tokens; null without both prices
 * @param fleet                 both pools as one costed fleet: each sizing is the prefill pool's plus the decode
 *                              pool's under it, so the binding constraint is whichever pool's sizing set its pool
 * @param costFrontier          $/M against tok/s/user along the decode pool's decode-only batches, each with the
 *                              prefill pool's cost per request
 * @param decodeFrontier        the decode pool's decode-only steady state at the same batches
 */
public record DisaggregatedFleet(
        String prefillAccelerator,
        int prefillGpusPerReplica,
        int prefillGpus,
        String decodeAccelerator,
        int decodeGpusPerReplica,
        int decodeGpus,
        String decodeBinding,
        String prefillBinding,
        double linkGBps,
        double kvTransferBytes,
        double kvTransferSeconds,
        double prefillSeconds,
        double decodeTokensPerSecPerGpu,
        double decodeInteractivity,
        Double ttftP90AtPeak,
        Double prefillMonthly,
        Double decodeMonthly,
        Double outputOnDemandPerMillion,
        Fleet fleet,
        java.util.List<CostPoint> costFrontier,
        java.util.List<FrontierPoint> decodeFrontier) {

    /** ρ to about 1e-14: far finer than any figure shown (the bisection it replaced stopped at 2^-60). */
    private static final double RHO_RELATIVE_ACCURACY = 1e-14;
    private static final double RHO_ABSOLUTE_ACCURACY = 1e-15;
    private static final int MAX_EVALUATIONS = 200;

    public DisaggregatedFleet {
        costFrontier = java.util.List.copyOf(costFrontier);
        decodeFrontier = java.util.List.copyOf(decodeFrontier);
    }

    /**
     * The latency the costed pools give when the fleet carries {@code perGpu} requests/s per GPU of either pool
     * (λ = perGpu × GPUs): each prefill replica an M/D/1 queue at λ × n_p ÷ prefill GPUs with its prompt alone as
     * service time (no decode beside it), then the KV transfer; each decode replica the decode-only batch that carries
     * λ × n_d ÷ decode GPUs × OSL output tok/s. The load field is λ per prefill replica.
     */
    public LoadLatency latencyPerGpu(double perGpu, Workload w) {
        double lambda = perGpu * gpus();
        double perPrefill = lambda * prefillGpusPerReplica / prefillGpus;
        double rho = perPrefill * prefillSeconds;
        double need = lambda * decodeGpusPerReplica / decodeGpus * w.outputTokens();
        double maxDecode = decodeFrontier.get(decodeFrontier.size() - 1).outputTokensPerSecPerGpu()
                * decodeGpusPerReplica;
        double decode = need / maxDecode;
        if (decode > 1 || rho >= 1) {
            return new LoadLatency(perPrefill, Math.min(rho, 1e9), Math.min(decode, 1e9), 0, prefillSeconds, null,
                    null, null, null, rho >= 1 ? LoadLatency.PREFILL : LoadLatency.DECODE);
        }
        double interactivity = LoadLatency.interactivityCarrying(decodeFrontier, decodeGpusPerReplica, need);
        double s = prefillSeconds;
        return new LoadLatency(perPrefill, rho, decode, need / interactivity, s,
                s + LoadLatency.meanWaitSeconds(rho, s) + kvTransferSeconds,
                s + LoadLatency.waitQuantileSeconds(rho, s, 0.5) + kvTransferSeconds,
                s + LoadLatency.waitQuantileSeconds(rho, s, 0.9) + kvTransferSeconds, 1 / interactivity, "");
    }

    /**
     * The pools' throughput–interactivity frontier, per GPU of either pool: at each decode-only batch, OSL ÷ (prefill
     * GPU-seconds per request + OSL ÷ that batch's decode tok/s/GPU), at that batch's tok/s/user.
     */
    public java.util.List<FrontierPoint> frontier(Workload w) {
        java.util.List<FrontierPoint> out = new java.util.ArrayList<>(decodeFrontier.size());
        for (FrontierPoint p : decodeFrontier) {
            out.add(served(p, w));
        }
        return out;
    }

    /** One decode-only point as the pools serve it: its output per GPU of either pool. */
    public FrontierPoint served(FrontierPoint decodeOnly, Workload w) {
        double output = w.outputTokens() / (prefillGpuSecondsPerRequest()
                + w.outputTokens() / decodeOnly.outputTokensPerSecPerGpu());
        return new FrontierPoint(decodeOnly.batch(), decodeOnly.tokensPerSecPerUser(), output,
                output * w.sequenceTokens() / w.outputTokens(), decodeOnly.stepMs(), decodeOnly.computeBound());
    }

    /** The requests/s per GPU the pools carry at all: the smaller of the prefill and decode pools' limits. */
    public double maxRequestsPerSecPerGpu(Workload w) {
        double prefill = (double) prefillGpus / prefillGpusPerReplica / prefillSeconds;
        double decode = decodeFrontier.get(decodeFrontier.size() - 1).outputTokensPerSecPerGpu() * decodeGpus
                / w.outputTokens();
        return Math.min(prefill, decode) / gpus();
    }

    /** The latency curve: {@code points} loads from 1/points to 0.98 of what the pools carry, per GPU. */
    public java.util.List<LoadLatency> curvePerGpu(Workload w, int points) {
        double max = maxRequestsPerSecPerGpu(w);
        java.util.List<LoadLatency> curve = new java.util.ArrayList<>(points);
        for (int i = 1; i <= points; i++) {
            curve.add(latencyPerGpu(max * 0.98 * i / points, w));
        }
        return curve;
    }

    /** Prefill-pool GPU-seconds one request takes: S_p × n_p. */
    public double prefillGpuSecondsPerRequest() {
        return prefillSeconds * prefillGpusPerReplica;
    }

    /** Decode-pool GPU-seconds one request takes at the target: OSL ÷ decode output tok/s/GPU. */
    public double decodeGpuSecondsPerRequest(Workload w) {
        return w.outputTokens() / decodeTokensPerSecPerGpu;
    }

    /** Output tok/s per GPU of either pool, rate-matched: OSL ÷ (decode + prefill GPU-seconds per request). */
    public double outputTokensPerSecPerGpu(Workload w) {
        return w.outputTokens() / (decodeGpuSecondsPerRequest(w) + prefillGpuSecondsPerRequest());
    }

    public int prefillReplicas() {
        return prefillGpus / prefillGpusPerReplica;
    }

    public int decodeReplicas() {
        return decodeGpus / decodeGpusPerReplica;
    }

    public int gpus() {
        return prefillGpus + decodeGpus;
    }

    /** "2P3D": prefill replicas P, decode replicas D. */
    public String ratio() {
        return prefillReplicas() + "P" + decodeReplicas() + "D";
    }

    /** Both pools' monthly cost; null when either has no price. */
    public Double monthlyOnDemand() {
        return prefillMonthly == null || decodeMonthly == null ? null : prefillMonthly + decodeMonthly;
    }

    /** "xPyD 2P3D: 16 × B200 prefill + 24 × B200 decode". */
    public String describe() {
        return String.format(Locale.ROOT, "xPyD %s: %d × %s prefill + %d × %s decode", ratio(), prefillGpus,
                prefillAccelerator, decodeGpus, decodeAccelerator);
    }

    /** KV bytes a request moves from prefill to decode: ISL × (1 − h) × KV bytes per token. */
    public static double transferBytes(SystemConfig decode, Workload w) {
        return w.computedPromptTokens() * KvCache.bytesPerToken(decode.model(), decode.kvFormat());
    }

    /** TTFT p90 of a prefill replica at λ requests/s: S_p + wait(0.9) + transfer; null when ρ ≥ 1. */
    public static Double ttftP90(double prefillSeconds, double transferSeconds, double lambda) {
        double rho = lambda * prefillSeconds;
        return rho >= 1 ? null : prefillSeconds + LoadLatency.waitQuantileSeconds(rho, prefillSeconds, 0.9)
                + transferSeconds;
    }

    /** The prefill time of one prompt alone on {@code prefill}: the aggregated TTFT's formula on that system. */
    public static double prefillSeconds(SystemConfig prefill, Workload w) {
        return SteadyState.timeToFirstTokenSeconds(prefill, w.computedPromptTokens(), w.computedPromptContext());
    }

    /**
     * The two pools for {@code decodeSystem} (its physics evaluated aggregated: the memory and the largest batch are
     * the same) with {@code prefillSystem} as the prefill pool; empty when the decode system cannot reach the target.
     */
    public static Optional<DisaggregatedFleet> of(ResolvedSystem decodeSystem, SystemResults decodePhysics,
            ResolvedSystem prefillSystem, Workload w, double linkGBps) {
        SystemConfig d = decodeSystem.config();
        SystemConfig p = prefillSystem.config();
        if (!decodePhysics.fits() || decodePhysics.maxThroughput().isEmpty()) {
            return Optional.empty();
        }
        Step step = new Step(d);
        int maxBatch = decodePhysics.maxThroughput().get().batch();
        Optional<FrontierPoint> at = largestMeeting(step, w, maxBatch);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        double tps = at.get().outputTokensPerSecPerGpu();
        double interactivity = at.get().tokensPerSecPerUser();
        double bytes = transferBytes(d, w);
        double transfer = bytes / (linkGBps * 1e9);
        double peak = w.requestsPerSec() * w.peakFactor();
        int nd = d.gpus();
        int throughput = Fleet.sized(w.peakOutputTokensPerSec() / (tps * nd), nd);
        // Little's law on the decode pool: a request holds its cache from its arrival over the link to its last token
        double concurrent = peak * (transfer + w.outputTokens() / interactivity);
        double perReplica = decodePhysics.memory().concurrency();
        int kv = perReplica <= 0 ? Fleet.BEYOND_LIMIT : Fleet.sized(concurrent / perReplica, nd);
        int decodeGpus = Math.max(throughput, kv);
        int np = p.gpus();
        double ceiling = Prefill.ceilingTokensPerSec(p.peakFlopsPerGpu(), p.computeEfficiency(),
                p.model().parameters().active());
        int prefillGpus = Fleet.sized(w.peakInputTokensPerSec() * (1 - w.hitRate()) / (ceiling * np), np);
        double s = prefillSeconds(p, w);
        String prefillBinding = Fleet.PREFILL;
        // the M/D/1 queue needs ρ < 1 on each prefill replica: at least peak × S_p replicas (plus a hair)
        int stable = Fleet.sized(peak * s * 1.0001, 1) * np;
        if (stable > prefillGpus) {
            prefillGpus = stable;
        }
        int rateMatched = prefillGpus;
        if (w.targetTtftMs() != null) {
            double rate = maxRequestsPerSecForTtft(s, w.targetTtftMs() / 1e3 - transfer);
            int ttft = rate <= 0 ? Fleet.BEYOND_LIMIT : Fleet.sized(peak / rate, 1) * np;
            if (ttft > prefillGpus) {
                prefillGpus = ttft;
                prefillBinding = Fleet.TTFT;
            }
        }
        if ((long) prefillGpus + decodeGpus > Fleet.MAX_GPUS) {
            return Optional.empty();
        }
        Double ttft = ttftP90(s, transfer, peak * np / prefillGpus);
        Double prefillMonthly = prefillSystem.onDemandPerHour() == null ? null
                : TokenCost.monthly(prefillGpus, prefillSystem.onDemandPerHour());
        Double decodeMonthly = decodeSystem.onDemandPerHour() == null ? null
                : TokenCost.monthly(decodeGpus, decodeSystem.onDemandPerHour());
        double prefillGpuSeconds = s * np;
        Double perMillion = perMillion(prefillSystem.onDemandPerHour(), decodeSystem.onDemandPerHour(),
                prefillGpuSeconds, w.outputTokens() / tps, w.outputTokens());
        // each sizing of the whole fleet: one pool at that sizing, the other as costed
        Fleet fleet = new Fleet(prefillGpus + decodeGpus, rateMatched + throughput, rateMatched + decodeGpus,
                prefillGpus + kv, prefillBinding.equals(Fleet.TTFT) ? prefillGpus + decodeGpus : 1, concurrent,
                monthly(prefillSystem.onDemandPerHour(), prefillGpus, decodeSystem.onDemandPerHour(), decodeGpus),
                monthly(prefillSystem.spotPerHour(), prefillGpus, decodeSystem.spotPerHour(), decodeGpus),
                monthly(prefillSystem.reservedPerHour(), prefillGpus, decodeSystem.reservedPerHour(), decodeGpus),
                "", false);
        java.util.List<CostPoint> costs = new java.util.ArrayList<>();
        java.util.List<FrontierPoint> decodeOnly = new java.util.ArrayList<>();
        for (FrontierPoint mixed : decodePhysics.frontier()) {
            FrontierPoint alone = SteadyState.decodeOnly(step, w, mixed.batch());
            decodeOnly.add(alone);
            double decodeSeconds = w.outputTokens() / alone.outputTokensPerSecPerGpu();
            costs.add(new CostPoint(mixed.batch(), alone.tokensPerSecPerUser(),
                    perMillion(prefillSystem.onDemandPerHour(), decodeSystem.onDemandPerHour(), prefillGpuSeconds,
                            decodeSeconds, w.outputTokens()),
                    perMillion(prefillSystem.spotPerHour(), decodeSystem.spotPerHour(), prefillGpuSeconds,
                            decodeSeconds, w.outputTokens())));
        }
        return Optional.of(new DisaggregatedFleet(p.accelerator().id(), np, prefillGpus, d.accelerator().id(), nd,
                decodeGpus, kv > throughput ? Fleet.KV_CAPACITY : Fleet.THROUGHPUT, prefillBinding, linkGBps, bytes,
                transfer, s, tps, interactivity, ttft, prefillMonthly, decodeMonthly, perMillion, fleet, costs, decodeOnly));
    }

    /**
     * The system's economics with its pools in place of the aggregated fleet it was evaluated as: every per-token
     * figure at the rate-matched blend of both pools (a GPU-hour's price and power weighted by each pool's
     * GPU-seconds per request), the fleet and monthly costs of both pools, the cost curve of the decode-only batches.
     */
    public SystemEconomics economics(SystemEconomics aggregated, ResolvedSystem decodeSystem,
            ResolvedSystem prefillSystem, Workload w, dev.ridgeline.scenario.EconomicsInputs inputs) {
        double pre = prefillGpuSecondsPerRequest();
        double dec = decodeGpuSecondsPerRequest(w);
        double tps = outputTokensPerSecPerGpu(w);
        double totalTps = tps * w.sequenceTokens() / w.outputTokens();
        Double onDemand = blend(prefillSystem.onDemandPerHour(), decodeSystem.onDemandPerHour(), pre, dec);
        Double spot = blend(prefillSystem.spotPerHour(), decodeSystem.spotPerHour(), pre, dec);
        Double reserved = blend(prefillSystem.reservedPerHour(), decodeSystem.reservedPerHour(), pre, dec);
        double watts = blend(prefillSystem.config().accelerator().allInPowerWatts(),
                decodeSystem.config().accelerator().allInPowerWatts(), pre, dec);
        Optional<BuyComparison> buy = aggregated.buy().flatMap(b -> onDemand == null ? Optional.empty()
                : Optional.of(buy(b, onDemand, totalTps, w, inputs)));
        return new SystemEconomics(aggregated.costBasis(), tps, decodeInteractivity,
                TokenCost.perMillionOrNull(onDemand, tps), TokenCost.perMillionOrNull(spot, tps),
                TokenCost.perMillionOrNull(reserved, tps),
                TokenCost.perMillionOrNull(prefillSystem.onDemandPerHour(), w.inputTokens() / pre),
                TokenCost.perMillionOrNull(onDemand, totalTps), TokenCost.perMillionOrNull(spot, totalTps),
                Power.tokensPerSecPerMegawatt(tps, watts),
                Power.energyCostPerMillion(watts, inputs.electricityOrDefault(), tps), Optional.of(fleet),
                costFrontier, "", buy, aggregated.warning());
    }

    /** Build vs buy with the pools: a deployable unit is one prefill and one decode replica, at the blended price. */
    private BuyComparison buy(BuyComparison b, double perHour, double totalTps, Workload w,
            dev.ridgeline.scenario.EconomicsInputs inputs) {
        int unit = prefillGpusPerReplica + decodeGpusPerReplica;
        double ops = inputs.operationsOrZero();
        Figure selfHost = fleet.monthlyOnDemand() == null ? Figure.undefined("a pool has no on-demand price")
                : Figure.of(fleet.monthlyOnDemand() + ops);
        Integer hybridGpus = null;
        Figure hybrid = null;
        if (b.hybridGpus() != null) {
            hybridGpus = Fleet.sized(w.requestsPerSec() * w.sequenceTokens() / (totalTps * unit), unit);
            hybrid = hybridGpus > Fleet.MAX_GPUS ? b.hybridMonthly() : Figure.of(BuildVsBuy.hybridMonthly(hybridGpus,
                    perHour, ops, b.hybridOverflowTokensPerDay(), b.apiBlendedPerMillion()));
        }
        return new BuyComparison(b.api(), b.apiBlendedPerMillion(), b.tokensPerDay(), b.apiMonthly(), selfHost,
                EconomicsModel.breakEven(BuildVsBuy.selfHostMonthly(unit, perHour, ops), b.apiBlendedPerMillion()),
                BuildVsBuy.tokensPerDay(totalTps * unit), hybridGpus, b.hybridOverflowTokensPerDay(), hybrid);
    }

    /** A GPU-hour's figure weighted by each pool's GPU-seconds per request; null when either pool lacks it. */
    static Double blend(Double prefill, Double decode, double prefillSeconds, double decodeSeconds) {
        return prefill == null || decode == null ? null
                : (prefill * prefillSeconds + decode * decodeSeconds) / (prefillSeconds + decodeSeconds);
    }

    /** Per million output tokens: (prefill GPU-s × prefill $/h + decode GPU-s × decode $/h) ÷ 3,600 ÷ OSL × 10⁶. */
    static Double perMillion(Double prefillPerHour, Double decodePerHour, double prefillGpuSeconds,
            double decodeGpuSeconds, int outputTokens) {
        if (prefillPerHour == null || decodePerHour == null) {
            return null;
        }
        return (prefillGpuSeconds * prefillPerHour + decodeGpuSeconds * decodePerHour) / 3600 / outputTokens * 1e6;
    }

    private static Double monthly(Double prefillPerHour, int prefillGpus, Double decodePerHour, int decodeGpus) {
        return prefillPerHour == null || decodePerHour == null ? null
                : TokenCost.monthly(prefillGpus, prefillPerHour) + TokenCost.monthly(decodeGpus, decodePerHour);
    }

    /**
     * The largest λ per prefill replica with S_p + wait(0.9) ≤ budget; 0 when S_p exceeds it. A prefill pool runs
     * prompts alone, so S_p is fixed and the wait is 0 up to ρ = 0.1 and then rises without bound as ρ → 1:
     * S_p + wait − budget changes sign once in [0.1, 1), and Brent's method (Commons Math), kept on the side that
     * meets the budget, finds that ρ in about ten evaluations where a bisection took sixty (no closed form: ρ and
     * ln ρ both appear). The aggregated system's search (LoadLatency) stays a bisection: its S grows with λ in steps.
     */
    static double maxRequestsPerSecForTtft(double s, double budget) {
        if (s > budget) {
            return 0;
        }
        double top = Math.nextDown(1.0);
        if (s + LoadLatency.waitQuantileSeconds(top, s, 0.9) <= budget) {
            return top / s;
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(RHO_RELATIVE_ACCURACY,
                RHO_ABSOLUTE_ACCURACY, 0, 5);
        // from 1 − 0.9 as the wait computes it (0.09999…98): at the literal 0.1 the wait is already a hair above 0
        double rho = solver.solve(MAX_EVALUATIONS, x -> s + LoadLatency.waitQuantileSeconds(x, s, 0.9) - budget,
                1 - 0.9, top, AllowedSolution.BELOW_SIDE);
        return rho / s;
    }

    /** The largest batch whose decode-only interactivity meets the target (it never rises with batch). */
    static Optional<FrontierPoint> largestMeeting(Step step, Workload w, int maxBatch) {
        double target = w.requiredTokensPerSecPerUser() * (1 - 1e-9);
        FrontierPoint one = SteadyState.decodeOnly(step, w, 1);
        if (one.tokensPerSecPerUser() < target) {
            return Optional.empty();
        }
        int lo = 1;
        int hi = maxBatch;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (SteadyState.decodeOnly(step, w, mid).tokensPerSecPerUser() >= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(SteadyState.decodeOnly(step, w, lo));
    }
}
