package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Disaggregation;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.LoadLatency;
import dev.ridgeline.serving.SteadyState;
import dev.ridgeline.serving.Step;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 14's disaggregated serving (xPyD), by hand and by property, on the disaggregation preset. */
class DisaggregationTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.preset("disaggregation", CATALOG);
    private final ScenarioResults results = ScenarioEvaluator.evaluate(preset, CATALOG);

    private SystemOutcome system(int i) {
        return results.systems().get(i);
    }

    @Test
    void kvTransferByHand() {
        // Llama 3.3 70B, FP8 KV: 80 layers × 8 KV heads × 128 dims × 2 (K and V) × 1 B = 163,840 B/token;
        // 8,000 prompt tokens × 163,840 = 1,310,720,000 B = 1.31 GB; at 50 GB/s: 1.31072 / 50 = 26.2144 ms
        DisaggregatedFleet d = system(1).disaggregated().orElseThrow();
        assertEquals(1_310_720_000.0, d.kvTransferBytes(), 1);
        assertEquals(0.0262144, d.kvTransferSeconds(), 1e-9);
        assertEquals(50, d.linkGBps());
        // across NVLink 4 (900 GB/s) the same cache takes 1.31072 / 900 = 1.456 ms
        Scenario nvlink = preset.withSystem(1, preset.systems().get(1)
                .withDisaggregation(new Disaggregation(null, null, 900.0)));
        assertEquals(0.00145636, ScenarioEvaluator.evaluate(nvlink, CATALOG).systems().get(1).disaggregated()
                .orElseThrow().kvTransferSeconds(), 1e-8);
    }

    @Test
    void poolsAreRateMatchedAndChargedPerPool() {
        Workload w = preset.workload();
        DisaggregatedFleet d = system(1).disaggregated().orElseThrow();
        SystemResults agg = system(0).physics();
        // prefill: peak 10 × 1.5 = 15 req/s × 8,000 = 120,000 input tok/s ÷ one B200's prefill ceiling, whole GPUs
        // (at least enough for ρ = 15 × S_p < 1 on the M/D/1 queues)
        int byCeiling = (int) Math.ceil(120_000 / agg.prefillCeilingTokensPerSecPerGpu());
        int stable = (int) Math.ceil(15 * d.prefillSeconds() * 1.0001);
        DisaggregatedFleet untargeted = ScenarioEvaluator.evaluate(preset.withWorkload(new Workload(8000, 500, 10, 1.5,
                30, null, null, null, null)), CATALOG).systems().get(1).disaggregated().orElseThrow();
        assertEquals(Math.max(byCeiling, stable), untargeted.prefillGpus());
        assertEquals(Fleet.PREFILL, untargeted.prefillBinding());
        // with the preset's TTFT p90 ≤ 1,500 ms the prefill pool grows until S_p + wait(0.9) + transfer meets it
        assertTrue(d.prefillGpus() > untargeted.prefillGpus());
        assertEquals(Fleet.TTFT, d.prefillBinding());
        assertTrue(d.ttftP90AtPeak() <= 1.5, "TTFT p90 " + d.ttftP90AtPeak());
        assertTrue(DisaggregatedFleet.ttftP90(d.prefillSeconds(), d.kvTransferSeconds(),
                15.0 / (d.prefillReplicas() - 1)) > 1.5, "one prefill replica fewer would miss the target");
        // the same B200, the same prompt: S_p is the aggregated TTFT alone
        assertEquals(agg.ttftSeconds(), d.prefillSeconds(), 1e-12);
        // decode: 15 req/s × 500 = 7,500 output tok/s ÷ decode-only tok/s/GPU at 30 tok/s/user (or KV)
        assertTrue(d.decodeGpus() >= Math.ceil(7_500 / d.decodeTokensPerSecPerGpu() - 1e-9));
        assertTrue(d.decodeInteractivity() >= 30 * (1 - 1e-9));
        // per pool: GPUs × $/h × 730 each, the sum is the system's month
        double price = system(1).resolved().onDemandPerHour();
        assertEquals(d.prefillGpus() * price * 730, d.prefillMonthly(), 1e-6);
        assertEquals(d.decodeGpus() * price * 730, d.decodeMonthly(), 1e-6);
        assertEquals(d.prefillMonthly() + d.decodeMonthly(), d.monthlyOnDemand(), 1e-6);
        assertEquals(d.prefillReplicas() + "P" + d.decodeReplicas() + "D", d.ratio());
        assertTrue(d.describe().startsWith("xPyD " + d.ratio()), d.describe());
        // B200 prefill + H100 pairs decoding: each pool at its own accelerator and price
        DisaggregatedFleet mixed = system(2).disaggregated().orElseThrow();
        assertEquals("b200-hgx", mixed.prefillAccelerator());
        assertEquals("h100-sxm", mixed.decodeAccelerator());
        assertEquals(0, mixed.decodeGpus() % 2);
        assertEquals(d.prefillGpus(), mixed.prefillGpus());
        assertTrue(system(0).disaggregated().isEmpty());
    }

    @Test
    void nearZeroLoadTtftIsTheAggregatedOnePlusTheTransfer() {
        DisaggregatedFleet d = system(1).disaggregated().orElseThrow();
        SystemResults agg = system(0).physics();
        Workload w = preset.workload();
        for (double lambda : new double[] {1e-9, 1e-6, 1e-3}) {
            double aggregated = LoadLatency.at(agg, w, lambda).ttftP90Seconds();
            // within a microsecond: at 10⁻³ req/s the batch beside a prompt is 0.03 of a sequence
            assertEquals(aggregated + d.kvTransferSeconds(),
                    DisaggregatedFleet.ttftP90(d.prefillSeconds(), d.kvTransferSeconds(), lambda), 1e-6);
        }
    }

    @Test
    void decodeWithoutPromptsIsNeverSlowerAndItsTpotAdvantageGrowsWithLoad() {
        SystemResults agg = system(0).physics();
        Workload w = preset.workload();
        Step step = new Step(agg.config());
        for (FrontierPoint mixed : agg.frontier()) {
            FrontierPoint alone = SteadyState.decodeOnly(step, w, mixed.batch());
            assertTrue(alone.tokensPerSecPerUser() >= mixed.tokensPerSecPerUser() * (1 - 1e-12), "batch "
                    + mixed.batch());
        }
        // at batch 1 a prompt lands in a step rarely; at the largest batch every step carries prompt tokens
        FrontierPoint first = agg.frontier().get(0);
        FrontierPoint last = agg.maxThroughput().orElseThrow();
        double gainAtOne = SteadyState.decodeOnly(step, w, 1).tokensPerSecPerUser() / first.tokensPerSecPerUser();
        double gainAtMax = SteadyState.decodeOnly(step, w, last.batch()).tokensPerSecPerUser()
                / last.tokensPerSecPerUser();
        assertTrue(gainAtMax > gainAtOne, gainAtOne + " → " + gainAtMax);
        assertTrue(gainAtMax > 1.2, "decode-only TPOT gain at full load: " + gainAtMax);
    }

    /**
     * The advantage appears as load rises: at the same λ on a prefill replica, the aggregated replica's prompt shares
     * its steps with the decode batch that load keeps running, so its service time and its queue grow faster; the
     * prefill replica's prompt runs alone. Near zero the disaggregated TTFT is the aggregated one plus the transfer;
     * near the aggregated limit it is better. On this preset the gain is small: TRT-LLM's 32,768-token budget takes
     * the whole 8,000-token prompt in one step beside the batch, so only that batch's own step time is added.
     */
    @Test
    void theTtftAdvantageAppearsAsLoadRises() {
        DisaggregatedFleet d = system(1).disaggregated().orElseThrow();
        SystemResults agg = system(0).physics();
        Workload w = preset.workload();
        double max = LoadLatency.maxRequestsPerSec(agg, w);
        double previousGain = Double.NEGATIVE_INFINITY;
        for (double f : new double[] {0.01, 0.3, 0.6, 0.9, 0.99}) {
            double lambda = f * max;
            double aggregated = LoadLatency.at(agg, w, lambda).ttftP90Seconds();
            double disaggregated = DisaggregatedFleet.ttftP90(d.prefillSeconds(), d.kvTransferSeconds(), lambda);
            double gain = aggregated - (disaggregated - d.kvTransferSeconds());
            assertTrue(gain >= previousGain, "at " + f + " of the aggregated limit");
            previousGain = gain;
        }
        // at low load the transfer makes the split slower; near the aggregated limit it is faster, transfer included
        assertTrue(DisaggregatedFleet.ttftP90(d.prefillSeconds(), d.kvTransferSeconds(), 0.01 * max)
                > LoadLatency.at(agg, w, 0.01 * max).ttftP90Seconds());
        double nearKnee = 0.995 * max;
        assertTrue(DisaggregatedFleet.ttftP90(d.prefillSeconds(), d.kvTransferSeconds(), nearKnee)
                < LoadLatency.at(agg, w, nearKnee).ttftP90Seconds());
    }

    /**
     * What the pools cost, by hand on the preset (B200 FP8, 8,000 in, 500 out, 30 tok/s/user, $3.80/h... read from
     * the outcome): each request takes S_p × n_p prefill GPU-seconds and OSL ÷ decode tok/s/GPU decode GPU-seconds;
     * output tok/s per GPU = OSL ÷ their sum, and $/M = $/h ÷ 3,600 ÷ that × 10⁶ with one price for both pools.
     */
    @Test
    void thePoolsAreWhatTheSystemCosts() {
        SystemOutcome o = system(1);
        DisaggregatedFleet d = o.disaggregated().orElseThrow();
        Workload w = preset.workload();
        double price = o.resolved().onDemandPerHour();
        double perRequest = d.prefillSeconds() * 1 + 500 / d.decodeTokensPerSecPerGpu();
        assertEquals(500 / perRequest, o.economics().outputTokensPerSecPerGpu(), 1e-9);
        assertEquals(price / 3600 / (500 / perRequest) * 1e6, o.economics().outputOnDemandPerMillion(), 1e-9);
        assertEquals(d.outputOnDemandPerMillion(), o.economics().outputOnDemandPerMillion(), 1e-9);
        // the fleet the card and exports show is both pools, at their monthly cost
        assertEquals(d.gpus(), o.economics().fleet().orElseThrow().gpus());
        assertEquals(d.monthlyOnDemand(), o.economics().fleet().orElseThrow().monthlyOnDemand(), 1e-6);
        // and on the same hardware, decode-only steps make the pools cheaper per token than serving both phases
        assertTrue(o.economics().outputOnDemandPerMillion() < system(0).economics().outputOnDemandPerMillion());
        // the cost curve runs along the decode-only batches and passes through the figure at the target
        assertTrue(o.economics().costFrontier().stream().anyMatch(c -> Math.abs(c.onDemandPerMillion()
                - o.economics().outputOnDemandPerMillion()) < 1e-9));
    }

    @Test
    void theFileRoundTripsAndOlderSystemsHaveNoPools() {
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(preset).getBytes(StandardCharsets.UTF_8), "again",
                CATALOG);
        assertEquals(preset.systems().get(2).disaggregation(), again.systems().get(2).disaggregation());
        assertEquals(null, again.systems().get(0).disaggregation());
        assertEquals(Disaggregation.DEFAULT_LINK_GBPS, new Disaggregation(null, null, null).linkGBpsOrDefault());
    }

    @Test
    void badPoolsAreRefusedWhereTheFileSaysThem() {
        String json = ScenarioFiles.toJson(preset).replace("\"prefillAccelerator\" : \"b200-hgx\"",
                "\"prefillAccelerator\" : \"b200-hgxx\"");
        assertTrue(json.contains("b200-hgxx"), json);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(json.getBytes(StandardCharsets.UTF_8), "bad", CATALOG));
        assertTrue(e.getMessage().contains("systems[2].disaggregation.prefillAccelerator"), e.getMessage());
        String zero = ScenarioFiles.toJson(preset).replace("\"linkGBps\" : 50.0", "\"linkGBps\" : 0");
        InvalidInputException z = assertThrows(InvalidInputException.class,
                () -> ScenarioFiles.parse(zero.getBytes(StandardCharsets.UTF_8), "zero", CATALOG));
        assertTrue(z.getMessage().contains("disaggregation.linkGBps"), z.getMessage());
        assertThrows(InvalidInputException.class, () -> new Disaggregation(null, 0, null));
    }
}
