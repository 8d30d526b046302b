package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** Seed 001 §3.1 and §3.3 from the blackwell-migration preset. */
class Seed001EconomicsTest {
    private final ScenarioResults results = ScenarioEvaluator.evaluate(
            ScenarioFiles.preset("blackwell-migration", Catalog.builtIn()), Catalog.builtIn());

    private SystemEconomics system(int i) {
        return results.systems().get(i).economics();
    }

    @Test
    void costTableAt50TokensPerSecPerUser() {
        // H100: 2.64 / (1,500 × 3,600) × 1e6 = $0.4889/M on-demand; 1.66 / 5.4e6 × 1e6 = $0.3074 spot
        assertEquals(0.4889, system(0).outputOnDemandPerMillion(), 1e-4);
        assertEquals(0.3074, system(0).outputSpotPerMillion(), 1e-4);
        // H200: 4.62 / (2,500 × 3,600) × 1e6 = $0.5133; 1.92 / 9e6 × 1e6 = $0.2133
        assertEquals(0.5133, system(1).outputOnDemandPerMillion(), 1e-4);
        assertEquals(0.2133, system(1).outputSpotPerMillion(), 1e-4);
        // B200: 6.03 / (10,000 × 3,600) × 1e6 = $0.1675; 2.12 / 3.6e7 × 1e6 = $0.0589
        assertEquals(0.1675, system(2).outputOnDemandPerMillion(), 1e-4);
        assertEquals(0.0589, system(2).outputSpotPerMillion(), 1e-4);
        for (int i = 0; i < 3; i++) {
            assertEquals("measured", system(i).costBasis());
        }
    }

    @Test
    void ratiosOnDemandAndSpot() {
        // on-demand vs on-demand: 0.4889 / 0.1675 = 2.92 (seed: "~2.9×")
        assertEquals(2.92, system(0).outputOnDemandPerMillion() / system(2).outputOnDemandPerMillion(), 0.005);
        // spot vs spot: 0.3074 / 0.0589 = 5.22 — not the "~8×" the seed calls spot vs spot
        assertEquals(5.22, system(0).outputSpotPerMillion() / system(2).outputSpotPerMillion(), 0.005);
        // the 8× is H100 on-demand vs B200 spot: 0.4889 / 0.0589 = 8.30
        assertEquals(8.30, system(0).outputOnDemandPerMillion() / system(2).outputSpotPerMillion(), 0.005);
        // H200 on-demand is slightly dearer per token than H100 (0.513 > 0.489), as the seed notes
        assertTrue(system(1).outputOnDemandPerMillion() > system(0).outputOnDemandPerMillion());
    }

    @Test
    void workedMigrationExample() {
        // 50 req/s × 400 output tokens = 20,000 tok/s; ceil(20,000 / 1,500) = ceil(13.3) = 14 H100 for throughput;
        // the costed fleet is 15 because KV capacity needs 15 (kvCapacityCheck… below)
        Fleet h100 = system(0).fleet().orElseThrow();
        assertEquals(14, h100.throughputGpus());
        assertEquals(15, h100.gpus());
        // 15 × $2.64 × 730 = $28,908.00; 15 × $1.66 × 730 = $18,177.00 (the seed's 14 give $26,980.80 and $16,965.20)
        assertEquals(28_908.00, h100.monthlyOnDemand(), 0.01);
        assertEquals(18_177.00, h100.monthlySpot(), 0.01);
        // 20,000 / 10,000 = 2 B200: 2 × $6.03 × 730 = $8,803.80; 2 × $2.12 × 730 = $3,095.20
        Fleet b200 = system(2).fleet().orElseThrow();
        assertEquals(2, b200.gpus());
        assertEquals(8_803.80, b200.monthlyOnDemand(), 0.01);
        assertEquals(3_095.20, b200.monthlySpot(), 0.01);
        // savings: 28,908.00 − 8,803.80 = $20,104.20 (the seed's "roughly $18,000" is from 14 GPUs);
        // 18,177.00 − 3,095.20 = $15,081.80 ("~$14,000")
        assertEquals(20_104.20, h100.monthlyOnDemand() - b200.monthlyOnDemand(), 0.01);
        assertEquals(15_081.80, h100.monthlySpot() - b200.monthlySpot(), 0.01);
        // prefill: 50 × 800 = 40,000 in-tok/s against 0.36 × 9e15 / (2 × 70.5537e9) = 22,961 tok/s per B200 at
        // the measured FP4 efficiency: ceil(1.74) = 2 GPUs, which the 2 throughput GPUs already cover
        assertEquals(2, b200.prefillGpus());
        assertEquals(2, b200.gpus());
        assertEquals("throughput", b200.bindingConstraint());
    }

    @Test
    void kvCapacityCheckUnderTheModelsMemoryConvention() {
        // Little's law: 50 req/s × (TTFT + 400 / 50 s) ≈ 50 × 8.08 ≈ 404 sequences of 1,200 tokens at once.
        // One H100 holds 5.35e9 / (1,200 × 163,840 B) = 27.2 of them → ceil(404 / 27.2) = 15 GPUs, one more than
        // the throughput sizing; one B200 holds 688, so KV never binds there.
        Fleet h100 = system(0).fleet().orElseThrow();
        assertEquals(15, h100.kvGpus());
        assertEquals("KV capacity", h100.bindingConstraint());
        assertEquals(1, system(2).fleet().orElseThrow().kvGpus());
    }

    @Test
    void aPinBeyondThePhysicalCeilingIsCostedWithAWarning() {
        // H100 FP8: ceiling 3.35e12 / 72.66e9 = 46.1 tok/s/user < the pinned 50
        // and 1,500 tok/s/GPU at 50 tok/s/user is 1,500 ÷ 50 = 30 sequences, more than the 27 its KV budget holds
        assertEquals("the pinned 50 tok/s/user exceeds this system's physical ceiling of 46.1 tok/s/user (weights ÷ "
                + "bandwidth at batch 1): the measurement cannot come from this configuration; the pin is 30 sequences "
                + "per replica, more than the 27 it holds: kept as a fixed figure, not anchored", system(0).warning());
        // H200 (66 tok/s/user ceiling) and B200 (180) carry no warning
        assertEquals("", system(1).warning());
        assertEquals("", system(2).warning());
    }

    @Test
    void tokensPerMegawattAndEnergy() {
        // B200: 10,000 tok/s × 1e6 / (1,000 W × 2.0 all-in) = 5,000,000 tok/s per provisioned MW
        assertEquals(5_000_000, system(2).tokensPerSecPerMegawatt(), 1e-6);
        // H100: 1,500 × 1e6 / 1,400 W = 1,071,429
        assertEquals(1_071_428.6, system(0).tokensPerSecPerMegawatt(), 0.1);
        // energy: 2 kW × $0.10/kWh = $0.20/h over 36e6 tokens/h = $0.00556/M
        assertEquals(0.005556, system(2).energyPerMillion(), 1e-6);
    }
}
