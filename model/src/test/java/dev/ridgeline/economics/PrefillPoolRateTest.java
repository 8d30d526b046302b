package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.serving.LoadLatency;
import org.junit.jupiter.api.Test;

/** Issue 16: a prefill pool's TTFT-bound rate, found by Commons Math's Brent solver, is the bisection's answer. */
class PrefillPoolRateTest {
    @Test
    void brentFindsTheSameRateAsTheBisectionItReplaced() {
        for (double s : new double[] {0.004, 0.05, 0.8, 3.0}) {
            for (double slack : new double[] {1e-9, 0.01, 0.3, 1, 2.5, 10, 1e4}) {
                double budget = s * (1 + slack);
                double lo = 0;
                double hi = 1;
                for (int i = 0; i < 60; i++) {
                    double mid = (lo + hi) / 2;
                    if (s + LoadLatency.waitQuantileSeconds(mid, s, 0.9) <= budget) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                double rate = DisaggregatedFleet.maxRequestsPerSecForTtft(s, budget);
                assertEquals(lo / s, rate, 1e-12 / s, "S " + s + ", slack " + slack);
                // on the side that meets the budget
                assertTrue(s + LoadLatency.waitQuantileSeconds(rate * s, s, 0.9) <= budget);
            }
        }
    }

    @Test
    void handComputedRates() {
        double s = 0.2;
        // S (1 + ln 5) is met up to ρ = 0.5: wait(0.5) = S / (2 × 0.5) × ln(0.5 / 0.1) = S ln 5
        assertEquals(0.5 / s, DisaggregatedFleet.maxRequestsPerSecForTtft(s, s * (1 + Math.log(5))), 1e-9);
        // no prompt waits at p90 below ρ = 0.1, so a budget of S itself allows λ = 0.1 / S
        assertEquals(0.1 / s, DisaggregatedFleet.maxRequestsPerSecForTtft(s, s), 1e-9);
        assertEquals(0, DisaggregatedFleet.maxRequestsPerSecForTtft(s, s * 0.99));
    }
}
