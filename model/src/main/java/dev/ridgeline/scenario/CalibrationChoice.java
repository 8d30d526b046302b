package dev.ridgeline.scenario;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.validation.Optional;

/**
 * Which efficiencies a scenario's modeled figures use: {@code "calibrated"} (a profile fitted to measurements; the
 * built-in one unless the scenario carries its own) or {@code "roofline"} (the model's uncalibrated defaults).
 * Values a system sets in the file win over both.
 *
 * @param basis   "calibrated" (default) or "roofline"
 * @param profile a profile saved with the scenario; absent: assets/calibration/default.json
 */
public record CalibrationChoice(@Optional String basis, @Optional CalibrationProfile profile) {
    public static final String CALIBRATED = "calibrated";
    public static final String ROOFLINE = "roofline";
    public static final CalibrationChoice DEFAULT = new CalibrationChoice(null, null);

    public boolean calibrated() {
        return !ROOFLINE.equals(basis);
    }

    /** The profile in force: the scenario's own, else the built-in one. */
    public CalibrationProfile profileOrBuiltIn() {
        return profile != null ? profile : CalibrationProfile.builtIn();
    }

    /** The values to apply: none on the roofline basis. */
    public Calibration calibration() {
        return calibrated() ? profileOrBuiltIn().calibration() : Calibration.NONE;
    }

    public CalibrationChoice withBasis(String value) {
        return new CalibrationChoice(value, profile);
    }

    public CalibrationChoice withProfile(CalibrationProfile value) {
        return new CalibrationChoice(basis, value);
    }
}
