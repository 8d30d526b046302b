package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.HardwareOverrides;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defects 4, 5 and 6: a fleet beyond a million GPUs is reported as such, never wrapped; ratios and a
 * break-even with a free side are undefined with the reason, never NaN or Infinity; what validates, evaluates.
 */
class FleetLimitsAndUndefinedFiguresTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.preset("blackwell-migration", catalog);

    @Test
    void wholeReplicasAreSizedInDoubleAndCappedNotWrapped() {
        // seed 001 §3.3: 20,000 / 1,500 = 13.3 → 14 GPUs; float noise above a whole number is not a replica more
        assertEquals(14, Fleet.sized(20_000.0 / 1_500, 1));
        assertEquals(2, Fleet.sized(2.0000000001, 1));
        assertEquals(1, Fleet.sized(0.2, 8) / 8);
        // 125,000 replicas of 8 are exactly the limit, 1,000,000 GPUs; one replica more is beyond it
        assertEquals(1_000_000, Fleet.sized(125_000, 8));
        assertEquals(Fleet.BEYOND_LIMIT, Fleet.sized(125_000.5, 8));
        // what (int) Math.ceil once made Integer.MAX_VALUE, and × 8 wrapped negative
        assertEquals(Fleet.BEYOND_LIMIT, Fleet.sized(1e300, 8));
        assertEquals(Fleet.BEYOND_LIMIT, Fleet.sized(Double.POSITIVE_INFINITY, 8));
        assertEquals(Fleet.BEYOND_LIMIT, Fleet.sized(Double.NaN, 1));
    }

    @Test
    void everyControlAtItsEdgeGivesAFleetBeyondTheLimitNotANegativeOne() {
        // defect 4, the combination: TPU v6e, Llama 2 70B, MXFP8, 8 GPUs per replica, 0.5 TB/s, efficiency
        // 0.05, 131,072 in / 65,536 out tokens, 10,000 req/s, target 1 tok/s/user: "gpus": -1945003392 before
        SystemSpec tpu = new SystemSpec("TPU", "tpu-v6e", "llama-2-70b", "mxfp8", "bf16-kv", 8,
                new HardwareOverrides(0.5, null, null, null),
                Serving.none().withEfficiency(0.05, 0.05), new GpuPricing(null, null, 2.7, 1.0, null), null, null);
        Scenario s = preset.withSystems(List.of(tpu), 0).withWorkload(new Workload(131_072, 65_536, 10_000, 1.0, 1));
        SystemOutcome o = ScenarioEvaluator.evaluate(s, catalog).systems().get(0);
        SystemEconomics e = o.economics();
        assertTrue(e.hasCost(), e.verdict());
        Fleet f = e.fleet().orElseThrow();
        // the peak needs 10,000 × 65,536 = 655,360,000 output tok/s; each GPU gives a few, so millions of GPUs
        double needed = 655_360_000 / e.outputTokensPerSecPerGpu();
        assertTrue(needed > Fleet.MAX_GPUS, "needs " + needed);
        assertTrue(f.beyondLimit());
        assertEquals(Fleet.BEYOND_LIMIT, f.gpus());
        assertEquals("needs more than 1,000,000 GPUs for throughput", f.limitNote());
        assertFalse(f.gpusFigure().defined());
        assertEquals("needs more than 1,000,000 GPUs for throughput", f.gpusFigure().reason());
        // and the monthly costs follow: none, with the reason, instead of −2.8e13
        assertNull(f.monthlyOnDemand());
        assertNull(f.monthlySpot());
        assertEquals("the fleet needs more than 1,000,000 GPUs for throughput", f.monthlyOnDemandFigure().reason());
        // the per-token cost is still a cost: $2.70 / (tps × 3,600) × 1e6, finite and positive
        assertEquals(2.7 / (e.outputTokensPerSecPerGpu() * 3600) * 1e6, e.outputOnDemandPerMillion(), 1e-9);
    }

    @Test
    void aFreeBaselineHasNoCostRatioAndSaysWhy() {
        // defect 5: a GPU price of 0 on the baseline gave "costRatioOnDemand": "NaN" (0 ÷ 0 on its own row)
        SystemSpec h100 = preset.systems().get(0);
        Scenario s = preset.withSystem(0, h100.withPrice(h100.price().withOnDemand(0.0)));
        ScenarioResults r = ScenarioEvaluator.evaluate(s, catalog);
        SystemEconomics base = r.baseline().economics();
        assertEquals(0.0, base.outputOnDemandPerMillion());
        VersusBaseline own = VersusBaseline.of(base, base).orElseThrow();
        assertEquals("the baseline's on-demand price is 0: no ratio to a free baseline",
                own.costRatioOnDemand().reason());
        VersusBaseline b200 = VersusBaseline.of(r.systems().get(2).economics(), base).orElseThrow();
        assertFalse(b200.costRatioOnDemand().defined());
        // spot prices were left alone: H100 $1.66 / 1,500 tok/s vs B200 $2.12 / 10,000 tok/s
        // = (1.66 / 1,500) ÷ (2.12 / 10,000) = 5.22× cheaper
        assertEquals(1.66 / 1500 / (2.12 / 10_000), b200.costRatioSpot().value(), 1e-9);
        // savings: the free baseline's fleet costs $0 a month, so the B200's 2 × $6.03 × 730 = $8,803.80 is −8,803.80
        assertEquals(-8_803.80, b200.monthlySavingsOnDemand().value(), 0.01);
    }

    @Test
    void aFreeApiHasNoBreakEvenAndSaysWhy() {
        // defect 5: a free API gave breakEvenTokensPerDay: Infinity
        Scenario s = preset.withEconomics(new EconomicsInputs(null, null, null, new ApiPrice("free", "Free", 0, 0,
                null), null, null));
        BuyComparison buy = ScenarioEvaluator.evaluate(s, catalog).systems().get(2).economics().buy().orElseThrow();
        assertEquals(0, buy.apiMonthly());
        assertEquals("the API is free for this workload's mix: self-hosting never breaks even",
                buy.breakEvenTokensPerDay().reason());
        // the self-hosted bill is still there: 2 B200 × $6.03 × 730 = $8,803.80
        assertEquals(8_803.80, buy.selfHostMonthly().value(), 0.01);
        assertFalse(buy.selfHostWins());
    }

    @Test
    void aFreeReplicaAgainstAPaidApiHasNoBreakEvenEither() {
        // $0/h and no operations: the break-even 0 ÷ price would be 0 tokens, read as "always"; it is undefined
        SystemSpec b200 = preset.systems().get(2);
        Scenario s = preset.withSystem(2, b200.withPrice(b200.price().withOnDemand(0.0))).withEconomics(
                new EconomicsInputs(null, null, null, new ApiPrice("paid", "Paid", 2.5, 10, null), null, null));
        BuyComparison buy = ScenarioEvaluator.evaluate(s, catalog).systems().get(2).economics().buy().orElseThrow();
        assertEquals("self-hosting costs nothing (GPU price and operations 0): no break-even volume",
                buy.breakEvenTokensPerDay().reason());
        assertTrue(buy.selfHostWins());
    }

    @Test
    void aHugeCustomMoeThatValidatesAlsoEvaluates() {
        // defect 6: headDim 1 and huge MoE values passed validation, then evaluation refused with
        // "tokensPerSecPerGpu: must be > 0", naming no scenario field; now every figure is finite
        var llama = catalog.model("llama-3.3-70b").orElseThrow();
        var huge = new dev.ridgeline.llm.LanguageModel("huge", "Huge", 1e6, null, 1000, 1_000_000, 100_000, 100_000,
                1, 100_000_000, 10_000_000, false, 1_000_000_000, llama.attention(), null, null,
                new dev.ridgeline.llm.Moe(1_000_000, 1_000_000, 1_000_000, 10_000_000, 10_000_000, 999), null, "t",
                null);
        // pinned at 10,000 tok/s/GPU as if measured on it: the model does not fit a B200, so the pin stays a fixed figure
        SystemSpec spec = new SystemSpec("B200 · huge", "b200-hgx", "huge", "nvfp4", "fp8-kv", 1, null, null,
                new GpuPricing(null, null, 6.03, null, null), null, null);
        spec = spec.withMeasured(new dev.ridgeline.scenario.MeasuredThroughput(10_000, 50.0, "t", null, null, null,
                null, null).measuredOn(spec));
        Scenario s = new Scenario(2, "huge", null, preset.workload(), List.of(spec), 0, null, null, List.of(huge),
                null);
        SystemOutcome o = ScenarioEvaluator.evaluate(s, catalog).systems().get(0);
        assertFalse(o.physics().fits());
        assertTrue(Double.isFinite(o.physics().decodeFloorMs()) && Double.isFinite(o.physics().ttftSeconds()));
        SystemEconomics e = o.economics();
        assertEquals("measured", e.costBasis());
        // $6.03 / (10,000 × 3,600) × 1e6 = $0.1675/M output; input at a prefill ceiling near 0 is huge but finite
        assertEquals(0.1675, e.outputOnDemandPerMillion(), 1e-4);
        assertTrue(Double.isFinite(e.inputOnDemandPerMillion()) && e.inputOnDemandPerMillion() > 0);
        // no replica holds a sequence, so no number of them serves the workload: said, not sized
        Fleet f = e.fleet().orElseThrow();
        assertTrue(f.beyondLimit());
        assertEquals("cannot be sized: a replica's KV budget holds no sequence of the workload", f.limitNote());
    }
}
