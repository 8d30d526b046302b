package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import org.junit.jupiter.api.Test;

/** Issue 14's RAG preset: what it must show, cold engine against a 75 % prefix-cache hit rate. */
class RagPresetTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario rag = ScenarioFiles.preset("rag-prefix-caching", catalog);

    @Test
    void theCacheIsSeveralFoldOnPrefixHeavyRag() {
        Workload w = rag.workload();
        assertEquals(0.75, w.hitRate());
        assertEquals(6000, w.sharedPrefixTokens());
        ScenarioResults cached = ScenarioEvaluator.evaluate(rag, catalog);
        ScenarioResults cold = ScenarioEvaluator.evaluate(rag.withWorkload(w.withPrefixCache(null, null)), catalog);
        for (int i = 0; i < cached.systems().size(); i++) {
            double hot = cached.systems().get(i).economics().outputOnDemandPerMillion();
            double coldCost = cold.systems().get(i).economics().outputOnDemandPerMillion();
            // seed 000: "several-fold on prefix-heavy RAG" — 2,000 of 8,000 prompt tokens prefilled, not 8,000
            assertTrue(coldCost / hot > 2.5, cached.systems().get(i).label() + ": " + coldCost + " vs " + hot);
            assertTrue(cached.systems().get(i).physics().ttftSeconds()
                    < cold.systems().get(i).physics().ttftSeconds() / 3);
        }
        // a cold H200 prefills 8,000 tokens in more than the 1,000 ms TTFT target: it cannot be sized to it
        Fleet coldH200 = cold.systems().get(0).economics().fleet().orElseThrow();
        assertTrue(coldH200.beyondLimit());
        assertEquals(Fleet.TTFT, coldH200.bindingConstraint());
        assertTrue(coldH200.limitNote().startsWith("cannot meet TTFT ≤ 1000 ms"), coldH200.limitNote());
        // cached, both systems are sized and meet it
        cached.systems().forEach(o -> assertTrue(!o.economics().fleet().orElseThrow().beyondLimit(), o.label()));
    }
}
