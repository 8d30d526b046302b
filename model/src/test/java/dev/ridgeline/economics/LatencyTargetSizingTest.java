package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.LoadLatency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14, sizing to latency targets: TTFT ≤ x ms and TPOT ≤ y ms, and the card's binding constraint. */
class LatencyTargetSizingTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.preset("blackwell-migration", catalog);

    private SystemOutcome b200(Workload w) {
        return ScenarioEvaluator.evaluate(preset.withWorkload(w), catalog).systems().stream()
                .filter(o -> o.physics().label().contains("B200")).findFirst().orElseThrow();
    }

    @Test
    void aTpotTargetIsAnInteractivityBetweenFirstAndLastToken() {
        Workload w = preset.workload();
        // TPOT ≤ 10 ms is 1000 / 10 = 100 tok/s/user, above the preset's 50: it sets the interactivity
        Workload tight = w.withLatencyTargets(null, 10.0);
        assertEquals(100, tight.requiredTokensPerSecPerUser(), 1e-12);
        assertTrue(tight.tpotBinds());
        // TPOT ≤ 40 ms is 25 tok/s/user, below 50: the tok/s/user target still sets it
        assertEquals(w.targetTokensPerSecPerUser(), w.withLatencyTargets(null, 40.0).requiredTokensPerSecPerUser());
        SystemOutcome o = b200(tight);
        assertTrue(o.physics().atTarget().orElseThrow().tokensPerSecPerUser() >= 100 * (1 - 1e-9));
        Fleet f = o.economics().fleet().orElseThrow();
        if (f.throughputGpus() >= f.gpus()) {
            assertEquals(Fleet.TPOT, f.bindingConstraint());
        }
    }

    @Test
    void aTtftTargetSizesReplicasByTheQueue() {
        Workload w = preset.workload();
        double s = b200(w).physics().ttftSeconds();
        // TTFT p90 ≤ 1.5 S: with S fixed, S + S/(2(1 − ρ)) ln(10ρ) = 1.5 S ⇔ ln(10ρ) = 1 − ρ, ρ* = 0.2185 (ln 2.185 = 0.7816; bisection
        // below); replicas = ceil(peak req/s × S / ρ*). The batch beside each prompt makes S(λ) a little longer than
        // S alone, so the model needs that many replicas or one more, never fewer.
        double lo = 0.1;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (Math.log(10 * mid) <= 1 - mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertEquals(0.2185, lo, 1e-4);
        Workload ttft = w.withLatencyTargets(1.5 * s * 1e3, null);
        SystemOutcome o = b200(ttft);
        Fleet f = o.economics().fleet().orElseThrow();
        int n = o.physics().config().gpus();
        int fixedS = Fleet.sized(w.requestsPerSec() * w.peakFactor() * s / lo, 1) * n;
        assertTrue(f.ttftGpus() >= fixedS && f.ttftGpus() <= fixedS + n, f.ttftGpus() + " vs " + fixedS);
        assertTrue(f.ttftGpus() > f.throughputGpus(), "a TTFT near the prompt alone needs idle replicas");
        assertEquals(Fleet.TTFT, f.bindingConstraint());
        assertEquals(f.ttftGpus(), f.gpus());
        // at that fleet each replica's p90 TTFT is within the target
        Optional<LoadLatency> l = EconomicsModel.latencyAtFleet(o.physics(), ttft, o.economics().fleet());
        assertTrue(l.orElseThrow().ttftP90Seconds() <= 1.5 * s * (1 + 1e-6));
    }

    @Test
    void aTtftTargetBelowThePromptAloneCannotBeMet() {
        Workload w = preset.workload();
        double s = b200(w).physics().ttftSeconds();
        Fleet f = b200(w.withLatencyTargets(s * 1e3 * 0.5, null)).economics().fleet().orElseThrow();
        assertTrue(f.beyondLimit());
        assertEquals(Fleet.TTFT, f.bindingConstraint());
        assertTrue(f.limitNote().startsWith("cannot meet TTFT"), f.limitNote());
        assertEquals(null, f.monthlyOnDemand());
    }
}
