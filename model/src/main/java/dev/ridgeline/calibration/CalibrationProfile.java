package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration as a file: the fitted values, which parameters were fitted and which kept their defaults, the
 * points used, the date, and the in-sample and leave-one-out errors. assets/calibration/default.json ships with
 * the app; `ridgeline calibrate` writes new ones.
 *
 * @param schemaVersion        1
 * @param name                 what it was fitted to
 * @param date                 when (ISO date)
 * @param method               how, in words
 * @param points               ids of the measurements fitted
 * @param parameters           every candidate parameter, fitted or not
 * @param inSampleMapePercent  error on the points it was fitted to
 * @param crossValidatedMapePercent leave-one-out error: the figure to quote
 * @param crossValidatedWorstRatio  the held-out modeled ÷ measured furthest from 1
 * @param measurements         the fitted points the built-in catalog does not hold (your own), so the profile carries
 *                             everything it was fitted to; absent when there are none
 */
public record CalibrationProfile(
        @Range(min = 1, max = 1) int schemaVersion,
        String name,
        String date,
        String method,
        List<String> points,
        List<Value> parameters,
        @Range(min = 0) double inSampleMapePercent,
        @Range(min = 0) double crossValidatedMapePercent,
        @Range(min = 0, minExclusive = true) double crossValidatedWorstRatio,
        @Optional List<Measurement> measurements) {

    public static final String METHOD = "Levenberg–Marquardt (Commons Math) on ln(modeled ÷ measured), parameters "
            + "clamped to physical ranges; error by leave-one-out cross-validation";
    static final String DEFAULT_RESOURCE = "/ridgeline/assets/calibration/default.json";

    /**
     * One parameter's outcome.
     *
     * @param key          the {@link Calibration} key
     * @param description  in words, with its unit
     * @param value        fitted, or the default when not fitted
     * @param defaultValue the uncalibrated model's value
     * @param fitted       whether the points pinned it down
     * @param note         why it was not fitted; empty when it was
     */
    public record Value(String key, String description, @Range(min = 0, max = 1000) double value,
            @Range(min = 0, max = 1000) double defaultValue, boolean fitted, @Optional String note) {
    }

    public CalibrationProfile {
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
        measurements = measurements == null || measurements.isEmpty() ? null : List.copyOf(measurements);
    }

    /** The points it carries itself (those not built in); empty when all are built in. */
    public List<Measurement> ownPoints() {
        return measurements == null ? List.of() : measurements;
    }

    /** Fits the points, cross-validates, and records both. */
    public static CalibrationProfile fit(String name, Catalog catalog, List<Measurement> points, LocalDate date) {
        Fitter.Result fit = Fitter.fit(catalog, points);
        CrossValidation.Result cv = CrossValidation.leaveOneOut(catalog, fit.points());
        List<Value> values = fit.estimates().stream().map(e -> new Value(e.parameter().key(),
                e.parameter().description(), e.value(), e.parameter().defaultValue(), e.fitted(),
                e.note().isEmpty() ? null : e.note())).toList();
        java.util.Set<String> builtIn = new java.util.HashSet<>();
        catalog.measurements().forEach(m -> builtIn.add(m.id()));
        return new CalibrationProfile(1, name, date.toString(), METHOD,
                fit.points().stream().map(Measurement::id).toList(), values, fit.inSampleMapePercent(),
                cv.mapePercent(), cv.worstRatio(),
                fit.points().stream().filter(m -> !builtIn.contains(m.id())).toList());
    }

    /** The fitted values (parameters left at their defaults are not carried: the model has them). */
    public Calibration calibration() {
        Map<String, Double> m = new LinkedHashMap<>();
        parameters.stream().filter(Value::fitted).forEach(v -> m.put(v.key(), v.value()));
        return new Calibration(m);
    }

    public static CalibrationProfile read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CalibrationProfile parse(byte[] bytes, String name) {
        return JsonDocuments.read(bytes, name, CalibrationProfile.class);
    }

    /** The profile shipped in assets/calibration. */
    public static CalibrationProfile builtIn() {
        return BuiltIn.PROFILE;
    }

    /** Parsed once, on first use: every resolve of a calibrated scenario reads it. */
    private static final class BuiltIn {
        static final CalibrationProfile PROFILE = load();
    }

    private static CalibrationProfile load() {
        try (InputStream in = CalibrationProfile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in calibration " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), "calibration/default.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String toJson() {
        return JsonDocuments.write(this);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }
}
