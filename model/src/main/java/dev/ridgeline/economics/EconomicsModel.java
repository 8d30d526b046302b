package dev.ridgeline.economics;

import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.LoadLatency;
import dev.ridgeline.serving.SystemResults;
import java.util.List;
import java.util.Optional;

/** Prices the physics: cost per million tokens, fleet and monthly cost, power, build versus buy (MODEL.md §2). */
public final class EconomicsModel {
    private EconomicsModel() {
    }

    public static SystemEconomics evaluate(ResolvedSystem system, SystemResults physics, Workload workload,
            EconomicsInputs inputs, Optional<ApiPrice> api) {
        // without an anchor worked out, a pin is the fixed figure it always was
        return evaluate(system, physics, workload, inputs, api, system.measured() == null ? PinAnchor.NONE
                : new PinAnchor(PinAnchor.State.FIXED, 1, 0, ""));
    }

    /**
     * Costs at the target: on an anchored system the anchored model's throughput ("measured" while it still equals
     * the pin, "anchored" once an input has moved it); a fixed pin's own figure; otherwise the model's.
     */
    public static SystemEconomics evaluate(ResolvedSystem system, SystemResults physics, Workload workload,
            EconomicsInputs inputs, Optional<ApiPrice> api, PinAnchor anchor) {
        MeasuredThroughput measured = anchor.state() == PinAnchor.State.FIXED ? system.measured() : null;
        Optional<FrontierPoint> atTarget = physics.atTarget();
        List<CostPoint> frontier = physics.frontier().stream()
                .map(p -> new CostPoint(p.batch(), p.tokensPerSecPerUser(),
                        TokenCost.perMillionOrNull(system.onDemandPerHour(), p.outputTokensPerSecPerGpu()),
                        TokenCost.perMillionOrNull(system.spotPerHour(), p.outputTokensPerSecPerGpu())))
                .toList();
        String basis;
        double tps;
        double interactivity;
        if (measured != null) {
            basis = "measured";
            tps = measured.outputTokensPerSecPerGpu();
            interactivity = measured.atTokensPerSecPerUser() != null ? measured.atTokensPerSecPerUser()
                    : workload.targetTokensPerSecPerUser();
        } else if (atTarget.isPresent()) {
            tps = atTarget.get().outputTokensPerSecPerGpu();
            interactivity = atTarget.get().tokensPerSecPerUser();
            basis = anchor.state() != PinAnchor.State.ANCHORED ? system.modelBasis()
                    : Math.abs(tps / system.measured().outputTokensPerSecPerGpu() - 1) <= PIN_MATCH ? "measured"
                            : "anchored";
        } else {
            String why = physics.verdict().isEmpty() ? "no throughput at the target" : physics.verdict();
            return new SystemEconomics("none", 0, 0, null, null, null, null, null, null, 0, 0, Optional.empty(),
                    frontier, why + ": no cost", Optional.empty(), "");
        }
        double allInW = physics.config().accelerator().allInPowerWatts();
        double totalTokensPerSec = tps * workload.sequenceTokens() / workload.outputTokens();
        Fleet fleet = fleet(system, physics, workload, tps, interactivity);
        Optional<BuyComparison> buy = api.flatMap(a -> buy(a, system, workload, inputs, fleet, totalTokensPerSec));
        return new SystemEconomics(basis, tps, interactivity,
                TokenCost.perMillionOrNull(system.onDemandPerHour(), tps),
                TokenCost.perMillionOrNull(system.spotPerHour(), tps),
                TokenCost.perMillionOrNull(system.reservedPerHour(), tps),
                TokenCost.perMillionOrNull(system.onDemandPerHour(),
                        physics.prefillCeilingTokensPerSecPerGpu() / (1 - workload.hitRate())),
                TokenCost.perMillionOrNull(system.onDemandPerHour(), totalTokensPerSec),
                TokenCost.perMillionOrNull(system.spotPerHour(), totalTokensPerSec),
                Power.tokensPerSecPerMegawatt(tps, allInW),
                Power.energyCostPerMillion(allInW, inputs.electricityOrDefault(), tps),
                Optional.of(fleet), frontier, "", buy, warning(anchor, system.measured(), physics));
    }

