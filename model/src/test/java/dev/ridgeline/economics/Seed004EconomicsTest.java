package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ridgeline.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Seed 004's cost formulas, computed correctly where its tables are not. */
class Seed004EconomicsTest {
    @Test
    void fundamentalEquation() {
        // §1: $10/h ÷ (1,000 tok/s × 3,600) × 1e6 = $2.78/M; $1/h ÷ (200 × 3,600) × 1e6 = $1.39/M
        assertEquals(2.778, TokenCost.perMillion(10, 1000), 5e-4);
        assertEquals(1.389, TokenCost.perMillion(1, 200), 5e-4);
    }

    @Test
    void prefillAndDecodeCostAsymmetry() {
        // §4: $2.49 ÷ (4,000 × 3,600) × 1e6 = $0.173/M input; ÷ (1,000 × 3,600) = $0.692/M output: 4×
        assertEquals(0.1729, TokenCost.perMillion(2.49, 4000), 1e-4);
        assertEquals(0.6917, TokenCost.perMillion(2.49, 1000), 1e-4);
    }

    @Test
    void batchTableCostsComputedCorrectly() {
        // §3/§5 at $2.49/h: 34 tok/s → 2.49 / 122,400 × 1e6 = $20.34 (the seed prints $20.12)
        assertEquals(20.34, TokenCost.perMillion(2.49, 34), 0.005);
        // 1,520 tok/s (batch 64) → $0.455; 2,450 (batch 256) → $0.282
        assertEquals(0.455, TokenCost.perMillion(2.49, 1520), 5e-4);
        assertEquals(0.282, TokenCost.perMillion(2.49, 2450), 5e-4);
    }

    @Test
    void buildVersusBuy() {
        // §6: one H100 on Lambda: $2.49 × 730 = $1,817.70/month (the seed rounds to $1,800)
        assertEquals(1817.70, TokenCost.monthly(1, 2.49), 0.01);
        // at 1,500 tok/s one H100 makes 1,500 × 86,400 = 129.6 M tokens/day (the seed says ~10 M)
        assertEquals(129.6e6, BuildVsBuy.tokensPerDay(1500), 1);
        // break-even: ($1,817.70 + $5,000) / $6.25 per M = 1,090.8 M tokens/month ÷ 30.42 days = 35.86 M/day
        double fixed = BuildVsBuy.selfHostMonthly(1, 2.49, 5000);
        assertEquals(6817.70, fixed, 0.01);
        assertEquals(35.86e6, BuildVsBuy.breakEvenTokensPerDay(fixed, 6.25), 0.01e6);
        // API cost is volume × price: 1 M tokens/day × 30.42 days × $6.25/M = $190/month (the seed prints $5,625)
        assertEquals(190.1, BuildVsBuy.apiMonthly(1e6, 6.25), 0.05);
        // GPT-4o blended 50/50: 0.5 × 2.50 + 0.5 × 10.00 = $6.25/M
        assertEquals(6.25, new ApiPrice("gpt-4o", "GPT-4o", 2.5, 10, null).blendedPerMillion(0.5), 1e-12);
    }

    @Test
    void hybridCase() {
        // §6: 1 H100 base + 5 M tokens/day average overflow at $6.25/M, no operations (as the seed counts it):
        // $1,817.70 + 5e6 × 30.42 × 6.25 / 1e6 = $1,817.70 + $950.52 = $2,768.22 (seed: $2,740 with $1,800, 30 days)
        assertEquals(2768.22, BuildVsBuy.hybridMonthly(1, 2.49, 0, 5e6, 6.25), 0.01);
        // pure API at 10 M tokens/day average: 10e6 × 30.42 × 6.25 / 1e6 = $1,901 — not $18,750
        assertEquals(1901.04, BuildVsBuy.apiMonthly(10e6, 6.25), 0.01);
    }

    @Test
    void nonsenseInputsAreRejectedNamingTheField() {
        InvalidInputException price = assertThrows(InvalidInputException.class, () -> TokenCost.perMillion(-2, 100));
        assertEquals("pricePerHour: must be ≥ 0, was -2", price.problems().get(0).toString());
        InvalidInputException tps = assertThrows(InvalidInputException.class, () -> TokenCost.perMillion(2, 0));
        assertEquals("tokensPerSecPerGpu: must be > 0, was 0", tps.problems().get(0).toString());
    }
}
