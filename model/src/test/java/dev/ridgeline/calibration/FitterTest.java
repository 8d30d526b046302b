package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fitter recovers known parameters from noisy synthetic points, and the error it reports is cross-validated. */
class FitterTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final List<Measurement> VISIBLE = CATALOG.measurements().stream()
            .filter(Measurement::reproducible).toList();

    /** The visible points' systems, "measured" as the model with {@code truth} plus ±5 % uniform noise. */
    private static List<Measurement> synthetic(Calibration truth, long seed) {
        Random random = new Random(seed);
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : VISIBLE) {
            double exact = Fidelity.predict(CATALOG, m, truth);
            out.add(m.withMeasured(exact * (1 + 0.05 * (2 * random.nextDouble() - 1))));
        }
        return out;
    }

    @Test
    void recoversKnownParametersFromPointsWithFivePercentNoise() {
        Calibration truth = new Calibration(Map.of(
                Calibration.compute("blackwell", Precision.FP4), 0.30,
                Calibration.compute("hopper", Precision.FP8), 0.62,
                Calibration.bandwidth("hopper"), 0.70,
                Calibration.bandwidth("blackwell"), 0.75));
        for (long seed : new long[] {1, 2, 3}) {
            Fitter.Result fit = Fitter.fit(CATALOG, synthetic(truth, seed));
            Map<String, Double> got = fit.calibration().values();
            // stated tolerance: efficiencies within 0.03 of the truth, Hopper bandwidth within 0.06
            assertEquals(0.30, got.get(Calibration.compute("blackwell", Precision.FP4)), 0.03, "seed " + seed);
            assertEquals(0.62, got.get(Calibration.compute("hopper", Precision.FP8)), 0.03, "seed " + seed);
            assertEquals(0.70, got.get(Calibration.bandwidth("hopper")), 0.06, "seed " + seed);
            // only five B200 points, and a 10 % change of their bandwidth moves them ~1 %: the loosest
            assertEquals(0.75, got.get(Calibration.bandwidth("blackwell")), 0.12, "seed " + seed);
            // the residual is the noise: ±5 % uniform has a mean absolute value of 2.5 %
            assertTrue(fit.inSampleMapePercent() < 3.5, "in-sample " + fit.inSampleMapePercent());
        }
    }

    @Test
    void parametersThePointsCannotMoveKeepTheirDefaultsAndSaySo() {
        Fitter.Result fit = Fitter.fit(CATALOG, VISIBLE);
        Fitter.Estimate attention = fit.estimates().stream()
                .filter(e -> e.parameter().key().equals(Calibration.compute("blackwell", Precision.FP8)))
                .findFirst().orElseThrow();
        // B200 attention runs at FP8 but these max-throughput points spend almost nothing there
        assertFalse(attention.fitted());
        assertEquals(attention.parameter().defaultValue(), attention.value());
        assertTrue(attention.note().startsWith("not fitted"), attention.note());
        assertFalse(fit.calibration().values().containsKey(attention.parameter().key()));
        // every fitted value stays in its physical range
        fit.estimates().forEach(e -> assertTrue(e.value() >= e.parameter().lower() && e.value() <= e.parameter()
                .upper(), e.toString()));
    }

    @Test
    void theReportedErrorIsCrossValidatedNotInSample() {
        CalibrationProfile profile = CalibrationProfile.fit("test", CATALOG, VISIBLE, LocalDate.of(2026, 11, 29));
        CrossValidation.Result cv = CrossValidation.leaveOneOut(CATALOG, VISIBLE);
        assertEquals(cv.mapePercent(), profile.crossValidatedMapePercent(), 1e-9);
        assertTrue(profile.crossValidatedMapePercent() > profile.inSampleMapePercent(),
                profile.crossValidatedMapePercent() + " vs " + profile.inSampleMapePercent());
        // each held-out prediction comes from a fit without that point: it differs from the all-points fit's
        Calibration all = Fitter.fit(CATALOG, VISIBLE).calibration();
        CrossValidation.HeldOut first = cv.points().get(0);
        assertNotEquals(Fidelity.predict(CATALOG, first.point(), all), first.predicted(), first.predicted() * 1e-6);
        // issue 11's gate: cross-validated MAPE ≤ 15 %, no held-out point outside 1.5×
        assertTrue(cv.mapePercent() <= 15, "CV MAPE " + cv.mapePercent());
        cv.points().forEach(h -> assertTrue(h.ratio() > 1 / 1.5 && h.ratio() < 1.5, h.point().id() + " " + h.ratio()));
    }

    @Test
    void theShippedProfileIsAFreshFitOfTheShippedPoints() {
        CalibrationProfile shipped = CalibrationProfile.builtIn();
        CalibrationProfile fresh = CalibrationProfile.fit(shipped.name(), CATALOG, CATALOG.measurements(),
                LocalDate.parse(shipped.date()));
        assertEquals(fresh.points(), shipped.points());
        assertEquals(fresh.parameters().size(), shipped.parameters().size());
        for (int i = 0; i < fresh.parameters().size(); i++) {
            assertEquals(fresh.parameters().get(i).key(), shipped.parameters().get(i).key());
            assertEquals(fresh.parameters().get(i).fitted(), shipped.parameters().get(i).fitted());
            assertEquals(fresh.parameters().get(i).value(), shipped.parameters().get(i).value(), 1e-6,
                    "regenerate with `ridgeline calibrate --out assets/calibration/default.json`");
        }
        assertEquals(fresh.crossValidatedMapePercent(), shipped.crossValidatedMapePercent(), 1e-6);
    }
}
