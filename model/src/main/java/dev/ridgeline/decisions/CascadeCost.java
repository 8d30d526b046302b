package dev.ridgeline.decisions;

import dev.ridgeline.economics.Fleet;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Cascade;
import dev.ridgeline.scenario.CascadeTier;
import dev.ridgeline.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model cascade's cost (seed 004 §7): blended $/M = Σ share × tier $/M over output tokens; GPUs per tier sized for
 * its share of the peak output tokens (throughput only: whole replicas of the tier's system); the saving against
 * sending everything to one tier = that tier's $/M ÷ blended. A tier whose cost is undefined leaves the blend
 * undefined, with its reason.
 *
 * @param tiers              one row per tier
 * @param blendedPerMillion  Σ share × $/M, null when a tier has no cost
 * @param blendedQuality     Σ share × quality when every tier states one, else null
 * @param reason             why the blend is undefined; empty otherwise
 */
public record CascadeCost(List<Tier> tiers, Double blendedPerMillion, Double blendedQuality, String reason) {

    /**
     * @param perMillion  $/M output tokens of the tier: its system's on-demand figure or its fixed price (null: none)
     * @param gpus        GPUs the tier's system needs for its share (null for a priced tier or an unsized one)
     * @param monthly     those GPUs × on-demand $/h × 730, or share × the workload's output tokens × price for a
     *                    priced tier (null when undefined)
     * @param savingAlone this tier alone for every request ÷ blended cost (null when either is undefined or 0)
     */
    public record Tier(String label, double share, Double perMillion, Integer gpus, Double monthly, Double quality,
            Double savingAlone) {
    }

    public CascadeCost {
        tiers = List.copyOf(tiers);
    }

    /** The scenario's cascade costed, or empty when it has none. */
    public static Optional<CascadeCost> of(ScenarioResults results) {
        Cascade cascade = results.scenario().cascade();
        return cascade == null ? Optional.empty() : Optional.of(of(cascade, results));
    }

    static CascadeCost of(Cascade cascade, ScenarioResults results) {
        Workload w = results.scenario().workload();
        List<Double> costs = new ArrayList<>();
        String reason = "";
        double blended = 0;
        for (CascadeTier t : cascade.tiers()) {
            Double cost = t.pricePerMillion();
            if (t.system() != null) {
                SystemOutcome o = results.systems().get(t.system());
                cost = o.economics().outputOnDemandPerMillion();
                if (cost == null && reason.isEmpty()) {
                    reason = t.label() + " has no cost: " + (o.economics().verdict().isEmpty()
                            ? "no on-demand price" : o.economics().verdict());
                }
            }
            costs.add(cost);
            blended += cost == null ? 0 : t.share() * cost;
        }
        Double blend = reason.isEmpty() ? blended : null;
        List<Tier> rows = new ArrayList<>();
        boolean allQuality = true;
        double quality = 0;
        for (int i = 0; i < cascade.tiers().size(); i++) {
            CascadeTier t = cascade.tiers().get(i);
            Double cost = costs.get(i);
            Integer gpus = null;
            Double monthly = null;
            if (t.system() != null) {
                SystemOutcome o = results.systems().get(t.system());
                double tps = o.economics().outputTokensPerSecPerGpu();
                int n = o.physics().config().gpus();
                if (tps > 0 && o.economics().hasCost()) {
                    int sized = Fleet.sized(t.share() * w.peakOutputTokensPerSec() / (tps * n), n);
                    if (sized <= Fleet.MAX_GPUS) {
                        gpus = sized;
                        Double price = o.resolved().onDemandPerHour();
                        monthly = price == null ? null : dev.ridgeline.economics.TokenCost.monthly(sized, price);
                    }
                }
            } else if (cost != null) {
                // output tokens a month at the average rate × the tier's price
                monthly = t.share() * w.requestsPerSec() * w.outputTokens() * 86_400
                        * dev.ridgeline.economics.BuildVsBuy.DAYS_PER_MONTH * cost / 1e6;
            }
            Double saving = blend == null || cost == null || blend == 0 ? null : cost / blend;
            if (t.quality() == null) {
                allQuality = false;
            } else {
                quality += t.share() * t.quality();
            }
            rows.add(new Tier(t.label(), t.share(), cost, gpus, monthly, t.quality(), saving));
        }
        return new CascadeCost(rows, blend, allQuality ? quality : null, reason);
    }

    /** GPUs across the system tiers (null when none is sized). */
    public Integer totalGpus() {
        Integer total = null;
        for (Tier t : tiers) {
            if (t.gpus() != null) {
                total = (total == null ? 0 : total) + t.gpus();
            }
        }
        return total;
    }
}
