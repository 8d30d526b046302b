package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.JsonDocuments;

/** The metrics as JSON; every key names its unit. */
final class MetricsJson {
    private MetricsJson() {
    }

    static ObjectNode of(ScenarioResults results) {
        ObjectNode root = JsonDocuments.mapper().createObjectNode();
        root.put("scenario", results.scenario().name());
        ArrayNode systems = root.putArray("systems");
        for (SystemOutcome o : results.systems()) {
            ObjectNode system = system(o);
            vsBaseline(system, o.economics(), results.baseline().economics());
            systems.add(system);
        }
        return root;
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
        s.put("kvBudgetGB", r.kvBudgetGB());
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
        }, () -> s.putNull("maxThroughput"));
        SystemEconomics e = o.economics();
        if (r.atTarget().isPresent() || e.hasCost()) {
            ObjectNode t = s.putObject("atTarget");
            FrontierPoint p = r.atTarget().orElse(null);
            // the model's operating point; null where the physics cannot meet the target
            t.put("interactivity", p != null ? p.tokensPerSecPerUser() : e.interactivity());
            putNullable(t, "batch", p == null ? null : (double) p.batch());
            putNullable(t, "outputTokensPerSecPerGpu", p == null ? null : p.outputTokensPerSecPerGpu());
            putNullable(t, "totalTokensPerSecPerGpu", p == null ? null : p.totalTokensPerSecPerGpu());
            putNullable(t, "stepMs", p == null ? null : p.stepMs());
            // the throughput behind the costs: a pinned measurement or the model's
            t.put("costBasis", e.costBasis());
            t.put("costedTokensPerSecPerGpu", e.outputTokensPerSecPerGpu());
            putNullable(t, "costPerMillionOnDemand", e.outputOnDemandPerMillion());
            putNullable(t, "costPerMillionSpot", e.outputSpotPerMillion());
            putNullable(t, "costPerMillionReserved", e.outputReservedPerMillion());
            putNullable(t, "costPerMillionInputOnDemand", e.inputOnDemandPerMillion());
            putNullable(t, "costPerMillionBlendedOnDemand", e.blendedOnDemandPerMillion());
            t.put("tokensPerSecPerMegawatt", e.tokensPerSecPerMegawatt());
            t.put("energyCostPerMillion", e.energyPerMillion());
            if (!e.warning().isEmpty()) {
                t.put("costWarning", e.warning());
            }
        } else {
            s.putNull("atTarget");
        }
        if (e.fleet().isPresent()) {
            Fleet f = e.fleet().get();
            ObjectNode fleet = s.putObject("fleet");
            fleet.put("gpus", f.gpus());
            putNullable(fleet, "monthlyCostOnDemand", f.monthlyOnDemand());
            putNullable(fleet, "monthlyCostSpot", f.monthlySpot());
            putNullable(fleet, "monthlyCostReserved", f.monthlyReserved());
            fleet.put("throughputGpus", f.throughputGpus());
            fleet.put("prefillGpus", f.prefillGpus());
            fleet.put("kvGpus", f.kvGpus());
            fleet.put("concurrentSequences", f.concurrentSequences());
            fleet.put("bindingConstraint", f.bindingConstraint());
        } else {
            s.putNull("fleet");
        }
        e.buy().ifPresent(b -> {
            ObjectNode buy = s.putObject("buildVsBuy");
            buy.put("api", b.api().id());
            buy.put("apiBlendedPerMillion", b.apiBlendedPerMillion());
            buy.put("tokensPerDay", b.tokensPerDay());
            buy.put("apiMonthly", b.apiMonthly());
            buy.put("selfHostMonthly", b.selfHostMonthly());
            buy.put("breakEvenTokensPerDay", b.breakEvenTokensPerDay());
            buy.put("replicaTokensPerDay", b.replicaTokensPerDay());
            if (b.hybridMonthly() != null) {
                buy.put("hybridGpus", b.hybridGpus());
                buy.put("hybridOverflowTokensPerDay", b.hybridOverflowTokensPerDay());
                buy.put("hybridMonthly", b.hybridMonthly());
            }
        });
        r.config().formatWarning().ifPresent(w -> s.put("formatWarning", w));
        if (!r.verdict().isEmpty()) {
            s.put("verdict", r.verdict());
        }
        return s;
    }

    /** Ratios and monthly savings against the baseline system (positive: this system is cheaper). */
    static void vsBaseline(ObjectNode system, SystemEconomics e, SystemEconomics base) {
        if (!e.hasCost() || !base.hasCost()) {
            return;
        }
        ObjectNode vs = system.putObject("vsBaseline");
        if (e.outputOnDemandPerMillion() != null && base.outputOnDemandPerMillion() != null) {
            vs.put("costRatioOnDemand", base.outputOnDemandPerMillion() / e.outputOnDemandPerMillion());
        }
        if (e.outputSpotPerMillion() != null && base.outputSpotPerMillion() != null) {
            vs.put("costRatioSpot", base.outputSpotPerMillion() / e.outputSpotPerMillion());
        }
        Fleet f = e.fleet().orElseThrow();
        Fleet bf = base.fleet().orElseThrow();
        if (f.monthlyOnDemand() != null && bf.monthlyOnDemand() != null) {
            vs.put("monthlySavingsOnDemand", bf.monthlyOnDemand() - f.monthlyOnDemand());
        }
        if (f.monthlySpot() != null && bf.monthlySpot() != null) {
            vs.put("monthlySavingsSpot", bf.monthlySpot() - f.monthlySpot());
        }
    }

    private static void putNullable(ObjectNode node, String key, Double value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