    /** Within this the anchored figure is still the measurement itself (the pinned batch is rounded to whole). */
    static final double PIN_MATCH = 0.01;

    private static String warning(PinAnchor anchor, MeasuredThroughput pin, SystemResults physics) {
        String ceiling = anchor.state() == PinAnchor.State.STALE ? "" : pinWarning(pin, physics);
        return String.join("; ", java.util.stream.Stream.of(ceiling, anchor.note()).filter(t -> !t.isEmpty())
                .toList());
    }

    /** A pin at an interactivity above the batch-1 ceiling (weights ÷ bandwidth) cannot be this system's. */
    static String pinWarning(MeasuredThroughput measured, SystemResults physics) {
        if (measured == null || measured.atTokensPerSecPerUser() == null
                || measured.atTokensPerSecPerUser() <= physics.ceilingTokensPerSecPerUser()) {
            return "";
        }
        return String.format("the pinned %.0f tok/s/user exceeds this system's physical ceiling of %.1f tok/s/user "
                + "(weights ÷ bandwidth at batch 1): the measurement cannot come from this configuration",
                measured.atTokensPerSecPerUser(), physics.ceilingTokensPerSecPerUser());
    }

    static Fleet fleet(ResolvedSystem system, SystemResults physics, Workload w, double tps, double interactivity) {
        int n = physics.config().gpus();
        // every sizing in double: a need beyond Fleet.MAX_GPUS is reported as such, never wrapped
        int gpus = Fleet.sized(w.peakOutputTokensPerSec() / (tps * n), n);
        // a cached prefix is not prefilled: the prefill sizing covers ISL × (1 − h) tokens per request
        int prefill = Fleet.sized(w.peakInputTokensPerSec() * (1 - w.hitRate())
                / (physics.prefillCeilingTokensPerSecPerGpu() * n), n);
        // Little's law: each request holds its cache for its prefill plus output / interactivity seconds
        double concurrent = w.requestsPerSec() * w.peakFactor()
                * (physics.ttftSeconds() + w.outputTokens() / interactivity);
        double perReplica = physics.memory().concurrency();
        int kv = perReplica <= 0 ? Fleet.BEYOND_LIMIT : Fleet.sized(concurrent / perReplica, n);
        // TTFT target: replicas enough that each one's share of the peak keeps TTFT p90 within it
        int ttft = 1;
        double ttftRate = Double.NaN;
        if (w.targetTtftMs() != null) {
            ttftRate = LoadLatency.maxRequestsPerSecForTtft(physics, w, w.targetTtftMs() / 1e3, 0.9);
            ttft = ttftRate <= 0 ? Fleet.BEYOND_LIMIT
                    : Fleet.sized(w.requestsPerSec() * w.peakFactor() / ttftRate, 1) * n;
            ttft = ttft > Fleet.MAX_GPUS ? Fleet.BEYOND_LIMIT : ttft;
        }
        int costed = Fleet.costed(gpus, prefill, kv, ttft);
        String note = "";
        if (costed > Fleet.MAX_GPUS) {
            String binding = gpus == costed ? Fleet.THROUGHPUT : kv == costed ? Fleet.KV_CAPACITY
                    : prefill == costed ? Fleet.PREFILL : Fleet.TTFT;
            note = perReplica <= 0 && binding.equals(Fleet.KV_CAPACITY)
                    ? "cannot be sized: a replica's KV budget holds no sequence of the workload"
                    : binding.equals(Fleet.TTFT) && ttftRate <= 0
                            ? String.format(java.util.Locale.ROOT, "cannot meet TTFT ≤ %s ms: one prompt alone "
                                    + "takes %.1f ms", String.format(java.util.Locale.ROOT, "%.0f", w.targetTtftMs()),
                                    physics.ttftSeconds() * 1e3)
                            : Fleet.beyondLimitNote(binding);
        }
        boolean sized = costed <= Fleet.MAX_GPUS;
        return new Fleet(costed, gpus, prefill, kv, ttft, concurrent,
                sized && system.onDemandPerHour() != null ? TokenCost.monthly(costed, system.onDemandPerHour()) : null,
                sized && system.spotPerHour() != null ? TokenCost.monthly(costed, system.spotPerHour()) : null,
                sized && system.reservedPerHour() != null ? TokenCost.monthly(costed, system.reservedPerHour()) : null,
                note, w.tpotBinds() && interactivity >= w.requiredTokensPerSecPerUser() * (1 - 1e-6));
    }

