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
 * @param outputOnDemandPerMillion (prefill $/h × prefill GPUs + decode $/h × decode GPUs) ÷ peak output tok/s, per M
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
        Double outputOnDemandPerMillion) {

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
        if (w.targetTtftMs() != null) {
            double rate = maxRequestsPerSecForTtft(s, w.targetTtftMs() / 1e3 - transfer);
            int ttft = rate <= 0 ? Fleet.BEYOND_LIMIT : Fleet.sized(peak / rate, 1) * np;
            if (ttft > prefillGpus) {
                prefillGpus = ttft;
                prefillBinding = Fleet.TTFT;
            }
        }
        if (prefillGpus > Fleet.MAX_GPUS || decodeGpus > Fleet.MAX_GPUS) {
            return Optional.empty();
        }
        Double ttft = ttftP90(s, transfer, peak * np / prefillGpus);
        Double prefillMonthly = prefillSystem.onDemandPerHour() == null ? null
                : TokenCost.monthly(prefillGpus, prefillSystem.onDemandPerHour());
        Double decodeMonthly = decodeSystem.onDemandPerHour() == null ? null
                : TokenCost.monthly(decodeGpus, decodeSystem.onDemandPerHour());
        Double perMillion = prefillMonthly == null || decodeMonthly == null ? null
                : (prefillGpus * prefillSystem.onDemandPerHour() + decodeGpus * decodeSystem.onDemandPerHour())
                        / (w.peakOutputTokensPerSec() * 3600) * 1e6;
        return Optional.of(new DisaggregatedFleet(p.accelerator().id(), np, prefillGpus, d.accelerator().id(), nd,
                decodeGpus, kv > throughput ? Fleet.KV_CAPACITY : Fleet.THROUGHPUT, prefillBinding, linkGBps, bytes,
                transfer, s, tps, interactivity, ttft, prefillMonthly, decodeMonthly, perMillion));
    }

    /** The largest λ per prefill replica with S_p + wait(0.9) ≤ budget (bisection on ρ); 0 when S_p exceeds it. */
    static double maxRequestsPerSecForTtft(double s, double budget) {
        if (s > budget) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (s + LoadLatency.waitQuantileSeconds(mid, s, 0.9) <= budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo / s;
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
