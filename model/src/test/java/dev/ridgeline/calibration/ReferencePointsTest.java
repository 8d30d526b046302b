package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePointsTest {
    private final Catalog catalog = Catalog.builtIn();
    private final ScenarioResults results = ScenarioEvaluator.evaluate(
            ScenarioFiles.preset("blackwell-migration", catalog), catalog);

    private List<Measurement> matching(int system) {
        return ReferencePoints.matching(catalog, results.systems().get(system).physics().config());
    }

    @Test
    void b200NvFp4GetsItsMlperfAndInferenceMaxPoints() {
        List<String> ids = matching(2).stream().map(Measurement::id).toList();
        // MLPerf v5.0 B200 server (TPOT p50 155 ms) and interactive (36.4 ms) ran FP4 weights on Llama 2 70B,
        // Llama 3.3 70B's architectural twin; InferenceMAX's point is Llama 3.3 70B at 50 tok/s/user
        assertTrue(ids.contains("inferencemax-v1-b200-llama-3.3-70b-50tps"), ids.toString());
        assertTrue(ids.stream().anyMatch(id -> id.contains("v5.0") && id.contains("interactive")), ids.toString());
        // offline runs publish no latency, so they cannot sit on a tok/s/user axis
        assertTrue(ids.stream().noneMatch(id -> id.contains("offline")), ids.toString());
    }

    @Test
    void interactivityComesFromTpotWhenNotStated() {
        Measurement interactive = matching(2).stream().filter(m -> m.id().contains("interactive")).findFirst()
                .orElseThrow();
        // 1,000 / 36.4 ms = 27.5 tok/s/user
        assertEquals(27.47, interactive.interactivity().orElseThrow(), 0.01);
    }

    @Test
    void h100Fp8MatchesOnlyFp8OrUnstatedRuns() {
        matching(0).forEach(m -> assertTrue(m.weightFormat() == null || m.weightFormat().equals("fp8"), m.id()));
        assertTrue(!matching(0).isEmpty());
    }
}
