package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every measured point in assets/reference against the model at its defaults, with the error per group. */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = "Recompute every published measurement the catalog holds (MLPerf, InferenceMAX, TensorRT-LLM "
                + "perf-overview) with the model's defaults: measured, modeled, modeled ÷ measured, and the mean "
                + "absolute percentage error per group and overall. Points that lack what the model needs are "
                + "listed with the reason and not scored.")
final class FidelityCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON: {\"rows\": [...], \"summaries\": [...]}.")
        boolean json;

        @Option(names = "--markdown", description = "Print Markdown tables (the README's fidelity table).")
        boolean markdown;
    }

    @Option(names = "--profile", paramLabel = "P", description = "A calibration profile (from `ridgeline calibrate "
            + "--out`) to apply instead of the defaults; its error on its own points is in-sample.")
    Path profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        Calibration calibration = Calibration.NONE;
        if (profile != null) {
            try {
                calibration = CalibrationProfile.read(profile).calibration();
            } catch (InvalidInputException | java.io.UncheckedIOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
        List<Fidelity.Row> rows = Fidelity.rows(catalog, catalog.measurements(), calibration);
        List<Fidelity.Summary> summaries = Fidelity.summaries(rows);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.print(JsonDocuments.write(json(rows, summaries)));
        } else if (format.markdown) {
            out.print(markdown(rows, summaries));
        } else {
            out.print((profile == null ? "Measured serving against the model at its defaults (uncalibrated)\n"
                    : "Measured serving against the model calibrated by " + profile + "\n") + text(rows, summaries));
        }
        out.flush();
        return 0;
    }

    private static String lengths(Measurement m) {
        return m.inputTokens() == null || m.outputTokens() == null ? null : m.inputTokens() + "/" + m.outputTokens();
    }

    private static String system(Measurement m) {
        String parallel = m.parallelism() == null ? "" : " " + m.parallelism().resolve();
        return m.accelerator() + parallel + " · " + m.model() + " · " + (m.weightFormat() == null ? "?"
                : m.weightFormat());
    }

    static String text(List<Fidelity.Row> rows, List<Fidelity.Summary> summaries) {
        TextTable t = new TextTable("point", "system", "ISL/OSL", "metric", "measured tok/s/GPU",
                "modeled tok/s/GPU", "modeled ÷ measured").numeric(4, 5, 6);
        StringBuilder skipped = new StringBuilder();
        for (Fidelity.Row r : rows) {
            Measurement m = r.measurement();
            if (r.modeled().isEmpty()) {
                skipped.append("  ").append(m.id()).append(": ").append(r.why()).append('\n');
                continue;
            }
            t.row(m.id(), system(m), lengths(m), metric(m), Numbers.fixed(r.measured(), 0),
                    Numbers.fixed(r.modeled().get(), 0), Numbers.fixed(r.ratio().get(), 2) + "×");
        }
        return t.render() + "\n"
                + summaryTable(summaries).render()
                + (skipped.length() == 0 ? "" : "\nshown, not scored (the model cannot recompute them yet):\n"
                        + skipped);
    }

    private static String metric(Measurement m) {
        String tokens = m.metricOrOutput() == Measurement.Metric.TOTAL ? "total" : "output";
        String where = m.point() == Measurement.Point.MAX_THROUGHPUT ? "max throughput"
                : m.point() == Measurement.Point.AT_CONCURRENCY ? "at concurrency " + m.concurrency()
                        : "at " + Numbers.fixed(m.interactivity().orElse(0.0), 0) + " tok/s/user";
        return tokens + ", " + where;
    }

    private static TextTable summaryTable(List<Fidelity.Summary> summaries) {
        TextTable s = new TextTable("group", "points", "MAPE", "worst").numeric(1, 2, 3);
        summaries.forEach(x -> s.row(x.group(), x.points(), Numbers.fixed(x.mapePercent(), 1) + " %",
                Numbers.fixed(x.worstRatio(), 2) + "×"));
        return s;
    }

    static String markdown(List<Fidelity.Row> rows, List<Fidelity.Summary> summaries) {
        StringBuilder md = new StringBuilder("| point | system | ISL/OSL | metric | measured tok/s/GPU | modeled "
                + "tok/s/GPU | modeled ÷ measured |\n|---|---|---|---|---:|---:|---:|\n");
        for (Fidelity.Row r : rows) {
            Measurement m = r.measurement();
            if (r.modeled().isPresent()) {
                md.append(String.format("| %s | %s | %s | %s | %s | %s | %s× |%n", m.id(), system(m), lengths(m),
                        metric(m), Numbers.fixed(r.measured(), 0), Numbers.fixed(r.modeled().get(), 0),
                        Numbers.fixed(r.ratio().get(), 2)));
            }
        }
        md.append("\n| group | points | MAPE | worst |\n|---|---:|---:|---:|\n");
        summaries.forEach(x -> md.append(String.format("| %s | %d | %s %% | %s× |%n", x.group(), x.points(),
                Numbers.fixed(x.mapePercent(), 1), Numbers.fixed(x.worstRatio(), 2))));
        long skipped = rows.stream().filter(r -> r.modeled().isEmpty()).count();
        md.append(String.format("%n%d further points are shown but not scored: `ridgeline fidelity` lists each "
                + "with its reason.%n", skipped));
        return md.toString();
    }

    static ObjectNode json(List<Fidelity.Row> rows, List<Fidelity.Summary> summaries) {
        ObjectNode root = JsonDocuments.mapper().createObjectNode();
        ArrayNode out = root.putArray("rows");
        for (Fidelity.Row r : rows) {
            ObjectNode o = out.addObject();
            o.put("id", r.measurement().id());
            o.put("group", r.group());
            o.put("measuredTokensPerSecPerGpu", r.measured());
            if (r.modeled().isPresent()) {
                o.put("modeledTokensPerSecPerGpu", r.modeled().get());
                o.put("ratio", r.ratio().get());
            } else {
                o.putNull("modeledTokensPerSecPerGpu");
                o.put("notScoredBecause", r.why());
            }
        }
        ArrayNode s = root.putArray("summaries");
        summaries.forEach(x -> {
            ObjectNode o = s.addObject();
            o.put("group", x.group());
            o.put("points", x.points());
            o.put("mapePercent", x.mapePercent());
            o.put("worstRatio", x.worstRatio());
        });
        return root;
    }
}
