package dev.ridgeline.cli;

import dev.ridgeline.calibration.BenchmarkImport;
import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.CrossValidation;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.Fitter;
import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fits the step model's efficiencies and overheads to measured points and reports the cross-validated error. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the model's efficiencies (per accelerator family and precision) and host overheads to "
                + "the measured points by least squares in log space; report which parameters the points pin down, "
                + "the in-sample and the leave-one-out cross-validated error, and optionally write the profile.")
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--points", paramLabel = "FILE", arity = "1..*",
            description = "Your benchmarks to fit besides the built-in points, each picked by its content: a CSV "
                    + "(columns: accelerator, model, weight_format, kv_format, gpus, tp, input_tokens, output_tokens, "
                    + "output_tok_s_per_gpu or total_tok_s_per_gpu; optional ep, dp, point, tok_s_per_user, tpot_ms, "
                    + "ttft_ms, concurrency, engine, engine_version, date, id, source, notes), a `vllm bench serve "
                    + "--save-result` JSON, or a measurement file in assets/reference's format. A file with any bad "
                    + "row imports nothing.")
    List<Path> points = new ArrayList<>();

    @Option(names = "--accelerator", paramLabel = "ID",
            description = "For vLLM results that do not record it: the catalog accelerator (e.g. h100-sxm).")
    String accelerator;

    @Option(names = "--model", paramLabel = "ID", description = "For vLLM results: the catalog model (default: "
            + "from the result's model_id, e.g. meta-llama/Llama-3.3-70B-Instruct → llama-3.3-70b).")
    String model;

    @Option(names = "--weight-format", paramLabel = "ID",
            description = "For vLLM results: the weight format (bf16, fp8, fp8-block, mxfp8, nvfp4, mxfp4, "
                    + "int4-awq-g128).")
    String weightFormat;

    @Option(names = "--kv-format", paramLabel = "ID",
            description = "For vLLM results: the KV-cache format (bf16-kv, fp8-kv, nvfp4-kv).")
    String kvFormat;

    @Option(names = "--gpus", paramLabel = "N",
            description = "For vLLM results: GPUs behind the endpoint (default TP × DP, one replica).")
    Integer gpus;

    @Option(names = "--tp", paramLabel = "N",
            description = "For vLLM results: tensor-parallel degree per replica (default: all GPUs).")
    Integer tp;

    @Option(names = "--ep", paramLabel = "N", description = "For vLLM results: expert-parallel degree (MoE).")
    Integer ep;

    @Option(names = "--dp", paramLabel = "N",
            description = "For vLLM results: data-parallel attention groups per replica (MoE).")
    Integer dp;

    @Option(names = "--only", description = "Fit the given files' points alone, not the built-in ones too.")
    boolean only;

    @Option(names = "--out", paramLabel = "PROFILE", description = "Write the calibration profile (JSON) here.")
    Path out;

    @Option(names = "--markdown", description = "Print the README's calibration tables (parameters, and every point "
            + "predicted with and without itself) instead of the report.")
    boolean markdown;

    @Option(names = "--name", description = "The profile's name (default: what it was fitted to).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        PrintWriter err = spec.commandLine().getErr();
        List<Measurement> all = new ArrayList<>(only ? List.of() : catalog.measurements());
        List<Measurement> imported = new ArrayList<>();
        ImportDefaults defaults = new ImportDefaults(accelerator, model, weightFormat, kvFormat, gpus, tp, ep, dp);
        boolean failed = false;
        // every file is read, so one run reports every bad file; any problem and nothing is fitted
        Map<String, Path> ids = new LinkedHashMap<>();
        all.forEach(m -> ids.put(m.id(), null));
        for (Path p : points) {
            try {
                for (Measurement m : BenchmarkImport.read(p, catalog, defaults)) {
                    if (ids.containsKey(m.id())) {
                        Path first = ids.get(m.id());
                        err.println(p.getFileName() + ": point id \"" + m.id() + "\" is also "
                                + (first == null ? "a built-in point's" : "in " + first.getFileName()) + "; ids must be "
                                + "unique (set the id column, or --metadata id=… for a vLLM result)");
                        failed = true;
                    }
                    ids.putIfAbsent(m.id(), p);
                    imported.add(m);
                }
            } catch (InvalidInputException e) {
                err.println(e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        // a point the model cannot place (a system that does not fit, a target it cannot reach) has no residual
        for (Measurement m : imported) {
            if (!m.reproducible()) {
                all.add(m);
                continue;
            }
            Fidelity.Row row = Fidelity.row(catalog, m);
            if (row.modeled().isPresent()) {
                all.add(m);
            } else {
                o.println("not fitted: " + m.id() + " (" + m.source() + "): the model cannot place it: " + row.why());
            }
        }
        if (all.stream().noneMatch(Measurement::reproducible)) {
            spec.commandLine().getErr().println("no point carries what the model needs (ISL/OSL, parallelism, "
                    + "formats, frontier point): nothing to fit");
            return 1;
        }
        // one fit alone, timed: what a refit after an import costs (the profile below adds one fit per point for CV)
        long fitStart = System.nanoTime();
        Fitter.fit(catalog, all);
        double fitSeconds = (System.nanoTime() - fitStart) / 1e9;
        long start = System.nanoTime();
        CalibrationProfile profile = CalibrationProfile.fit(name != null ? name
                : (only ? "" : "built-in measurements") + (points.isEmpty() ? "" : (only ? "" : " + ") + points),
                catalog, all, LocalDate.now());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (markdown) {
            o.print(markdown(catalog, profile, all));
            o.flush();
            return 0;
        }
        o.print(report(profile, seconds));
        o.printf("one fit of the %d points: %.2f s%n", profile.points().size(), fitSeconds);
        o.print(groups(catalog, profile, all.stream().filter(Measurement::reproducible).toList()));
        if (out != null) {
            try {
                profile.write(out);
                o.println("wrote " + out);
            } catch (IOException e) {
                spec.commandLine().getErr().println("cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
        o.flush();
        return 0;
    }

    /** The parameters, then each point: measured, calibrated (in-sample) and held out (fitted without it). */
    static String markdown(Catalog catalog, CalibrationProfile p, List<Measurement> points) {
        StringBuilder md = new StringBuilder("| parameter | what | default | calibrated |\n|---|---|---:|---|\n");
        for (CalibrationProfile.Value v : p.parameters()) {
            md.append(String.format("| `%s` | %s | %s | %s |%n", v.key(), v.description(),
                    Numbers.fixed(v.defaultValue(), 3), v.fitted() ? Numbers.fixed(v.value(), 3) : v.note()));
        }
        CrossValidation.Result cv = CrossValidation.leaveOneOut(catalog, points);
        md.append("\n| point | measured tok/s/GPU | calibrated | held out (fitted without it) | held out ÷ measured |\n"
                + "|---|---:|---:|---:|---:|\n");
        Calibration all = p.calibration();
        for (CrossValidation.HeldOut h : cv.points()) {
            md.append(String.format("| %s | %s | %s | %s | %s× |%n", h.point().id(),
                    Numbers.fixed(h.point().tokensPerSecPerGpu(), 0),
                    Numbers.fixed(Fidelity.predict(catalog, h.point(), all), 0), Numbers.fixed(h.predicted(), 0),
                    Numbers.fixed(h.ratio(), 2)));
        }
        md.append(String.format("%n%d points: in-sample MAPE %.1f %%, **leave-one-out cross-validated MAPE %.1f %%**, "
                + "worst held-out %.2f×.%n", cv.points().size(), p.inSampleMapePercent(), cv.mapePercent(),
                cv.worstRatio()));
        return md.toString();
    }

    static String report(CalibrationProfile p, double seconds) {
        TextTable t = new TextTable("parameter", "what", "default", "calibrated", "").numeric(2, 3);
        for (CalibrationProfile.Value v : p.parameters()) {
            t.row(v.key(), v.description(), Numbers.fixed(v.defaultValue(), 3),
                    v.fitted() ? Numbers.fixed(v.value(), 3) : "(default)", v.note() == null ? "fitted" : v.note());
        }
        return String.format("Calibration on %d points (%s)%n%n", p.points().size(), p.method()) + t.render()
                + String.format("%nin-sample MAPE %.1f %%; leave-one-out cross-validated MAPE %.1f %%, worst held-out "
                        + "modeled ÷ measured %.2f×; fit and cross-validation (one fit per point) took %.2f s%n",
                        p.inSampleMapePercent(),
                        p.crossValidatedMapePercent(), p.crossValidatedWorstRatio(), seconds);
    }

    /**
     * The fitted points by group with the calibrated model's in-sample error, then each of your own points
     * (group "Your benchmarks") against the calibrated model.
     */
    static String groups(Catalog catalog, CalibrationProfile profile, List<Measurement> fitted) {
        List<Fidelity.Row> rows = Fidelity.rows(catalog, fitted, profile.calibration());
        StringBuilder out = new StringBuilder(String.format("%nThe calibrated model on the points it was fitted to "
                + "(in-sample), by group:%n"));
        TextTable groups = new TextTable("group", "points", "MAPE", "worst").numeric(1, 2, 3);
        Fidelity.summaries(rows).forEach(s -> groups.row(s.group(), s.points(), Numbers.fixed(s.mapePercent(), 1)
                + " %", Numbers.fixed(s.worstRatio(), 2) + "×"));
        out.append(groups.render());
        List<Fidelity.Row> yours = rows.stream().filter(r -> BenchmarkImport.ROUND.equals(r.group())).toList();
        if (!yours.isEmpty()) {
            out.append(String.format("%n%s (%d points), calibrated model against measured:%n", BenchmarkImport.ROUND,
                    yours.size()));
            TextTable t = new TextTable("point", "system", "ISL/OSL", "where", "measured tok/s/GPU",
                    "calibrated tok/s/GPU", "calibrated ÷ measured", "source").numeric(4, 5, 6);
            for (Fidelity.Row r : yours) {
                Measurement m = r.measurement();
                t.row(m.id(), m.accelerator() + " " + m.parallelism().resolve() + " · " + m.model() + " · "
                        + m.weightFormat() + "/" + m.kvFormat(), m.inputTokens() + "/" + m.outputTokens(),
                        where(m), Numbers.fixed(r.measured(), 0), r.modeled().map(v -> Numbers.fixed(v, 0))
                                .orElse("–"), r.ratio().map(v -> Numbers.fixed(v, 2) + "×").orElse(r.why()),
                        m.source());
            }
            out.append(t.render());
        }
        return out.toString();
    }

    private static String where(Measurement m) {
        String tokens = m.metricOrOutput() == Measurement.Metric.TOTAL ? "total" : "output";
        return tokens + ", " + switch (m.point()) {
            case MAX_THROUGHPUT -> "max throughput";
            case AT_CONCURRENCY -> "concurrency " + m.concurrency() + " per replica";
            case AT_INTERACTIVITY -> "at " + Numbers.fixed(m.interactivity().orElse(0.0), 0) + " tok/s/user";
        };
    }
}
