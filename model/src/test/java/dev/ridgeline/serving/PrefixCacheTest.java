package dev.ridgeline.serving;

import static dev.ridgeline.serving.Fixtures.B200;
import static dev.ridgeline.serving.Fixtures.KV_FP8;
import static dev.ridgeline.serving.Fixtures.LLAMA_70B;
import static dev.ridgeline.serving.Fixtures.NVFP4;
import static dev.ridgeline.serving.Fixtures.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 14, prefix caching: prefill work falls with the hit rate, the shared prefix holds KV once per replica. */
class PrefixCacheTest {
    /** 8,000 in (6,000 of them a shared system prompt and documents), 200 out, 75 % of prompt tokens cached. */
    private static final Workload RAG = new Workload(8000, 200, 5, 1.0, 20).withPrefixCache(0.75, 6000);
    private final SystemConfig b200 = system(B200, LLAMA_70B, NVFP4, KV_FP8);

    @Test
    void workloadArithmetic() {
        // computed prompt 8,000 × 0.25 = 2,000 tokens at mean context 8,000 × 1.75 / 2 = 7,000;
        // each sequence holds 2,000 + 200 = 2,200 tokens of its own; the cache holds the 6,000-token prefix once
        assertEquals(2000, RAG.computedPromptTokens(), 1e-9);
        assertEquals(7000, RAG.computedPromptContext(), 1e-9);
        assertEquals(2200, RAG.privateSequenceTokens(), 1e-9);
        assertEquals(6000, RAG.heldPrefixTokens(), 1e-9);
        // without a stated length the cache holds the cached part of one prompt: 0.75 × 8,000 = 6,000
        assertEquals(6000, RAG.withPrefixCache(0.75, null).heldPrefixTokens(), 1e-9);
        assertEquals(0, new Workload(8000, 200, 5, 1.0, 20).heldPrefixTokens(), 1e-9);
    }

    @Test
    void kvCapacityHoldsThePrefixOnceAndEachSequencesOwnTokens() {
        MemoryBudget m = MemoryBudget.of(b200, RAG);
        // B200 NVFP4: 135.30 GB budget; prefix 6,000 × 163,840 B = 0.98304 GB; a sequence 2,200 × 163,840 =
        // 360.448 MB → (135.30 − 0.98304) / 0.360448 = 372.64 sequences (8,200 × 163,840 uncached: 100.7)
        assertEquals(0.98304e9, m.prefixBytes(), 1);
        assertEquals(372.64, m.concurrency(), 0.372);
        assertEquals(100.7, MemoryBudget.of(b200, new Workload(8000, 200, 5, 1.0, 20)).concurrency(), 0.1);
        // the prefix alone, with no hits, only takes capacity: (135.30 − 0.98304) / (8,200 × 163,840) = 99.98
        MemoryBudget noHits = MemoryBudget.of(b200, RAG.withPrefixCache(0.0, 6000));
        assertEquals(99.98, noHits.concurrency(), 0.1);
    }

    @Test
    void ttftIsThePrefillOfTheUncachedTokens() {
        SystemResults cached = ServingModel.evaluate(b200, RAG);
        // 2,000 tokens fit one 8,192-token chunk: one prefill step of 2,000 tokens at context 7,000
        double expected = Step.of(b200, StepShape.prefill(2000, 7000)).totalSeconds();
        assertEquals(expected, cached.ttftSeconds(), 1e-12);
        SystemResults uncached = ServingModel.evaluate(b200, new Workload(8000, 200, 5, 1.0, 20));
        assertTrue(cached.ttftSeconds() < uncached.ttftSeconds() / 3, "75 % cached cuts TTFT several-fold");
    }

    @Test
    void aSharedPrefixLongerThanThePromptIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Workload(1000, 100, 1, 1.0, 20).withPrefixCache(0.5, 2000));
        assertTrue(e.problems().get(0).path().equals("workload.sharedPrefixTokens"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> RAG.withPrefixCache(0.96, null));
    }

    @Test
    void aHigherHitRateNeverRaisesTtftOrCost() {
        Catalog catalog = Catalog.builtIn();
        for (String preset : new String[] {"blackwell-migration", "h100-batching-economics", "moe-expert-parallel"}) {
            Scenario base = ScenarioFiles.preset(preset, catalog);
            for (Integer prefix : new Integer[] {null, base.workload().inputTokens() / 2}) {
                ScenarioResults previous = null;
                for (int step = 0; step <= 19; step++) {
                    double h = Math.min(0.95, step * 0.05);
                    Scenario s = base.withWorkload(base.workload().withPrefixCache(h, prefix));
                    ScenarioResults r = ScenarioEvaluator.evaluate(s, catalog);
                    if (previous != null) {
                        for (int i = 0; i < r.systems().size(); i++) {
                            SystemOutcome now = r.systems().get(i);
                            SystemOutcome before = previous.systems().get(i);
                            String where = preset + " " + now.physics().label() + " h " + h + " prefix " + prefix;
                            assertTrue(now.physics().ttftSeconds() <= before.physics().ttftSeconds() * (1 + 1e-9),
                                    "TTFT at " + where);
                            notDearer(before.economics(), now.economics(), where);
                        }
                    }
                    previous = r;
                }
            }
        }
    }

    private static void notDearer(SystemEconomics before, SystemEconomics now, String where) {
        if (before.outputOnDemandPerMillion() != null) {
            assertTrue(now.outputOnDemandPerMillion() != null
                    && now.outputOnDemandPerMillion() <= before.outputOnDemandPerMillion() * (1 + 1e-9), "$/M at " + where);
        }
        if (before.fleet().isPresent() && before.fleet().get().monthlyOnDemand() != null) {
            assertTrue(now.fleet().orElseThrow().monthlyOnDemand() <= before.fleet().get().monthlyOnDemand() + 1e-6,
                    "monthly at " + where);
        }
    }
}