    /**
     * The latency each replica of the costed fleet gives at its share of the peak: λ = peak requests/s × GPUs per
     * replica ÷ fleet GPUs (empty when the fleet is not sized).
     */
    public static Optional<LoadLatency> latencyAtFleet(SystemResults physics, Workload w, Optional<Fleet> fleet) {
        if (fleet.isEmpty() || fleet.get().beyondLimit() || !physics.fits() || physics.maxThroughput().isEmpty()) {
            return Optional.empty();
        }
        double replicas = (double) fleet.get().gpus() / physics.config().gpus();
        return Optional.of(LoadLatency.at(physics, w, w.requestsPerSec() * w.peakFactor() / replicas));
    }

    /** Whole replicas covering a fractional need; 2.0000000001 is 2 (float noise), 2.1 is 3. */
    static int wholeReplicas(double needed) {
        return Fleet.sized(needed, 1);
    }

    private static Optional<BuyComparison> buy(ApiPrice api, ResolvedSystem system, Workload w,
            EconomicsInputs inputs, Fleet fleet, double totalTokensPerSecPerGpu) {
        if (system.onDemandPerHour() == null) {
            return Optional.empty();
        }
        double blended = api.blendedPerMillion(w.inputShare());
        double tokensPerDay = w.requestsPerSec() * w.sequenceTokens() * 86_400;
        int replica = system.config().gpus();
        double ops = inputs.operationsOrZero();
        double replicaFixed = BuildVsBuy.selfHostMonthly(replica, system.onDemandPerHour(), ops);
        Integer hybridGpus = null;
        Double overflow = null;
        Figure hybrid = null;
        if (inputs.peakHoursPerDay() != null && w.peakFactor() > 1) {
            // self-host what the average needs; above it, for the peak hours, the API takes the rest
            double averageTokensPerSec = w.requestsPerSec() * w.sequenceTokens();
            hybridGpus = Fleet.sized(averageTokensPerSec / (totalTokensPerSecPerGpu * replica), replica);
            overflow = (w.peakFactor() - 1) * averageTokensPerSec * inputs.peakHoursPerDay() * 3600;
            hybrid = hybridGpus > Fleet.MAX_GPUS
                    ? Figure.undefined("the average load " + Fleet.beyondLimitNote(Fleet.THROUGHPUT))
                    : Figure.of(BuildVsBuy.hybridMonthly(hybridGpus, system.onDemandPerHour(), ops, overflow,
                            blended));
        }
        Figure selfHost = fleet.beyondLimit() ? Figure.undefined("the fleet " + fleet.limitNote())
                : Figure.of(BuildVsBuy.selfHostMonthly(fleet.gpus(), system.onDemandPerHour(), ops));
        return Optional.of(new BuyComparison(api, blended, tokensPerDay, BuildVsBuy.apiMonthly(tokensPerDay, blended),
                selfHost, breakEven(replicaFixed, blended),
                BuildVsBuy.tokensPerDay(totalTokensPerSecPerGpu * replica), hybridGpus, overflow, hybrid));
    }

    /** Tokens a day where the API's bill reaches one replica's fixed cost; undefined for a free API or replica. */
    static Figure breakEven(double replicaFixedMonthly, double apiBlendedPerMillion) {
        if (apiBlendedPerMillion == 0) {
            return Figure.undefined("the API is free for this workload's mix: self-hosting never breaks even");
        }
        if (replicaFixedMonthly == 0) {
            return Figure.undefined("self-hosting costs nothing (GPU price and operations 0): no break-even volume");
        }
        return Figure.finiteOr(BuildVsBuy.breakEvenTokensPerDay(replicaFixedMonthly, apiBlendedPerMillion),
                "beyond a double");
    }
}
