package dev.ridgeline.serving;

import static dev.ridgeline.serving.Fixtures.B200;
import static dev.ridgeline.serving.Fixtures.KV_FP8;
import static dev.ridgeline.serving.Fixtures.LLAMA_70B;
import static dev.ridgeline.serving.Fixtures.NVFP4;
import static dev.ridgeline.serving.Fixtures.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.scenario.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, load and latency: TTFT under an M/D/1 prefill queue, TPOT off the frontier at the offered load. */
class LoadLatencyTest {
    private static final Workload RAG = new Workload(8000, 200, 5, 1.0, 20);
    private final SystemResults b200 = ServingModel.evaluate(system(B200, LLAMA_70B, NVFP4, KV_FP8), RAG);

    @Test
    void md1WaitByHand() {
        // S = 100 ms, ρ = 0.5: Pollaczek–Khinchine Wq = 0.5 × 0.1 / (2 × 0.5) = 0.05 s;
        // θ = S / (2(1 − ρ)) = 0.1 s; p50: ρ ≤ 1 − 0.5, no wait; p90: 0.1 × ln(0.5 / 0.1) = 0.1 × 1.609438 = 0.160944 s
        assertEquals(0.05, LoadLatency.meanWaitSeconds(0.5, 0.1), 1e-12);
        assertEquals(0, LoadLatency.waitQuantileSeconds(0.5, 0.1, 0.5), 1e-12);
        assertEquals(0.160944, LoadLatency.waitQuantileSeconds(0.5, 0.1, 0.9), 1e-6);
        // ρ = 0.9: θ = 0.1 / 0.2 = 0.5 s; p50 0.5 × ln(1.8) = 0.293893; p90 0.5 × ln(9) = 1.098612; mean 0.45
        assertEquals(0.293893, LoadLatency.waitQuantileSeconds(0.9, 0.1, 0.5), 1e-6);
        assertEquals(1.098612, LoadLatency.waitQuantileSeconds(0.9, 0.1, 0.9), 1e-6);
        assertEquals(0.45, LoadLatency.meanWaitSeconds(0.9, 0.1), 1e-12);
    }

    @Test
    void ttftAtLoadIsThePromptAlonePlusItsWait() {
        double s = b200.ttftSeconds();
        double lambda = 0.5 / s;
        LoadLatency l = LoadLatency.at(b200, RAG, lambda);
        // at ρ = 0.5: TTFT p50 = S, p90 = S + S × ln 5 (θ = S), mean = S + S / 2
        assertEquals(0.5, l.prefillUtilisation(), 1e-12);
        assertEquals(s, l.ttftP50Seconds(), 1e-12);
        assertEquals(s * (1 + Math.log(5)), l.ttftP90Seconds(), 1e-12);
        assertEquals(1.5 * s, l.ttftMeanSeconds(), 1e-12);
    }

    @Test
    void ttftRisesMonotonicallyWithRateAndDivergesAsUtilisationNearsOne() {
        double s = b200.ttftSeconds();
        double previousP90 = 0;
        double previousMean = 0;
        for (double rho = 0.01; rho < 0.9999; rho += 0.01) {
            LoadLatency l = LoadLatency.at(b200, RAG, rho / s);
            if (l.saturated()) {
                assertEquals(LoadLatency.DECODE, l.saturation());
                break;
            }
            assertTrue(l.ttftP90Seconds() >= previousP90 && l.ttftMeanSeconds() >= previousMean, "at ρ " + rho);
            assertTrue(l.ttftP50Seconds() <= l.ttftP90Seconds());
            previousP90 = l.ttftP90Seconds();
            previousMean = l.ttftMeanSeconds();
        }
        // the queue alone diverges: at ρ = 0.999 the p90 wait is θ ln(9.99) = 500 S × 2.3016 > 1,000 S
        assertTrue(LoadLatency.waitQuantileSeconds(0.999, s, 0.9) > 1000 * s);
        assertTrue(LoadLatency.meanWaitSeconds(0.9999, s) > 4000 * s);
        // at and past ρ = 1 there is no TTFT, never an infinite one
        LoadLatency over = LoadLatency.at(b200, RAG, 1.0 / s);
        assertTrue(over.saturated());
        assertNull(over.ttftP90Seconds());
    }

    @Test
    void tpotAtLowLoadIsBatchOnesAndRisesWithLoad() {
        // 1e-6 req/s needs 2e-4 output tok/s: below batch 1's rate, so batch 1 carries it
        LoadLatency idle = LoadLatency.at(b200, RAG, 1e-6);
        assertEquals(1 / b200.frontier().get(0).tokensPerSecPerUser(), idle.tpotSeconds(), 1e-12);
        List<LoadLatency> curve = LoadLatency.curve(b200, RAG, 40);
        assertEquals(40, curve.size());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).tpotSeconds() >= curve.get(i - 1).tpotSeconds() - 1e-12);
            assertTrue(curve.get(i).ttftP90Seconds() >= curve.get(i - 1).ttftP90Seconds());
        }
    }

    @Test
    void largestRateForATtftTarget() {
        double s = b200.ttftSeconds();
        // TTFT p90 ≤ S (1 + ln 5) holds up to ρ = 0.5, so λ = 0.5 / S
        assertEquals(0.5 / s, LoadLatency.maxRequestsPerSecForTtft(b200, s * (1 + Math.log(5)), 0.9), 1e-6 / s);
        // no prompt waits below ρ = 0.1 at p90, so a target of S itself allows λ = 0.1 / S
        assertEquals(0.1 / s, LoadLatency.maxRequestsPerSecForTtft(b200, s, 0.9), 1e-6 / s);
        assertEquals(0, LoadLatency.maxRequestsPerSecForTtft(b200, s * 0.99, 0.9));
    }
}
