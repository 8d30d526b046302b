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
    void ttftAtLoadIsThePromptBesideTheBatchPlusItsWait() {
        double s0 = b200.ttftSeconds();
        double lambda = 0.5 / s0;
        LoadLatency l = LoadLatency.at(b200, RAG, lambda);
        // the service time is the prompt beside the batch this load keeps decoding: b = λ × OSL ÷ interactivity
        double need = lambda * RAG.outputTokens();
        double b = need / LoadLatency.interactivityCarrying(b200, need);
        assertEquals(b, l.decodeBatch(), 1e-9);
        double s = LoadLatency.prefillServiceSeconds(b200, RAG, b);
        assertEquals(s, l.prefillServiceSeconds(), 1e-15);
        assertTrue(s > s0, s + " vs " + s0);
        // then M/D/1 at ρ = λ S: p50 = S while ρ ≤ 0.5, p90 = S + S/(2(1 − ρ)) ln(ρ / 0.1), mean = S + ρS/(2(1 − ρ))
        double rho = lambda * s;
        assertEquals(rho, l.prefillUtilisation(), 1e-12);
        assertEquals(s + s / (2 * (1 - rho)) * Math.log(rho / 0.1), l.ttftP90Seconds(), 1e-12);
        assertEquals(s + rho * s / (2 * (1 - rho)), l.ttftMeanSeconds(), 1e-12);
        // an idle replica: nothing beside the prompt, S(0) = S₀
        assertEquals(s0, LoadLatency.prefillServiceSeconds(b200, RAG, 0), 0);
        assertEquals(s0, LoadLatency.at(b200, RAG, 1e-9).ttftP90Seconds(), 1e-9 * s0);
    }

    /**
     * Prefill–decode interference by hand, on vLLM's budget of T = 8,192 tokens per step and an 8,000-token prompt:
     * beside b ≤ 192 sequences the prompt still fits one step (8,192 − 192 = 8,000); at b = 193 it needs two chunks
     * of 4,000, each in a step that also reads the weights and decodes the batch, so S jumps; past b = 8,192 − 1 the
     * budget holds no prompt token.
     */
    @Test
    void aPromptBesideALargerBatchTakesMoreChunksAndLonger() {
        SystemResults vllm = ServingModel.evaluate(system(B200, LLAMA_70B, NVFP4, KV_FP8).withEngine(
                EngineLimits.VLLM), RAG);
        double s192 = LoadLatency.prefillServiceSeconds(vllm, RAG, 192);
        double s193 = LoadLatency.prefillServiceSeconds(vllm, RAG, 193);
        SystemConfig c = vllm.config();
        double alone = SteadyState.timeToFirstTokenSeconds(c, 8000, 4000);
        double one = Step.of(c, new StepShape(192, 0, RAG.averageDecodeContext(), 8000, 4000, 1)).totalSeconds();
        double two = 2 * Step.of(c, new StepShape(193, 0, RAG.averageDecodeContext(), 4000, 4000, 1)).totalSeconds();
        assertEquals(vllm.ttftSeconds() * one / alone, s192, 1e-12);
        assertEquals(vllm.ttftSeconds() * two / alone, s193, 1e-12);
        assertTrue(s193 > s192 * 1.02, s192 + " → " + s193);
        assertEquals(Double.POSITIVE_INFINITY, LoadLatency.prefillServiceSeconds(vllm, RAG, 8192));
        // and it never falls as the batch grows
        double previous = 0;
        for (int b = 0; b < 1024; b += 7) {
            double s = LoadLatency.prefillServiceSeconds(vllm, RAG, b);
            assertTrue(s >= previous, "at b " + b);
            previous = s;
        }
    }

    @Test
    void ttftRisesMonotonicallyWithRateAndDivergesAsUtilisationNearsOne() {
        double s = b200.ttftSeconds();
        double previousP90 = 0;
        double previousMean = 0;
        double max = LoadLatency.maxRequestsPerSec(b200, RAG);
        for (double f = 0.01; f < 0.9999; f += 0.01) {
            LoadLatency l = LoadLatency.at(b200, RAG, f * max);
            assertTrue(!l.saturated(), "at " + f);
            assertTrue(l.ttftP90Seconds() >= previousP90 && l.ttftMeanSeconds() >= previousMean, "at " + f);
            assertTrue(l.ttftP50Seconds() <= l.ttftP90Seconds());
            previousP90 = l.ttftP90Seconds();
            previousMean = l.ttftMeanSeconds();
        }
        // the queue alone diverges: at ρ = 0.999 the p90 wait is θ ln(9.99) = 500 S × 2.3016 > 1,000 S
        assertTrue(LoadLatency.waitQuantileSeconds(0.999, s, 0.9) > 1000 * s);
        assertTrue(LoadLatency.meanWaitSeconds(0.9999, s) > 4000 * s);
        // at the limit and past it there is no TTFT, never an infinite one
        LoadLatency over = LoadLatency.at(b200, RAG, max * 1.001);
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
        double target = 3 * s;
        double rate = LoadLatency.maxRequestsPerSecForTtft(b200, RAG, target, 0.9);
        // the bisection lands where TTFT p90 reaches the target: just below it, and 1 % more load exceeds it
        assertEquals(target, LoadLatency.at(b200, RAG, rate).ttftP90Seconds(), 1e-6 * s);
        assertTrue(LoadLatency.at(b200, RAG, rate * 1.01).ttftP90Seconds() > target);
        // below ρ = 0.1 no prompt waits at p90, but the batch beside it already adds a little: S itself is not met
        // past the first requests, so a target of S allows only a sliver of load
        assertTrue(LoadLatency.maxRequestsPerSecForTtft(b200, RAG, s, 0.9) < 0.1 / s);
        assertEquals(0, LoadLatency.maxRequestsPerSecForTtft(b200, RAG, s * 0.99, 0.9));
    }
}
