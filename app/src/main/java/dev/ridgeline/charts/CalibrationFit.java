package dev.ridgeline.charts;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.CrossValidation;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A calibration profile checked against its points: each reproducible measurement it was fitted to, with the
 * calibrated model's value, the uncalibrated (roofline defaults) model's value and the leave-one-out prediction
 * (the model fitted without that point). Takes a few hundred milliseconds (the leave-one-out refits once per
 * point): the workbench computes it off the FX thread.
 *
 * @param profile   the profile checked
 * @param points    one per measurement the catalog still has and the model can place, in the profile's order
 * @param missing   ids the profile names that the catalog no longer holds or the model cannot place
 * @param crossValidation the leave-one-out recomputed now (equal to the profile's figures unless the model or the
 *                  catalog changed since it was fitted)
 * @param inSampleMapePercent the calibrated model's MAPE over these points, recomputed now
 * @param millis    how long it took
 */
public record CalibrationFit(CalibrationProfile profile, List<Point> points, List<String> missing,
        CrossValidation.Result crossValidation, double inSampleMapePercent, long millis) {

    public CalibrationFit {
        points = List.copyOf(points);
        missing = List.copyOf(missing);
    }

    /**
     * One measured point.
     *
     * @param calibrated the model with the profile's values, tok/s/GPU
     * @param roofline   the model at its uncalibrated defaults
     * @param heldOut    the model fitted to every other point
     * @param yours      imported by the user (not one of the catalog's measurements)
     */
    public record Point(Measurement measurement, String system, double calibrated, double roofline,
            double heldOut, boolean yours) {
        public double measured() {
            return measurement.tokensPerSecPerGpu();
        }

        /** calibrated ÷ measured. */
        public double ratio() {
            return calibrated / measured();
        }

        public double heldOutRatio() {
            return heldOut / measured();
        }

        public double rooflineRatio() {
            return roofline / measured();
        }

        /** "128/2048". */
        public String lengths() {
            return measurement.inputTokens() + "/" + measurement.outputTokens();
        }

        /** "output" or "total", what the measurement counts. */
        public String metric() {
            return measurement.metricOrOutput() == Measurement.Metric.TOTAL ? "total" : "output";
        }
    }

    /** Checks {@code profile} against the catalog's measurements it names. */
    public static CalibrationFit compute(Catalog catalog, CalibrationProfile profile) {
        return compute(catalog, profile, List.of());
    }

    /**
     * Checks {@code profile} against the measurements it names: the catalog's, and {@code yours} (points the user
     * imported, which the catalog does not hold; they are marked {@link Point#yours()}).
     */
    public static CalibrationFit compute(Catalog catalog, CalibrationProfile profile,
            java.util.Collection<Measurement> yours) {
        long start = System.nanoTime();
        Map<String, Measurement> byId = new HashMap<>();
        catalog.measurements().forEach(m -> byId.put(m.id(), m));
        java.util.Set<String> mine = new java.util.HashSet<>();
        // a profile saved with the scenario carries your points itself
        java.util.List<Measurement> all = new ArrayList<>(profile.ownPoints());
        all.addAll(yours);
        all.forEach(m -> {
            byId.put(m.id(), m);
            mine.add(m.id());
        });
        List<Measurement> usable = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : profile.points()) {
            Measurement m = byId.get(id);
            if (m != null && m.reproducible()) {
                usable.add(m);
            } else {
                missing.add(id);
            }
        }
        Calibration calibration = profile.calibration();
        CrossValidation.Result cv = usable.size() >= 2 ? CrossValidation.leaveOneOut(catalog, usable)
                : new CrossValidation.Result(List.of(), 0, 1);
        Map<String, Double> heldOut = new HashMap<>();
        cv.points().forEach(h -> heldOut.put(h.point().id(), h.predicted()));
        List<Point> points = new ArrayList<>();
        for (Measurement m : usable) {
            Optional<Double> calibrated = Fidelity.row(catalog, m, calibration).modeled();
            Optional<Double> roofline = Fidelity.row(catalog, m, Calibration.NONE).modeled();
            if (calibrated.isEmpty() || roofline.isEmpty()) {
                missing.add(m.id());
                continue;
            }
            points.add(new Point(m, system(catalog, m), calibrated.get(), roofline.get(),
                    heldOut.getOrDefault(m.id(), Double.NaN), mine.contains(m.id())));
        }
        double mape = points.stream().mapToDouble(p -> Math.abs(p.ratio() - 1)).average().orElse(0) * 100;
        return new CalibrationFit(profile, points, missing, cv, mape, (System.nanoTime() - start) / 1_000_000);
    }

    /** Mean |held-out ÷ measured − 1| in percent over the points that are (or are not) yours; NaN when none. */
    public double heldOutMapePercent(boolean ofYours) {
        return points.stream().filter(p -> p.yours() == ofYours && !Double.isNaN(p.heldOut()))
                .mapToDouble(p -> Math.abs(p.heldOutRatio() - 1)).average().orElse(Double.NaN) * 100;
    }

    /** How many of the points are yours. */
    public long yoursCount() {
        return points.stream().filter(Point::yours).count();
    }

    /** "Llama 3.3 70B · B200 HGX TP1": what ran, short enough for a table column. */
    static String system(Catalog catalog, Measurement m) {
        String model = catalog.model(m.model()).map(x -> x.name()).orElse(m.model());
        String parallel = m.parallelism() == null ? m.gpus() + " GPU" : m.parallelism().resolve().toString();
        return model + " · " + acceleratorLabel(m.accelerator()) + " " + parallel;
    }

    /** "b200-hgx" → "B200 HGX". */
    public static String acceleratorLabel(String id) {
        return id.toUpperCase(java.util.Locale.ROOT).replace('-', ' ');
    }
}
