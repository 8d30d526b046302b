package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.SystemDefaults;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.validation.RangeText;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every reproducible measured point against the model at its defaults: measured, modeled, their ratio, and the
 * mean absolute percentage error per group (the measurement's round) and overall.
 */
public final class Fidelity {
    private Fidelity() {
    }

    /** One measured point and what the model makes of it; modeled is empty when the model cannot place it. */
    public record Row(Measurement measurement, Optional<Double> modeled, String why) {
        public double measured() {
            return measurement.tokensPerSecPerGpu();
        }

        /** modeled ÷ measured. */
        public Optional<Double> ratio() {
            return modeled.map(m -> m / measured());
        }

        public Optional<Double> absolutePercentError() {
            return ratio().map(r -> Math.abs(r - 1) * 100);
        }

        public String group() {
            return measurement.round().replaceAll(" v[0-9.]+$", "");
        }
    }

    /** MAPE and the worst modeled ÷ measured (the one furthest from 1) over some rows. */
    public record Summary(String group, int points, double mapePercent, double worstRatio) {
    }

    public static List<Row> rows(Catalog catalog) {
        return rows(catalog, catalog.measurements(), Calibration.NONE);
    }

    /** The points against the model with a calibration's values in place of the defaults. */
    public static List<Row> rows(Catalog catalog, List<Measurement> points, Calibration calibration) {
        List<Row> rows = new ArrayList<>();
        for (Measurement m : points) {
            rows.add(row(catalog, m, calibration));
        }
        return rows;
    }

    public static Row row(Catalog catalog, Measurement m) {
        return row(catalog, m, Calibration.NONE);
    }

    public static Row row(Catalog catalog, Measurement m, Calibration calibration) {
        if (!m.reproducible()) {
            return new Row(m, Optional.empty(), m.notReproducibleBecause() != null ? m.notReproducibleBecause()
                    : "incomplete: needs ISL/OSL, parallelism and the frontier point");
        }
        double target = m.interactivity().orElse(1.0);
        if (!(target >= Workload.MIN_TARGET && target <= Workload.MAX_TARGET)) {
            if (m.point() == Measurement.Point.AT_INTERACTIVITY) {
                return new Row(m, Optional.empty(), "its " + RangeText.number(target) + " tok/s/user is outside what "
                        + "the model takes (" + RangeText.allowed(Workload.MIN_TARGET, false, Workload.MAX_TARGET,
                                false) + ")");
            }
            target = 1.0; // the target plays no part in a max-throughput or at-concurrency point
        }
        SystemConfig s = calibration.apply(system(catalog, m));
        Workload w = new Workload(m.inputTokens(), m.outputTokens(), 1, 1.0, target);
        SystemResults r = ServingModel.evaluate(s, w);
        Optional<FrontierPoint> p = switch (m.point()) {
            case MAX_THROUGHPUT -> r.maxThroughput();
            case AT_INTERACTIVITY -> r.atTarget();
            case AT_CONCURRENCY -> r.fits()
                    ? Optional.of(ServingModel.sustained(s, w, Math.min(m.concurrency(),
                            ServingModel.maxBatch(s, r.memory()))))
                    : Optional.empty();
        };
        if (p.isEmpty()) {
            return new Row(m, Optional.empty(), r.verdict().isEmpty() ? "no frontier point" : r.verdict());
        }
        return new Row(m, Optional.of(metric(m, p.get())), "");
    }

    /** The throughput a measurement reports, read off a frontier point. */
    static double metric(Measurement m, FrontierPoint p) {
        return m.metricOrOutput() == Measurement.Metric.TOTAL ? p.totalTokensPerSecPerGpu()
                : p.outputTokensPerSecPerGpu();
    }

    /** The model's value for a reproducible point, fast where the point is max throughput (one batch, no sweep). */
    public static double predict(Catalog catalog, Measurement m, Calibration calibration) {
        SystemConfig s = calibration.apply(system(catalog, m));
        if (m.point() == Measurement.Point.MAX_THROUGHPUT) {
            Workload w = new Workload(m.inputTokens(), m.outputTokens(), 1, 1.0, 1);
            int batch = ServingModel.maxBatch(s, dev.ridgeline.serving.MemoryBudget.of(s, w));
            if (batch >= 1) {
                return metric(m, ServingModel.sustained(s, w, batch));
            }
        }
        return row(catalog, m, calibration).modeled().orElse(Double.NaN);
    }

    /** The system a measurement ran, at the model's defaults and the engine it names. */
    public static SystemConfig system(Catalog catalog, Measurement m) {
        EngineLimits engine = m.engine() != null && m.engine().toLowerCase().contains("vllm") ? EngineLimits.VLLM
                : EngineLimits.TRTLLM_BENCH;
        return SystemDefaults.of(m.id(), catalog.accelerator(m.accelerator()).orElseThrow(),
                catalog.model(m.model()).orElseThrow(), catalog.format(m.weightFormat()).orElseThrow(),
                catalog.format(m.kvFormat()).orElseThrow(), m.parallelism().resolve(), engine);
    }

    /** Per group, then "all", over the rows the model placed. */
    public static List<Summary> summaries(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.modeled().isPresent()) {
                groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<Summary> out = new ArrayList<>();
        groups.forEach((g, rs) -> out.add(summary(g, rs)));
        out.add(summary("all", rows.stream().filter(r -> r.modeled().isPresent()).toList()));
        return out;
    }

    static Summary summary(String group, List<Row> rows) {
        double mape = rows.stream().mapToDouble(r -> r.absolutePercentError().orElseThrow()).average().orElse(0);
        // the ratio furthest from 1 either way (0.5 and 2 are equally bad)
        double worst = rows.stream().mapToDouble(r -> r.ratio().orElseThrow())
                .reduce(1, (a, b) -> Math.abs(Math.log(b)) > Math.abs(Math.log(a)) ? b : a);
        return new Summary(group, rows.size(), mape, worst);
    }
}
