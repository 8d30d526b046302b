package dev.ridgeline.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.HardwareOverrides;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.serving.FrontierPoint;
import org.junit.jupiter.api.Test;

/** A pin anchors its system's curve; the costs then follow every input, and a pin from another configuration lapses. */
class PinAnchorTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.defaultScenario(catalog);

    private SystemOutcome b200(Scenario s) {
        return ScenarioEvaluator.evaluate(s, catalog).systems().get(2);
    }

    private Scenario withB200(java.util.function.UnaryOperator<SystemSpec> edit) {
        return preset.withSystem(2, edit.apply(preset.systems().get(2)));
    }

    @Test
    void thePinnedPointIsOnTheCurveAndTheCostIsTheMeasurementsUntilAnInputMoves() {
        SystemOutcome b200 = b200(preset);
        // 10,000 tok/s/GPU at 50 tok/s/user on 1 GPU is batch 10,000 ÷ 50 = 200
        FrontierPoint atTarget = b200.physics().atTarget().orElseThrow();
        assertEquals(200, atTarget.batch());
        assertEquals(10_000, atTarget.outputTokensPerSecPerGpu(), 10_000 * 1e-9);
        assertEquals(50, atTarget.tokensPerSecPerUser(), 50 * 1e-9);
        assertEquals("measured", b200.economics().costBasis());
        // $6.03 / (10,000 × 3,600) × 1e6 = $0.1675/M, as seed 001 has it
        assertEquals(0.1675, b200.economics().outputOnDemandPerMillion(), 1e-4);
        // the dot lies on the line: the cost frontier at batch 200 is the cost at the target
        CostPoint onLine = b200.economics().costFrontier().stream().filter(p -> p.batch() == 200).findFirst()
                .orElseThrow();
        assertEquals(b200.economics().outputOnDemandPerMillion(), onLine.onDemandPerMillion(), 1e-12);
    }

    @Test
    void anAnchoredPinOnTheTargetIsNotMissedByRoundingWhateverTheCalibration() {
        // each profile scales the curve differently; the pin's batch must meet the target exactly in every one
        for (String basis : new String[] {"calibrated", "roofline"}) {
            SystemOutcome b200 = b200(preset.withCalibration(new dev.ridgeline.scenario.CalibrationChoice(basis, null)));
            assertEquals(200, b200.physics().atTarget().orElseThrow().batch(), basis);
            assertEquals(10_000, b200.economics().outputTokensPerSecPerGpu(), 1e-6, basis);
            // 20,000 tok/s ÷ 10,000 = 2 GPUs, not 3
            assertEquals(2, b200.economics().fleet().orElseThrow().gpus(), basis);
        }
    }

    @Test
    void moreBandwidthMovesTheAnchoredCost() {
        Scenario faster = withB200(s -> s.withOverrides(s.overridesOrNone().withMemoryBandwidthTBps(16.0)));
        SystemOutcome b200 = b200(faster);
        assertEquals("anchored", b200.economics().costBasis());
        assertTrue(b200.economics().outputTokensPerSecPerGpu() > 10_000 * 1.05,
                "more bandwidth, more throughput at 50 tok/s/user: " + b200.economics().outputTokensPerSecPerGpu());
        assertTrue(b200.economics().outputOnDemandPerMillion() < 0.1675 / 1.05);
        // and a larger batch moves nothing at the target, but the current point moves along the anchored curve
        Scenario batch = withB200(s -> s.withServing(s.servingOrNone().withBatch(400)));
        assertEquals(0.1675, b200(batch).economics().outputOnDemandPerMillion(), 1e-4);
        assertNotEquals(b200(preset).physics().current().orElseThrow().outputTokensPerSecPerGpu(),
                b200(batch).physics().current().orElseThrow().outputTokensPerSecPerGpu());
    }

    @Test
    void aPinMeasuredOnAnotherFormatNoLongerApplies() {
        SystemOutcome fp8 = b200(withB200(s -> s.withFormats("fp8", s.kvFormat())));
        assertEquals("calibrated", fp8.economics().costBasis());
        assertEquals("the pinned 10,000 tok/s/GPU was measured on another configuration (weights nvfp4 → fp8): it "
                + "no longer applies", fp8.economics().warning());
        assertEquals(fp8.physics().atTarget().orElseThrow().outputTokensPerSecPerGpu(),
                fp8.economics().outputTokensPerSecPerGpu());
    }

    @Test
    void aPinTheReplicaCannotHoldStaysFixedAndSaysWhy() {
        // H100: 1,500 ÷ 50 = 30 sequences, and its KV budget holds 27
        Scenario faster = preset.withSystem(0, preset.systems().get(0).withOverrides(
                HardwareOverrides.none().withMemoryBandwidthTBps(6.0)));
        SystemOutcome h100 = ScenarioEvaluator.evaluate(faster, catalog).systems().get(0);
        assertEquals("measured", h100.economics().costBasis());
        assertEquals(1500, h100.economics().outputTokensPerSecPerGpu());
        assertTrue(h100.economics().warning().endsWith("kept as a fixed figure, not anchored"),
                h100.economics().warning());
    }
}
