package dev.ridgeline.charts;

import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.CalibrationChoice;
import dev.ridgeline.scenario.Scenario;
import java.util.List;

/**
 * What the modeled figures rest on, in words every chart, card and slide uses alike: "calibrated to 23 points, CV
 * ±7.9 %" (the profile's leave-one-out error, the figure to quote) or "roofline (uncalibrated)".
 */
public final class CalibrationBasis {
    public static final String ROOFLINE = "roofline (uncalibrated)";
    /** The built-in profile, read once: the charts ask for it on every redraw. */
    private static volatile CalibrationProfile builtIn;

    private CalibrationBasis() {
    }

    /** The profile a choice uses: its own, else the built-in one (read once and kept). */
    public static CalibrationProfile profile(CalibrationChoice choice) {
        if (choice.profile() != null) {
            return choice.profile();
        }
        CalibrationProfile p = builtIn;
        if (p == null) {
            p = CalibrationProfile.builtIn();
            builtIn = p;
        }
        return p;
    }

    public static CalibrationProfile profile(Scenario scenario) {
        return profile(scenario.calibrationOrDefault());
    }

    /** "calibrated to 23 points, CV ±7.9 %". */
    public static String calibrated(CalibrationProfile profile) {
        return "calibrated to " + profile.points().size() + " measured points, CV ±" + percent(
                profile.crossValidatedMapePercent());
    }

    /** The relative half-width of the error band drawn around a calibrated curve: the CV MAPE as a fraction. */
    public static double band(CalibrationProfile profile) {
        return profile.crossValidatedMapePercent() / 100;
    }

    /**
     * The basis of a scenario's modeled figures: every system calibrated, none (roofline), or some of each (a
     * system whose accelerator family the profile does not cover stays on the roofline defaults).
     */
    public static String describe(ScenarioResults results) {
        List<SystemOutcome> systems = results.systems();
        List<String> roofline = systems.stream().filter(o -> !calibrated(o)).map(SystemOutcome::label).toList();
        if (roofline.size() == systems.size()) {
            return "modeled: " + ROOFLINE;
        }
        String text = "modeled: " + calibrated(profile(results.scenario()));
        if (!roofline.isEmpty()) {
            text += "; " + String.join(", ", roofline) + ": " + ROOFLINE + ", no fit for "
                    + (roofline.size() == 1 ? "its" : "their") + " accelerator";
        }
        return text;
    }

    /** Whether a system's modeled figures use the calibration. */
    public static boolean calibrated(SystemOutcome o) {
        return CalibrationChoice.CALIBRATED.equals(o.resolved().modelBasis());
    }

    /** The model basis of one system, in words: "calibrated (CV ±7.9 %)" or "roofline (uncalibrated)". */
    public static String of(SystemOutcome o, Scenario scenario) {
        return calibrated(o) ? "calibrated, CV ±" + percent(profile(scenario).crossValidatedMapePercent()) : ROOFLINE;
    }

    /** "7.9 %". */
    public static String percent(double value) {
        return Formats.fixed(value, 1) + " %";
    }

    /** "+4.2 %", "−3.0 %": a signed residual, modeled against measured. */
    public static String signedPercent(double ratio) {
        double p = (ratio - 1) * 100;
        String s = Formats.fixed(Math.abs(p), 1) + " %";
        return (p < -0.05 ? "−" : "+") + s;
    }
}
