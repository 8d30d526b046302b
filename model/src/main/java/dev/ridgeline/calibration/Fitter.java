package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.serving.Step;
import dev.ridgeline.serving.SystemConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Weighted least squares in log space (a 2× miss weighs the same at 500 and at 50,000 tok/s) over the step model's
 * efficiencies per accelerator family × compute precision, bandwidth efficiency per family and the host overheads,
 * by Levenberg–Marquardt (Commons Math), each parameter clamped to its physical range. A parameter the points
 * barely move (a 10 % change shifts them less than {@link #MIN_SENSITIVITY} on average in log terms) is not fitted
 * and keeps its default.
 */
public final class Fitter {
    /** Mean |Δ ln(modeled)| for a 10 % change below which a parameter is left at its default. */
    static final double MIN_SENSITIVITY = 0.005;
    private static final double RELATIVE_STEP = 1e-3;

    private Fitter() {
    }

    /** A fitted parameter or one left at its default, with why. */
    public record Estimate(Parameter parameter, double value, boolean fitted, double sensitivity, String note) {
    }

    /** The fit: calibrated values, which parameters moved, and the in-sample error. */
    public record Result(Calibration calibration, List<Estimate> estimates, List<Measurement> points,
            double inSampleMapePercent) {
    }

    /** Every parameter the points' systems use, at the model's defaults. */
    static List<Parameter> candidates(Catalog catalog, List<Measurement> points) {
        Map<String, Parameter> found = new LinkedHashMap<>();
        Serving d = Serving.DEFAULTS;
        for (Measurement m : points) {
            SystemConfig s = Fidelity.system(catalog, m);
            String family = s.accelerator().familyOrId();
            Precision linear = s.computePrecision();
            Precision attention = Step.attentionPrecision(s);
            for (Precision p : new Precision[] {linear, attention}) {
                String key = Calibration.compute(family, p);
                found.putIfAbsent(key, new Parameter(key, family + " " + p + " fraction of dense peak",
                        s.efficiencies().compute(p), 0.05, 1.0));
            }
            String bw = Calibration.bandwidth(family);
            found.putIfAbsent(bw, new Parameter(bw, family + " fraction of HBM bandwidth", s.efficiencies().bandwidth(),
                    0.05, 1.0));
        }
        found.put(Calibration.STEP_MS, new Parameter(Calibration.STEP_MS, "fixed host overhead per step, ms",
                d.stepOverheadMs(), 0, 50));
        found.put(Calibration.PER_SEQUENCE_US, new Parameter(Calibration.PER_SEQUENCE_US,
                "host overhead per sequence per step, µs", d.perSequenceOverheadUs(), 0, 1000));
        return new ArrayList<>(found.values());
    }

    public static Result fit(Catalog catalog, List<Measurement> points) {
        // a point the model cannot place (its system does not fit, its target is out of reach) cannot be fitted
        List<Measurement> usable = points.stream().filter(Measurement::reproducible)
                .filter(m -> Double.isFinite(Fidelity.predict(catalog, m, Calibration.NONE))).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no reproducible measurement to fit");
        }
        List<Parameter> all = candidates(catalog, usable);
        double[] defaults = all.stream().mapToDouble(Parameter::defaultValue).toArray();
        double[] sensitivity = sensitivities(catalog, usable, all, defaults);
        List<Parameter> free = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            if (sensitivity[j] >= MIN_SENSITIVITY) {
                free.add(all.get(j));
            }
        }
        Calibration fitted = optimise(catalog, usable, free, Calibration.NONE);
        List<Estimate> estimates = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            Parameter p = all.get(j);
            boolean isFree = free.contains(p);
            double value = isFree ? fitted.values().get(p.key()) : p.defaultValue();
            String note = isFree ? "" : String.format("not fitted: a 10 %% change moves these points %.2f %% on "
                    + "average", sensitivity[j] * 100);
            estimates.add(new Estimate(p, value, isFree, sensitivity[j], note));
        }
        return new Result(fitted, estimates, usable, mape(catalog, usable, fitted));
    }

    /** Levenberg–Marquardt over the free parameters, the others at their defaults. */
    static Calibration optimise(Catalog catalog, List<Measurement> points, List<Parameter> free, Calibration base) {
        if (free.isEmpty()) {
            return base;
        }
        double[] start = free.stream().mapToDouble(p -> base.values().getOrDefault(p.key(), p.defaultValue()))
                .toArray();
        MultivariateJacobianFunction model = theta -> {
            double[] x = theta.toArray();
            double[] r = residuals(catalog, points, calibration(base, free, x));
            double[][] jacobian = new double[points.size()][free.size()];
            for (int j = 0; j < free.size(); j++) {
                double[] shifted = x.clone();
                double h = Math.max(Math.abs(x[j]) * RELATIVE_STEP, 1e-6);
                shifted[j] = x[j] + h;
                double[] rj = residuals(catalog, points, calibration(base, free, shifted));
                for (int i = 0; i < points.size(); i++) {
                    jacobian[i][j] = (rj[i] - r[i]) / h;
                }
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
        };
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(new double[points.size()])
                .parameterValidator(v -> clamp(free, v))
                .maxEvaluations(2_000)
                .maxIterations(500)
                .lazyEvaluation(false)
                .build());
        return calibration(base, free, clamp(free, optimum.getPoint()).toArray());
    }

    private static RealVector clamp(List<Parameter> free, RealVector v) {
        double[] x = v.toArray();
        for (int j = 0; j < x.length; j++) {
            x[j] = free.get(j).clamp(x[j]);
        }
        return new ArrayRealVector(x, false);
    }

    private static Calibration calibration(Calibration base, List<Parameter> free, double[] x) {
        Map<String, Double> values = new LinkedHashMap<>(base.values());
        for (int j = 0; j < x.length; j++) {
            values.put(free.get(j).key(), free.get(j).clamp(x[j]));
        }
        return new Calibration(values);
    }

    /** ln(modeled ÷ measured) per point. */
    static double[] residuals(Catalog catalog, List<Measurement> points, Calibration c) {
        double[] r = new double[points.size()];
        for (int i = 0; i < r.length; i++) {
            Measurement m = points.get(i);
            r[i] = Math.log(Fidelity.predict(catalog, m, c) / m.tokensPerSecPerGpu());
        }
        return r;
    }

    static double mape(Catalog catalog, List<Measurement> points, Calibration c) {
        double sum = 0;
        for (double r : residuals(catalog, points, c)) {
            sum += Math.abs(Math.exp(r) - 1);
        }
        return sum / points.size() * 100;
    }

    /** Mean |Δ ln(modeled)| over the points when each parameter alone grows 10 % from its default. */
    private static double[] sensitivities(Catalog catalog, List<Measurement> points, List<Parameter> all,
            double[] defaults) {
        Calibration at = new Calibration(keys(all, defaults));
        double[] base = residuals(catalog, points, at);
        double[] s = new double[all.size()];
        for (int j = 0; j < all.size(); j++) {
            double[] moved = defaults.clone();
            // overheads default near 0 move by an absolute step worth 10 % of a typical value
            moved[j] = defaults[j] == 0 ? 0.1 : defaults[j] * 1.1;
            double[] r = residuals(catalog, points, new Calibration(keys(all, moved)));
            double sum = 0;
            for (int i = 0; i < r.length; i++) {
                sum += Math.abs(r[i] - base[i]);
            }
            s[j] = sum / r.length;
        }
        return s;
    }

    private static Map<String, Double> keys(List<Parameter> all, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < all.size(); j++) {
            m.put(all.get(j).key(), values[j]);
        }
        return m;
    }
}
