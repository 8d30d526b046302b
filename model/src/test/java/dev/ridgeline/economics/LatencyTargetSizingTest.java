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
        // TTFT p90 ≤ S (no prompt may wait at p90) holds to ρ = 0.1, λ = 0.1 / S per replica:
        // replicas = ceil(peak req/s × S / 0.1)
        Workload ttft = w.withLatencyTargets(s * 1e3, null);
        SystemOutcome o = b200(ttft);
        Fleet f = o.economics().fleet().orElseThrow();
        int n = o.physics().config().gpus();
        double replicas = w.requestsPerSec() * w.peakFactor() * s / 0.1;
        assertEquals(Fleet.sized(replicas, 1) * n, f.ttftGpus(), n);
        assertTrue(f.ttftGpus() > f.throughputGpus(), "a TTFT of the prompt alone needs idle replicas");
        assertEquals(Fleet.TTFT, f.bindingConstraint());
        assertEquals(f.ttftGpus(), f.gpus());
        // at that fleet each replica's p90 TTFT is within the target
        Optional<LoadLatency> l = EconomicsModel.latencyAtFleet(o.physics(), ttft, o.economics().fleet());
        assertTrue(l.orElseThrow().ttftP90Seconds() <= s * (1 + 1e-6));
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
