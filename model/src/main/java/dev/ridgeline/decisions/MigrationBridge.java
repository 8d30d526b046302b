package dev.ridgeline.decisions;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.FrontierPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a migration's cost-per-token ratio comes from (seed 001 §1.1, §3): baseline $/M ÷ selected $/M split into
 * multiplicative factors in a fixed, stated order, each a ratio of selected to baseline, telescoping so that the
 * factors multiply to the total exactly:
 * <ol>
 * <li>bandwidth: BW_sel ÷ BW_base per GPU;</li>
 * <li>weight footprint: W_base ÷ W_sel (bytes streamed per decode step). 1 × 2 is the batch-1 decode floor's ratio
 * in tokens per GPU (per-GPU tok/s at the floor = BW ÷ W);</li>
 * <li>batching (KV headroom, compute, overheads): each system's modeled tok/s/GPU at the target without drafting
 * ÷ its floor throughput, selected over baseline;</li>
 * <li>speculation: modeled with ÷ without drafting, selected over baseline;</li>
 * <li>measurement: the costed throughput (a pin, an anchor) ÷ the modeled, selected over baseline;</li>
 * <li>GPU price: baseline $/h ÷ selected $/h (on-demand).</li>
 * </ol>
 * Where either system has no modeled point at the target (seed 001's H100 cannot reach 50 tok/s/user; its cost
 * is a pin), 3–5 are one factor: costed tok/s/GPU ratio ÷ the floor ratio. Order matters for a chain of
 * counterfactuals; here each factor is a ratio of the two systems' own figures, so the order only sets how the
 * bars are drawn.
 */
public record MigrationBridge(String baseline, String selected, List<Factor> factors, double total) {

    /** @param ratio selected over baseline, > 1 making the selected system cheaper per token */
    public record Factor(String name, double ratio, String how) {
    }

    public MigrationBridge {
        factors = List.copyOf(factors);
    }

    public static final String BANDWIDTH = "bandwidth";
    public static final String FOOTPRINT = "weight footprint";
    public static final String BATCHING = "batching: KV headroom, compute, overheads";
    public static final String SPECULATION = "speculation";
    public static final String MEASURED = "measured vs modeled";
    public static final String AT_TARGET = "throughput at the target beyond the floor";
    public static final String PRICE = "GPU price";

    /** Product of the first two factors: the decode floor's ratio in tokens per GPU. */
    public double decodeFloorRatio() {
        return factors.get(0).ratio() * factors.get(1).ratio();
    }

    /** The bridge from the scenario's baseline to system {@code selected}; empty when either has no on-demand cost. */
    public static Optional<MigrationBridge> of(ScenarioResults results, int selected, Catalog catalog) {
        SystemOutcome base = results.baseline();
        int baseIndex = results.systems().indexOf(base);
        SystemOutcome sel = results.systems().get(selected);
        Double costBase = base.economics().outputOnDemandPerMillion();
        Double costSel = sel.economics().outputOnDemandPerMillion();
        if (costBase == null || costSel == null || costBase <= 0 || costSel <= 0) {
            return Optional.empty();
        }
        double bwBase = base.physics().config().bandwidthPerGpu();
        double bwSel = sel.physics().config().bandwidthPerGpu();
        double wBase = base.physics().streamingBytes();
        double wSel = sel.physics().streamingBytes();
        double floorBase = bwBase / wBase;
        double floorSel = bwSel / wSel;
        double tpsBase = base.economics().outputTokensPerSecPerGpu();
        double tpsSel = sel.economics().outputTokensPerSecPerGpu();
        List<Factor> factors = new ArrayList<>();
        factors.add(new Factor(BANDWIDTH, bwSel / bwBase, String.format("%.2f ÷ %.2f TB/s per GPU", bwSel / 1e12,
                bwBase / 1e12)));
        factors.add(new Factor(FOOTPRINT, wBase / wSel, String.format("%.2f ÷ %.2f GB streamed per decode step",
                wBase / 1e9, wSel / 1e9)));
        Optional<Double> plainBase = withoutDrafting(results, baseIndex, catalog);
        Optional<Double> plainSel = withoutDrafting(results, selected, catalog);
        Optional<FrontierPoint> modelBase = base.physics().atTarget();
        Optional<FrontierPoint> modelSel = sel.physics().atTarget();
        if (modelBase.isPresent() && modelSel.isPresent() && plainBase.isPresent() && plainSel.isPresent()) {
            double mBase = modelBase.get().outputTokensPerSecPerGpu();
            double mSel = modelSel.get().outputTokensPerSecPerGpu();
            factors.add(new Factor(BATCHING, (plainSel.get() / floorSel) / (plainBase.get() / floorBase),
                    String.format("%.1f× vs %.1f× the batch-1 floor's tok/s/GPU at the target", plainSel.get()
                            / floorSel, plainBase.get() / floorBase)));
            factors.add(new Factor(SPECULATION, (mSel / plainSel.get()) / (mBase / plainBase.get()),
                    String.format("%.2f× vs %.2f× from drafting", mSel / plainSel.get(), mBase / plainBase.get())));
            factors.add(new Factor(MEASURED, (tpsSel / mSel) / (tpsBase / mBase),
                    String.format("costed ÷ modeled: %.2f vs %.2f", tpsSel / mSel, tpsBase / mBase)));
        } else {
            factors.add(new Factor(AT_TARGET, (tpsSel / tpsBase) / (floorSel / floorBase),
                    String.format("%.0f vs %.0f tok/s/GPU costed (%s, %s) over the floor ratio", tpsSel, tpsBase,
                            sel.economics().costBasis(), base.economics().costBasis())));
        }
        double priceBase = base.resolved().onDemandPerHour();
        double priceSel = sel.resolved().onDemandPerHour();
        factors.add(new Factor(PRICE, priceBase / priceSel, String.format("$%.2f ÷ $%.2f per GPU-hour", priceBase,
                priceSel)));
        return Optional.of(new MigrationBridge(base.label(), sel.label(), factors, costBase / costSel));
    }

    private static Optional<Double> withoutDrafting(ScenarioResults results, int index, Catalog catalog) {
        SystemOutcome o = results.systems().get(index);
        if (o.physics().config().draftTokens() == 0) {
            return o.physics().atTarget().map(FrontierPoint::outputTokensPerSecPerGpu);
        }
        return WhatIf.evaluate(results.scenario(), index,
                s -> s.withServing(s.servingOrNone().withSpeculation(0, null)), w -> w, catalog)
                .flatMap(x -> x.physics().atTarget()).map(FrontierPoint::outputTokensPerSecPerGpu);
    }
}
