package dev.ridgeline.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.BuyComparison;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Cascade;
import dev.ridgeline.scenario.CascadeTier;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15's decision views, each reproduced by hand arithmetic (model/MODEL.md §2, "Decisions"). */
class DecisionsTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static ScenarioResults preset(String id) {
        return ScenarioEvaluator.evaluate(ScenarioFiles.preset(id, CATALOG), CATALOG);
    }

    /**
     * A what-if keeps the workload's other inputs: on the RAG preset (75 % prefix hits, TTFT ≤ 1 s) moving the request
     * rate ±20 % resizes the fleet but not $/M at the target (302 tok/s/GPU at $4.62/h = $4.248/M either way). The
     * bar once rebuilt the workload without its prefix cache and showed $/M tripling.
     */
    @Test
    void theRequestRateBarKeepsThePrefixCache() {
        Sensitivity t = Sensitivity.of(preset("rag-prefix-caching"), 0, CATALOG).orElseThrow();
        Sensitivity.Bar rate = t.bars().stream().filter(b -> b.input().equals("request rate")).findFirst()
                .orElseThrow();
        assertEquals(t.basePerMillion(), rate.lowPerMillion(), 1e-9);
        assertEquals(t.basePerMillion(), rate.highPerMillion(), 1e-9);
    }

    @Test
    void theTornadosLargestBarOnTheDefaultPresetIsThePrice() {
        // seed 001 §3.4: B200 spot $2.12 vs on-demand $6.03 at the pinned 10,000 tok/s/GPU
        Sensitivity t = Sensitivity.of(preset("blackwell-migration"), 2, CATALOG).orElseThrow();
        Sensitivity.Bar top = t.largest().orElseThrow();
        assertTrue(top.price(), top.input());
        // $6.03 / (10,000 × 3,600) × 1e6 = $0.1675/M; $2.12 → $0.058889/M
        assertEquals(0.1675, t.basePerMillion(), 1e-9);
        assertEquals(2.12 / 36, top.lowPerMillion(), 1e-9);
        assertEquals(6.03 / 36, top.highPerMillion(), 1e-9);
        // fleet: 2 B200 × $/h × 730: $3,095.20 spot, $8,803.80 on-demand
        assertEquals(3095.20, top.lowMonthly(), 1e-6);
        assertEquals(8803.80, top.highMonthly(), 1e-6);
        // every engineering input swings $/M less than procurement does
        for (Sensitivity.Bar b : t.bars().subList(1, t.bars().size())) {
            assertTrue(b.swing() < top.swing(), b.input());
        }
        // sorted by swing
        for (int i = 1; i < t.bars().size(); i++) {
            assertTrue(t.bars().get(i - 1).swing() >= t.bars().get(i).swing());
        }
    }

    @Test
    void aBarsEndsAreTheScenarioRecomputedWithThatInput() {
        // H100 batching preset, INT4 AWQ pinned at 1,500 tok/s/GPU, Lambda $2.49/h without spot: ±20 %
        // $2.49 × 0.8 = $1.992 → 1.992 / (1,500 × 3,600) × 1e6 = $0.36889/M; × 1.2 → $0.55333/M
        Sensitivity t = Sensitivity.of(preset("h100-batching-economics"), 2, CATALOG).orElseThrow();
        Sensitivity.Bar price = t.bars().stream().filter(Sensitivity.Bar::price).findFirst().orElseThrow();
        assertEquals(0.368889, price.lowPerMillion(), 1e-6);
        assertEquals(0.553333, price.highPerMillion(), 1e-6);
        // bandwidth efficiency's range holds the system's own value
        t.bars().forEach(b -> assertTrue(b.low() <= b.base() + 1e-12 && b.base() <= b.high() + 1e-12, b.input()));
    }

    @Test
    void theBridgeReproducesSeed001AndMultipliesToTheTotal() {
        MigrationBridge b = MigrationBridge.of(preset("blackwell-migration"), 2, CATALOG).orElseThrow();
        // bandwidth 7.7 / 3.35 = 2.2985 (seed: 2.3×, the audit's tolerance 0.05)
        assertEquals(MigrationBridge.BANDWIDTH, b.factors().get(0).name());
        assertEquals(7.7 / 3.35, b.factors().get(0).ratio(), 1e-9);
        assertEquals(2.3, b.factors().get(0).ratio(), 0.05);
        // footprint 72.65 / 42.70 = 1.701 (seed: 1.69× with 72 GB; MODEL.md §3 and the audit's §1.1 row)
        assertEquals(MigrationBridge.FOOTPRINT, b.factors().get(1).name());
        assertEquals(72.65 / 42.70, b.factors().get(1).ratio(), 0.002);
        // the floor: 2.2985 × 1.701 = 3.91× (MODEL.md: 21.69 ms ÷ 5.546 ms)
        assertEquals(21.69 / 5.546, b.decodeFloorRatio(), 0.005);
        // the H100 cannot reach 50 tok/s/user in the model: its cost is the pin, so one factor at the target:
        // (10,000 / 1,500) / 3.910 = 1.705
        assertEquals(MigrationBridge.AT_TARGET, b.factors().get(2).name());
        assertEquals(10_000.0 / 1_500 / b.decodeFloorRatio(), b.factors().get(2).ratio(), 1e-9);
        // price turns 6.67× the throughput into 2.9× the cost: $2.64 / $6.03 = 0.4378
        MigrationBridge.Factor price = b.factors().get(b.factors().size() - 1);
        assertEquals(MigrationBridge.PRICE, price.name());
        assertEquals(2.64 / 6.03, price.ratio(), 1e-9);
        // total: $0.4889 / $0.1675 = 2.919×, and the bars multiply to it
        assertEquals((2.64 / 5.4) / (6.03 / 36), b.total(), 1e-9);
        assertEquals(b.total(), b.factors().stream().mapToDouble(MigrationBridge.Factor::ratio)
                .reduce(1, (x, y) -> x * y), 1e-9);
    }

    @Test
    void aModeledBridgeSplitsBatchingSpeculationAndMeasurementAndStillMultipliesToTheTotal() {
        ScenarioResults r = preset("moe-expert-parallel");
        MigrationBridge b = MigrationBridge.of(r, 2, CATALOG).orElseThrow();
        assertEquals(List.of(MigrationBridge.BANDWIDTH, MigrationBridge.FOOTPRINT, MigrationBridge.BATCHING,
                MigrationBridge.SPECULATION, MigrationBridge.MEASURED, MigrationBridge.PRICE),
                b.factors().stream().map(MigrationBridge.Factor::name).toList());
        // same part, format and price: the first two and the last are 1
        assertEquals(1, b.factors().get(0).ratio(), 1e-12);
        assertEquals(1, b.factors().get(1).ratio(), 1e-12);
        assertEquals(1, b.factors().get(5).ratio(), 1e-12);
        // MTP on the EP8 DP8 system drafts, the TP8 baseline does not: speculation > 1
        assertTrue(b.factors().get(3).ratio() > 1.3);
        double product = b.factors().stream().mapToDouble(MigrationBridge.Factor::ratio).reduce(1, (x, y) -> x * y);
        assertEquals(r.systems().get(0).economics().outputOnDemandPerMillion()
                / r.systems().get(2).economics().outputOnDemandPerMillion(), product, 1e-9);
    }

    @Test
    void buildVsBuyBreaksEvenWhereTodaysFigureDoes() {
        ScenarioResults r = preset("h100-batching-economics");
        var o = r.systems().get(2);
        BuyComparison buy = o.economics().buy().orElseThrow();
        BuildVsBuyCurve c = BuildVsBuyCurve.of(o, r.scenario().workload(), r.scenario().economicsOrDefaults())
                .orElseThrow();
        // seed 004: ($2.49 × 730 + $5,000) / ($6.25 / 1e6) / 30.4167 days = 35.86 M tokens/day
        assertEquals(buy.breakEvenTokensPerDay().value(), c.breakEvenTokensPerDay(), 1e-6);
        assertEquals(6817.70 / 6.25e-6 / (730 / 24.0), c.breakEvenTokensPerDay(), 1);
        BuildVsBuyCurve.Point at = c.points().stream().filter(p -> p.tokensPerDay() == c.breakEvenTokensPerDay())
                .findFirst().orElseThrow();
        assertEquals(at.selfHostMonthly(), at.apiMonthly(), 1e-6);
        // one replica: 1,500 output × (1,000 / 500) × 86,400 = 259.2 M tokens/day; beyond it, two: $8,635.40
        assertEquals(259.2e6, c.replicaTokensPerDay(), 1);
        BuildVsBuyCurve.Point two = c.points().stream().filter(p -> p.tokensPerDay() > 259.2e6 * 1.001).findFirst()
                .orElseThrow();
        assertEquals(2, two.replicas());
        assertEquals(2 * 2.49 * 730 + 5000, two.selfHostMonthly(), 1e-6);
        // the API is a line: volume × 30.4167 × $6.25/M
        c.points().forEach(p -> assertEquals(p.tokensPerDay() * (730 / 24.0) * 6.25e-6, p.apiMonthly(), 1e-6));
        assertTrue(c.points().stream().allMatch(p -> p.hybridMonthly() == null));
    }

    @Test
    void theHybridSelfHostsTheAverageAndSendsThePeakToTheApi() {
        Scenario s = ScenarioFiles.preset("h100-batching-economics", CATALOG);
        s = s.withWorkload(new dev.ridgeline.scenario.Workload(500, 500, 2, 2.0, 20))
                .withEconomics(new dev.ridgeline.scenario.EconomicsInputs(0.10, "seed-004-early-2025", "gpt-4o",
                        null, 5000.0, 6.0));
        ScenarioResults r = ScenarioEvaluator.evaluate(s, CATALOG);
        BuildVsBuyCurve c = BuildVsBuyCurve.of(r.systems().get(2), s.workload(), s.economicsOrDefaults())
                .orElseThrow();
        assertTrue(c.hasHybrid());
        // at 100 M tokens/day: 1 replica for the average; (2 − 1) × 100 M × 6 / 24 = 25 M/day to the API:
        // $1,817.70 + $5,000 + 25e6 × 30.4167 × 6.25e-6 = $11,570.30
        BuildVsBuyCurve.Point p = c.points().stream().filter(x -> x.tokensPerDay() > 90e6 && x.tokensPerDay() < 129e6)
                .findFirst().orElseThrow();
        double overflow = p.tokensPerDay() * 6 / 24;
        assertEquals(1817.70 + 5000 + overflow * (730 / 24.0) * 6.25e-6, p.hybridMonthly(), 1e-6);
        // self-hosting the peak needs twice the volume's replicas: 2 × volume / 259.2 M rounded up
        assertEquals((int) Math.ceil(2 * p.tokensPerDay() / 259.2e6), p.replicas());
    }

    @Test
    void seed004sCascadeBlendsTo0073() {
        CascadeCost c = CascadeCost.of(preset("model-cascade")).orElseThrow();
        // 0.6 × 0.02 + 0.3 × 0.05 + 0.1 × 0.46 = 0.012 + 0.015 + 0.046 = $0.073/M
        assertEquals(0.073, c.blendedPerMillion(), 1e-12);
        // the seed's "6.3× cheaper than the 70B for everything": 0.46 / 0.073 = 6.30
        assertEquals(0.46 / 0.073, c.tiers().get(2).savingAlone(), 1e-12);
        assertEquals(6.30, c.tiers().get(2).savingAlone(), 0.005);
        // share-weighted quality: 0.6 × 0.60 + 0.3 × 0.78 + 0.1 × 1.0 = 0.694
        assertEquals(0.694, c.blendedQuality(), 1e-12);
        // a priced tier's month: 2 req/s × 500 output × 86,400 × 30.4167 × share × price; 70B tier:
        // 2,628 M × 0.1 × $0.46/M = $120.888
        assertEquals(2 * 500 * 86_400 * (730 / 24.0) * 0.1 * 0.46 / 1e6, c.tiers().get(2).monthly(), 1e-9);
        assertNull(c.tiers().get(0).gpus());
    }

    @Test
    void aSystemTierCostsFromTheModelAndIsSizedForItsShare() {
        Scenario s = ScenarioFiles.preset("model-cascade", CATALOG).withCascade(new Cascade(List.of(
                new CascadeTier("8B", 0.75, 1, null, null), new CascadeTier("70B", 0.25, 0, null, null))));
        ScenarioResults r = ScenarioEvaluator.evaluate(s, CATALOG);
        CascadeCost c = CascadeCost.of(r).orElseThrow();
        double cost8 = r.systems().get(1).economics().outputOnDemandPerMillion();
        double cost70 = r.systems().get(0).economics().outputOnDemandPerMillion();
        assertEquals(0.75 * cost8 + 0.25 * cost70, c.blendedPerMillion(), 1e-12);
        // 70B tier: 25 % of 1,000 peak output tok/s over its tok/s/GPU, in whole GPUs
        double tps70 = r.systems().get(0).economics().outputTokensPerSecPerGpu();
        assertEquals((int) Math.ceil(250 / tps70), c.tiers().get(1).gpus());
        assertEquals(c.tiers().get(1).gpus() * 2.49 * 730, c.tiers().get(1).monthly(), 1e-9);
        assertEquals(cost70 / c.blendedPerMillion(), c.tiers().get(1).savingAlone(), 1e-12);
        assertNull(c.blendedQuality());
    }
}
