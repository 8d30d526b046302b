package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A scenario's modeled figures follow the calibration it chooses; values the file sets win over both. */
class CalibrationChoiceTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Scenario preset = ScenarioFiles.defaultScenario(catalog);
    private final CalibrationProfile builtIn = CalibrationProfile.builtIn();

    private ResolvedSystem b200(Scenario s) {
        return ScenarioResolver.resolve(s, catalog).get(2);
    }

    @Test
    void byDefaultTheBuiltInProfileSetsWhatTheFileLeavesOpen() {
        ResolvedSystem b200 = b200(preset);
        double fp4 = builtIn.calibration().values().get(Calibration.compute("blackwell", Precision.FP4));
        assertEquals(fp4, b200.config().efficiencies().compute(Precision.FP4));
        assertEquals(builtIn.calibration().values().get(Calibration.bandwidth("blackwell")),
                b200.config().efficiencies().bandwidth());
        assertEquals("calibrated", b200.modelBasis());
        // an accelerator family no measurement covers keeps the defaults, and says so
        Scenario mi = preset.withSystem(2, preset.systems().get(2).withFormats("fp8", "fp8-kv"));
        SystemSpec amd = new SystemSpec("MI300X", "mi300x", "llama-3.3-70b", "fp8", "fp8-kv", null, null, null, null,
                null, null);
        ResolvedSystem r = ScenarioResolver.resolve(mi.withSystem(2, amd), catalog).get(2);
        assertEquals("roofline", r.modelBasis());
        assertEquals(Efficiencies.DEFAULTS.compute(Precision.FP8), r.config().efficiencies().compute(Precision.FP8));
    }

    @Test
    void rooflineUsesTheUncalibratedDefaultsAndTheFileStillWins() {
        Scenario roofline = preset.withCalibration(new CalibrationChoice("roofline", null));
        assertEquals(Efficiencies.DEFAULTS.compute(Precision.FP4), b200(roofline).config().efficiencies()
                .compute(Precision.FP4));
        assertEquals("roofline", b200(roofline).modelBasis());
        SystemSpec b200 = preset.systems().get(2);
        Scenario typed = preset.withSystem(2, b200.withServing(b200.servingOrNone().withEfficiency(0.9, 0.5)));
        assertEquals(0.5, b200(typed).config().efficiencies().compute(Precision.FP4));
        assertEquals(0.9, b200(typed).config().efficiencies().bandwidth());
        // the basis follows into the costs of an unpinned system
        Scenario unpinned = roofline.withSystem(2, b200.withMeasured(null));
        assertEquals("roofline", ScenarioEvaluator.evaluate(unpinned, catalog).systems().get(2).economics()
                .costBasis());
    }

    @Test
    void aProfileSavedWithTheScenarioTravelsWithItAndAnUnknownBasisIsNamed() {
        CalibrationProfile mine = new CalibrationProfile(1, "mine", "2026-11-29", CalibrationProfile.METHOD,
                builtIn.points(), builtIn.parameters().stream().map(v -> v.key().equals(
                        Calibration.compute("blackwell", Precision.FP4)) ? new CalibrationProfile.Value(v.key(),
                                v.description(), 0.25, v.defaultValue(), true, null) : v).toList(),
                1, 2, 1.1, null);
        Scenario withMine = preset.withCalibration(new CalibrationChoice(null, mine));
        Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(withMine).getBytes(StandardCharsets.UTF_8), "m.json",
                catalog);
        assertEquals(withMine, again);
        assertEquals(0.25, b200(again).config().efficiencies().compute(Precision.FP4));
        // a profile value outside its physical range is refused, naming where it is
        CalibrationProfile broken = new CalibrationProfile(1, "broken", "2026-11-29", CalibrationProfile.METHOD,
                builtIn.points(), builtIn.parameters().stream().map(v -> v.key().equals(
                        Calibration.compute("blackwell", Precision.FP4)) ? new CalibrationProfile.Value(v.key(),
                                v.description(), 5, v.defaultValue(), true, null) : v).toList(), 1, 2, 1.1, null);
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> ScenarioResolver.resolve(
                preset.withCalibration(new CalibrationChoice(null, broken)), catalog));
        assertEquals("calibration.profile.parameters[0].value: compute.blackwell.FP4 must be between 0.05 and 1, was 5",
                range.problems().get(0).toString());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioResolver.resolve(
                preset.withCalibration(new CalibrationChoice("measured", null)), catalog));
        assertTrue(e.problems().get(0).toString().startsWith("calibration.basis: must be \"calibrated\" or "
                + "\"roofline\""), e.problems().toString());
    }
}
