package dev.ridgeline.decisions;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.SystemConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What matters most (seed 001 §3.4): the selected system's on-demand output $/M, and its fleet's on-demand $/month,
 * when one input at a time moves over a stated range, every other input as the scenario has it. Ranges: the GPU
 * price from spot to on-demand where the price has a spot rate (else ±20 %); bandwidth efficiency 0.7–0.9
 * (decode kernels' range); acceptance 0.6–0.9 where the system drafts; everything else ±20 %. Bars are sorted by
 * their $/M swing, largest first. A pinned throughput that does not follow the model (a fixed pin) does not move
 * with the engineering inputs: its bars are 0 wide, which is what the pin says.
 *
 * @param basePerMillion on-demand output $/M as the scenario stands
 * @param baseMonthly    the fleet's on-demand $/month as the scenario stands (null when not sized or not priced)
 */
public record Sensitivity(String system, double basePerMillion, Double baseMonthly, List<Bar> bars) {

    /** Default relative range of an input without a catalog range. */
    public static final double DEFAULT_RANGE = 0.20;

    /**
     * One input's bar: the input at its low and high ends of the range and the costs there (null where the system
     * has no cost at that end, e.g. a target it cannot reach).
     */
    public record Bar(String input, String unit, String range, double base, double low, double high,
            Double lowPerMillion, Double highPerMillion, Double lowMonthly, Double highMonthly, boolean price) {
        /** |$/M at high − $/M at low|; an end without a cost counts as no swing. */
        public double swing() {
            return lowPerMillion == null || highPerMillion == null ? 0 : Math.abs(highPerMillion - lowPerMillion);
        }
    }

    public Sensitivity {
        bars = List.copyOf(bars);
    }

    /** The largest bar, if any. */
    public Optional<Bar> largest() {
        return bars.stream().findFirst();
    }

    public static Optional<Sensitivity> of(ScenarioResults results, int index, Catalog catalog) {
        SystemOutcome o = results.systems().get(index);
        Double base = o.economics().outputOnDemandPerMillion();
        if (base == null) {
            return Optional.empty();
        }
        SystemConfig c = o.physics().config();
        SystemSpec spec = o.resolved().spec();
        Serving serving = spec.servingOrNone();
        List<Bar> bars = new ArrayList<>();
        double od = o.resolved().onDemandPerHour();
        Double spot = o.resolved().spotPerHour();
        boolean spotRange = spot != null && spot < od;
        double lowPrice = spotRange ? spot : od * (1 - DEFAULT_RANGE);
        double highPrice = spotRange ? od : od * (1 + DEFAULT_RANGE);
        bars.add(bar(results, index, catalog, "GPU price", "$/GPU-h", spotRange ? "spot to on-demand" : "±20 %",
                od, lowPrice, highPrice, true, v -> s -> s.withPrice(price(s.price()).withOnDemand(v)), null));
        double bw = c.bandwidthPerGpu() / 1e12;
        bars.add(bar(results, index, catalog, "HBM bandwidth", "TB/s", "±20 %", bw, bw * 0.8, bw * 1.2, false,
                v -> s -> s.withOverrides(s.overridesOrNone().withMemoryBandwidthTBps(v)), null));
        bars.add(bar(results, index, catalog, "bandwidth efficiency", "of HBM", "0.7–0.9 (decode kernels)",
                c.bandwidthEfficiency(), Math.min(0.7, c.bandwidthEfficiency()), Math.max(0.9, c.bandwidthEfficiency()),
                false,
                v -> s -> s.withServing(s.servingOrNone().withEfficiency(v, s.servingOrNone().computeEfficiency())),
                null));
        double ce = c.computeEfficiency();
        bars.add(bar(results, index, catalog, "compute efficiency", "of dense peak", "±20 %", ce,
                Math.max(0.05, ce * 0.8), Math.min(1, ce * 1.2), false,
                v -> s -> s.withServing(s.servingOrNone().withEfficiency(s.servingOrNone().bandwidthEfficiency(), v)),
                null));
        double overhead = c.stepOverheadMs();
        bars.add(bar(results, index, catalog, "step overhead", "ms", "±20 %", overhead, overhead * 0.8,
                overhead * 1.2, false, v -> s -> s.withServing(s.servingOrNone().withOverheads(v,
                        s.servingOrNone().perSequenceOverheadUs())), null));
        if (c.draftTokens() > 0) {
            bars.add(bar(results, index, catalog, "acceptance rate", "", "0.6–0.9", c.acceptanceRate(),
                    Math.min(0.6, c.acceptanceRate()), Math.max(0.9, c.acceptanceRate()),
                    false, v -> s -> s.withServing(s.servingOrNone().withSpeculation(
                            s.servingOrNone().draftTokensOrDefault(), v)), null));
        }
        Workload w = results.scenario().workload();
        double target = w.targetTokensPerSecPerUser();
        bars.add(bar(results, index, catalog, "target interactivity", "tok/s/user", "±20 %", target,
                Math.max(Workload.MIN_TARGET, target * 0.8), Math.min(Workload.MAX_TARGET, target * 1.2), false,
                null, v -> x -> x.withTarget(v)));
        bars.add(bar(results, index, catalog, "request rate", "req/s", "±20 %", w.requestsPerSec(),
                w.requestsPerSec() * 0.8, w.requestsPerSec() * 1.2, false, null,
                v -> x -> x.withRequestsPerSec(v))); // keeps the prefix cache and latency targets
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed()
                .thenComparing(Comparator.comparingDouble(Sensitivity::monthlySwing).reversed()));
        return Optional.of(new Sensitivity(o.label(), base, monthly(o), bars));
    }

    static double monthlySwing(Bar b) {
        return b.lowMonthly() == null || b.highMonthly() == null ? 0 : Math.abs(b.highMonthly() - b.lowMonthly());
    }

    private static GpuPricing price(GpuPricing p) {
        return p == null ? new GpuPricing(null, null, null, null, null) : p;
    }

    private static Double monthly(SystemOutcome o) {
        return o.economics().fleet().map(Fleet::monthlyOnDemand).orElse(null);
    }

    private static Bar bar(ScenarioResults results, int index, Catalog catalog, String input, String unit,
            String range, double base, double low, double high, boolean price,
            java.util.function.DoubleFunction<UnaryOperator<SystemSpec>> system,
            java.util.function.DoubleFunction<UnaryOperator<Workload>> workload) {
        Optional<SystemOutcome> lo = at(results, index, catalog, low, system, workload);
        Optional<SystemOutcome> hi = at(results, index, catalog, high, system, workload);
        return new Bar(input, unit, range, base, low, high,
                lo.map(x -> x.economics().outputOnDemandPerMillion()).orElse(null),
                hi.map(x -> x.economics().outputOnDemandPerMillion()).orElse(null),
                lo.map(Sensitivity::monthly).orElse(null), hi.map(Sensitivity::monthly).orElse(null), price);
    }

    private static Optional<SystemOutcome> at(ScenarioResults results, int index, Catalog catalog, double v,
            java.util.function.DoubleFunction<UnaryOperator<SystemSpec>> system,
            java.util.function.DoubleFunction<UnaryOperator<Workload>> workload) {
        UnaryOperator<SystemSpec> s = system == null ? x -> x : system.apply(v);
        UnaryOperator<Workload> w = workload == null ? x -> x : workload.apply(v);
        return WhatIf.evaluate(results.scenario(), index, s, w, catalog);
    }
}
