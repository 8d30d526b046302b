package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.economics.Figure;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.economics.VersusBaseline;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.JsonDocuments;
import java.util.ArrayList;
import java.util.List;

/** The metrics as JSON; every key names its unit. */
final class MetricsJson {
    /** Why the target point's fields are null: the physics cannot meet the target (the cost rests on a pin). */
    private static final String NO_POINT = "the model meets the target at no batch";

    private MetricsJson() {
    }

    static ObjectNode of(ScenarioResults results) {
        ObjectNode root = JsonDocuments.mapper().createObjectNode();
        root.put("scenario", results.scenario().name());
        ArrayNode systems = root.putArray("systems");
        for (SystemOutcome o : results.systems()) {
            ObjectNode system = system(o);
            latency(system, o, results.scenario().workload());
            vsBaseline(system, o.economics(), results.baseline().economics());
            systems.add(system);
        }
        finite(root);
        return root;
    }

    /**
     * A last guard: any number that is not finite becomes null with a "…Reason" beside it, so the output is always
     * JSON (Jackson would write the token NaN). The model keeps every figure finite; the fuzz suite checks that.
     */
    static void finite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> bad = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNumber() && !Double.isFinite(f.getValue().asDouble())) {
                    bad.add(f.getKey());
                } else {
                    finite(f.getValue());
                }
            });
            bad.forEach(key -> {
                object.putNull(key);
                object.put(key + "Reason", "not a finite number");
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(MetricsJson::finite);
        }
    }

    static ObjectNode system(SystemOutcome o) {
        SystemResults r = o.physics();
        ObjectNode s = JsonDocuments.mapper().createObjectNode();
        s.put("label", r.label());
        s.put("accelerator", r.config().accelerator().id());
        s.put("model", r.config().model().id());
        s.put("weightFormat", r.config().weightFormat().id());
        s.put("kvFormat", r.config().kvFormat().id());
        s.put("gpusPerReplica", r.config().gpus());
        ObjectNode parallelism = s.putObject("parallelism");
        parallelism.put("tp", r.config().parallelism().tp());
        parallelism.put("ep", r.config().parallelism().ep());
        parallelism.put("dp", r.config().parallelism().dp());
        s.put("engine", r.config().engine().name());
        s.put("fits", r.fits());
        s.put("weightsGB", r.weightsGB());
        s.put("decodeFloorMs", r.decodeFloorMs());
        s.put("ceilingTokensPerSecPerUser", r.ceilingTokensPerSecPerUser());
        s.put("kvBytesPerToken", r.memory().kvBytesPerToken());
        // a model that does not fit has a deficit, not a budget: null and the verdict, never a negative GB
        put(s, "kvBudgetGB", r.memory().weightsFit() ? Figure.of(r.kvBudgetGB()) : Figure.undefined(r.verdict()));
        s.put("kvTokenCapacity", r.memory().tokenCapacity());
        s.put("maxConcurrency", r.memory().concurrency());
        s.put("computePrecision", r.precision().name());
        s.put("ridgeFlopPerByte", r.ridgeFlopPerByte());
        s.put("prefillCeilingTokensPerSec", r.prefillCeilingTokensPerSecPerGpu());
        s.put("ttftMs", r.ttftSeconds() * 1e3);
        // the largest batch the KV budget and the engine admit: what a max-throughput benchmark measures
        r.maxThroughput().ifPresentOrElse(p -> {
            ObjectNode m = s.putObject("maxThroughput");
            m.put("batch", p.batch());
            m.put("interactivity", p.tokensPerSecPerUser());
            m.put("outputTokensPerSecPerGpu", p.outputTokensPerSecPerGpu());
            m.put("totalTokensPerSecPerGpu", p.totalTokensPerSecPerGpu());
            m.put("stepMs", p.stepMs());
        }, () -> {
            s.putNull("maxThroughput");
            s.put("maxThroughputReason", r.verdict());
        });
        SystemEconomics e = o.economics();
        if (r.atTarget().isPresent() || e.hasCost()) {
            ObjectNode t = s.putObject("atTarget");
            FrontierPoint p = r.atTarget().orElse(null);
            // the model's operating point; null where the physics cannot meet the target
            t.put("interactivity", p != null ? p.tokensPerSecPerUser() : e.interactivity());
            putNullable(t, "batch", p == null ? null : (double) p.batch(), NO_POINT);
            putNullable(t, "outputTokensPerSecPerGpu", p == null ? null : p.outputTokensPerSecPerGpu(), NO_POINT);
            putNullable(t, "totalTokensPerSecPerGpu", p == null ? null : p.totalTokensPerSecPerGpu(), NO_POINT);
            putNullable(t, "stepMs", p == null ? null : p.stepMs(), NO_POINT);
            // the throughput behind the costs: a pinned measurement or the model's
            t.put("costBasis", e.costBasis());
            t.put("costedTokensPerSecPerGpu", e.outputTokensPerSecPerGpu());
            putNullable(t, "costPerMillionOnDemand", e.outputOnDemandPerMillion(), "no on-demand price");
            putNullable(t, "costPerMillionSpot", e.outputSpotPerMillion(), "no spot price");
            putNullable(t, "costPerMillionReserved", e.outputReservedPerMillion(), "no reserved price");
            putNullable(t, "costPerMillionInputOnDemand", e.inputOnDemandPerMillion(), "no on-demand price");
            putNullable(t, "costPerMillionBlendedOnDemand", e.blendedOnDemandPerMillion(), "no on-demand price");
            t.put("tokensPerSecPerMegawatt", e.tokensPerSecPerMegawatt());
            t.put("energyCostPerMillion", e.energyPerMillion());
            if (!e.warning().isEmpty()) {
                t.put("costWarning", e.warning());
            }
        } else {
            s.putNull("atTarget");
            s.put("atTargetReason", e.verdict());
        }
        if (e.fleet().isPresent()) {
            Fleet f = e.fleet().get();
            ObjectNode fleet = s.putObject("fleet");
            // a fleet beyond Fleet.MAX_GPUS is null with the reason, and so are its monthly costs
            put(fleet, "gpus", f.gpusFigure());
            put(fleet, "monthlyCostOnDemand", f.monthlyOnDemandFigure());
            put(fleet, "monthlyCostSpot", f.monthlySpotFigure());
            put(fleet, "monthlyCostReserved", f.monthlyReservedFigure());
            put(fleet, "throughputGpus", f.throughputGpusFigure());
            put(fleet, "prefillGpus", f.prefillGpusFigure());
            put(fleet, "kvGpus", f.kvGpusFigure());
            put(fleet, "ttftGpus", f.ttftGpusFigure());
            fleet.put("concurrentSequences", f.concurrentSequences());
            fleet.put("bindingConstraint", f.bindingConstraint());
        } else {
            s.putNull("fleet");
            s.put("fleetReason", e.verdict());
        }
        e.buy().ifPresent(b -> {
            ObjectNode buy = s.putObject("buildVsBuy");
            buy.put("api", b.api().id());
            buy.put("apiBlendedPerMillion", b.apiBlendedPerMillion());
            buy.put("tokensPerDay", b.tokensPerDay());
            buy.put("apiMonthly", b.apiMonthly());
            put(buy, "selfHostMonthly", b.selfHostMonthly());
            put(buy, "breakEvenTokensPerDay", b.breakEvenTokensPerDay());
            buy.put("replicaTokensPerDay", b.replicaTokensPerDay());
            if (b.hybridMonthly() != null) {
                put(buy, "hybridGpus", b.hybridGpus() > Fleet.MAX_GPUS
                        ? Figure.undefined(Fleet.beyondLimitNote(Fleet.THROUGHPUT)) : Figure.of(b.hybridGpus()));
                buy.put("hybridOverflowTokensPerDay", b.hybridOverflowTokensPerDay());
                put(buy, "hybridMonthly", b.hybridMonthly());
            }
        });
        o.disaggregated().ifPresent(d -> disaggregation(s, d));
        r.config().formatWarning().ifPresent(w -> s.put("formatWarning", w));
        if (!r.verdict().isEmpty()) {
            s.put("verdict", r.verdict());
        }
        return s;
    }

    /**
     * Issue 14: prefix caching's figures, and TTFT (p50, p90, mean) and TPOT at each replica's share of the peak
     * (M/D/1 prefill queue, MODEL.md §2 "Load and latency"); null with the reason where the fleet is not sized or
     * a replica saturates.
     */
    static void latency(ObjectNode s, SystemOutcome o, dev.ridgeline.scenario.Workload w) {
        SystemResults r = o.physics();
        s.put("prefixHitRate", w.hitRate());
        s.put("prefixCacheGB", r.memory().prefixBytes() / 1e9);
        s.put("computedPromptTokens", w.computedPromptTokens());
        var at = dev.ridgeline.evaluation.LatencyUnderLoad.atPeak(o, w);
        if (at.isEmpty()) {
            s.putNull("latencyAtPeak");
            s.put("latencyAtPeakReason", "no sized fleet to load");
            return;
        }
        dev.ridgeline.serving.LoadLatency l = at.get().latency();
        ObjectNode n = s.putObject("latencyAtPeak");
        n.put("requestsPerSecPerGpu", at.get().requestsPerSecPerGpu());
        n.put(o.disaggregated().isPresent() ? "requestsPerSecPerPrefillReplica" : "requestsPerSecPerReplica",
                l.requestsPerSecPerReplica());
        n.put("decodeBatch", l.decodeBatch());
        n.put("prefillServiceMs", l.prefillServiceSeconds() * 1e3);
        n.put("prefillUtilisation", l.prefillUtilisation());
        n.put("decodeUtilisation", l.decodeUtilisation());
        String why = "a replica saturates in " + l.saturation();
        putNullable(n, "ttftP50Ms", l.ttftP50Seconds() == null ? null : l.ttftP50Seconds() * 1e3, why);
        putNullable(n, "ttftP90Ms", l.ttftP90Seconds() == null ? null : l.ttftP90Seconds() * 1e3, why);
        putNullable(n, "ttftMeanMs", l.ttftMeanSeconds() == null ? null : l.ttftMeanSeconds() * 1e3, why);
        putNullable(n, "tpotMs", l.tpotSeconds() == null ? null : l.tpotSeconds() * 1e3, why);
    }

    /** Issue 14: a disaggregated system's pools, ratio, KV transfer and per-pool cost. */
    static void disaggregation(ObjectNode s, dev.ridgeline.economics.DisaggregatedFleet d) {
        ObjectNode n = s.putObject("disaggregation");
        n.put("ratio", d.ratio());
        n.put("gpus", d.gpus());
        ObjectNode prefill = n.putObject("prefillPool");
        prefill.put("accelerator", d.prefillAccelerator());
        prefill.put("gpusPerReplica", d.prefillGpusPerReplica());
        prefill.put("replicas", d.prefillReplicas());
        prefill.put("gpus", d.prefillGpus());
        prefill.put("bindingConstraint", d.prefillBinding());
        prefill.put("prefillMs", d.prefillSeconds() * 1e3);
        putNullable(prefill, "monthlyCostOnDemand", d.prefillMonthly(), "no on-demand price for the prefill pool");
        ObjectNode decode = n.putObject("decodePool");
        decode.put("accelerator", d.decodeAccelerator());
        decode.put("gpusPerReplica", d.decodeGpusPerReplica());
        decode.put("replicas", d.decodeReplicas());
        decode.put("gpus", d.decodeGpus());
        decode.put("bindingConstraint", d.decodeBinding());
        decode.put("outputTokensPerSecPerGpu", d.decodeTokensPerSecPerGpu());
        decode.put("interactivity", d.decodeInteractivity());
        putNullable(decode, "monthlyCostOnDemand", d.decodeMonthly(), "no on-demand price for the decode pool");
        n.put("linkGBps", d.linkGBps());
        n.put("kvTransferGB", d.kvTransferBytes() / 1e9);
        n.put("kvTransferMs", d.kvTransferSeconds() * 1e3);
        putNullable(n, "ttftP90AtPeakMs", d.ttftP90AtPeak() == null ? null : d.ttftP90AtPeak() * 1e3,
                "a prefill replica saturates");
        putNullable(n, "monthlyCostOnDemand", d.monthlyOnDemand(), "a pool has no on-demand price");
        putNullable(n, "outputOnDemandPerMillion", d.outputOnDemandPerMillion(), "a pool has no on-demand price");
    }

    /** Ratios and monthly savings against the baseline system (positive: this system is cheaper). */
    static void vsBaseline(ObjectNode system, SystemEconomics e, SystemEconomics base) {
        VersusBaseline.of(e, base).ifPresent(v -> {
            ObjectNode vs = system.putObject("vsBaseline");
            put(vs, "costRatioOnDemand", v.costRatioOnDemand());
            put(vs, "costRatioSpot", v.costRatioSpot());
            put(vs, "monthlySavingsOnDemand", v.monthlySavingsOnDemand());
            put(vs, "monthlySavingsSpot", v.monthlySavingsSpot());
        });
    }

    /** The figure's value, or null and "<key>Reason": JSON never holds NaN or Infinity (issue 13). */
    static void put(ObjectNode node, String key, Figure figure) {
        if (figure.defined()) {
            node.put(key, figure.value());
        } else {
            node.putNull(key);
            node.put(key + "Reason", figure.reason());
        }
    }

    /** A nullable figure: null with {@code reason} when absent. */
    private static void putNullable(ObjectNode node, String key, Double value, String reason) {
        put(node, key, value == null ? Figure.undefined(reason) : Figure.of(value));
    }
}
