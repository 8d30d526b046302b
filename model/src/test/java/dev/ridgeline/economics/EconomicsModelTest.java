package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicsModelTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.preset("blackwell-migration", catalog);

    private SystemOutcome evaluate(SystemSpec system) {
        return ScenarioEvaluator.evaluate(preset.withSystems(List.of(system), 0), catalog).systems().get(0);
    }

    @Test
    void aSystemThatCannotMeetTheTargetSaysSoInsteadOfACost() {
        // H100 FP8 without its pinned measurement: the model's ceiling (36 tok/s/user at batch 1) is below 50
        SystemOutcome h100 = evaluate(preset.systems().get(0).withMeasured(null));
        assertFalse(h100.economics().hasCost());
        assertEquals("none", h100.economics().costBasis());
        assertNull(h100.economics().outputOnDemandPerMillion());
        assertTrue(h100.economics().fleet().isEmpty());
        assertTrue(h100.economics().verdict().startsWith("cannot reach 50 tok/s/user at any batch"),
                h100.economics().verdict());
    }

    @Test
    void modeledCostsUseTheModelsThroughputAndSaySo() {
        SystemOutcome b200 = evaluate(preset.systems().get(2).withMeasured(null));
        SystemEconomics e = b200.economics();
        // the built-in calibration covers Blackwell: the modeled cost says it is calibrated
        assertEquals("calibrated", e.costBasis());
        double tps = b200.physics().atTarget().orElseThrow().outputTokensPerSecPerGpu();
        assertEquals(tps, e.outputTokensPerSecPerGpu());
        // $6.03 / (tps × 3,600) × 1e6
        assertEquals(6.03 / (tps * 3600) * 1e6, e.outputOnDemandPerMillion(), 1e-12);
        // the cost frontier: one $/M per frontier batch, falling as batch (and throughput) grows
        assertEquals(b200.physics().frontier().size(), e.costFrontier().size());
        for (int i = 1; i < e.costFrontier().size(); i++) {
            assertTrue(e.costFrontier().get(i).onDemandPerMillion() <= e.costFrontier().get(i - 1).onDemandPerMillion());
        }
    }

    @Test
    void blendedCostPaysForBothPhasesOfTheMix() {
        SystemEconomics e = evaluate(preset.systems().get(2)).economics();
        // 10,000 output tok/s carry 20,000 input tok/s (800 : 400): 30,000 tokens/s → 6.03 / (30,000 × 3,600) × 1e6
        assertEquals(0.05583, e.blendedOnDemandPerMillion(), 1e-5);
    }

    @Test
    void hybridSelfHostsTheAverageAndSendsThePeakToTheApi() {
        // seed 004 §6: 10 M tokens/day on average, peaks 4× that for 4 h a day; one H100 at 1,500 output tok/s
        // (3,000 in + out at 50/50) for $2.49/h with $5,000/month operations, GPT-4o at $6.25/M blended
        Scenario base = ScenarioFiles.preset("h100-batching-economics", catalog);
        double requestsPerSec = 10e6 / 86_400 / 1000; // 1,000 tokens per request: 115.74 tok/s on average
        Scenario s = base.withWorkload(new dev.ridgeline.scenario.Workload(500, 500, requestsPerSec, 4.0, 20))
                .withEconomics(new dev.ridgeline.scenario.EconomicsInputs(0.10, "seed-004-early-2025", "gpt-4o",
                        null, 5000.0, 4.0))
                .withSystems(List.of(base.systems().get(2)), 0);
        BuyComparison buy = ScenarioEvaluator.evaluate(s, catalog).systems().get(0).economics().buy().orElseThrow();
        // average 115.74 tok/s on a 3,000 tok/s GPU: 1 GPU; overflow (4 − 1) × 115.74 × 4 h × 3,600 = 5.0 M/day
        assertEquals(1, buy.hybridGpus());
        assertEquals(5.0e6, buy.hybridOverflowTokensPerDay(), 1);
        // $2.49 × 730 + $5,000 + 5e6 × 30.42 days × $6.25/M = 1,817.70 + 5,000 + 950.52 = $7,768.22
        assertEquals(7_768.22, buy.hybridMonthly().value(), 0.01);
        // pure API on the same volume: 10e6 × 30.42 × 6.25 / 1e6 = $1,901 — cheaper than any self-hosting here
        assertEquals(1_901.04, buy.apiMonthly(), 0.01);
        // break-even for one GPU: (1,817.70 + 5,000) / $6.25 per M / 30.42 days = 35.86 M tokens/day
        assertEquals(35.86e6, buy.breakEvenTokensPerDay().value(), 0.01e6);
    }

    @Test
    void fleetRoundsUpToWholeReplicas() {
        assertEquals(2, EconomicsModel.wholeReplicas(20_000.0 / 10_000));
        assertEquals(14, EconomicsModel.wholeReplicas(20_000.0 / 1_500));
        assertEquals(1, EconomicsModel.wholeReplicas(0.2));
    }
}
