package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.ParallelismSpec;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.validation.Closest;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RangeText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One imported point while it is read: the values found so far, by the CSV column names of
 * {@link BenchmarkImport#COLUMNS}, and every problem, each placed by {@code path} (a field name → where it sits in
 * the file: {@code row 3.gpus} in a CSV, {@code median_tpot_ms} in a vLLM result).
 */
final class PointDraft {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Function<String, String> path;
    private final List<Problem> problems;

    String accelerator;
    String model;
    String weightFormat;
    String kvFormat;
    Integer gpus;
    Integer tp;
    Integer ep;
    Integer dp;
    Integer inputTokens;
    Integer outputTokens;
    Measurement.Point point;
    Double perUser;
    Double tpotMs;
    Double ttftMs;
    /** Requests in flight over all {@link #gpus}, as the client held them. */
    Integer concurrency;
    Double outputPerGpu;
    Double totalPerGpu;
    String engine;
    String engineVersion;
    String date;
    String id;
    String source;
    String notes;
    String scenario;

    PointDraft(Function<String, String> path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    String path(String field) {
        return path.apply(field);
    }

    void problem(String field, String message) {
        problems.add(new Problem(path(field), message));
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    /** A whole number in [min, max]; null (and a problem) when the text is not one, null when blank. */
    Integer whole(String field, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        String allowed = "must be a whole number " + RangeText.allowed(min, false,
                max == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : max, false);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problem(field, allowed + ", was \"" + t + "\"");
            return null;
        }
        if (!Double.isFinite(v) || v != Math.rint(v) || v < min || v > max) {
            problem(field, allowed + ", was \"" + t + "\"");
            return null;
        }
        return (int) v;
    }

    /** A finite number &gt; 0; null (and a problem) when the text is not one, null when blank. */
    Double positive(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problem(field, "must be a number > 0, was \"" + t + "\"");
            return null;
        }
        if (!Double.isFinite(v) || v <= 0) {
            problem(field, "must be a number > 0, was \"" + t + "\"");
            return null;
        }
        return v;
    }

    /** max-throughput, at-interactivity or at-concurrency (case, dashes and underscores aside). */
    Measurement.Point point(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Measurement.Point p : Measurement.Point.values()) {
            if (name(p).equals(t)) {
                return p;
            }
        }
        List<String> names = List.of(Measurement.Point.values()).stream().map(PointDraft::name).toList();
        String hint = Closest.among(t, names);
        problem(field, "must be one of " + String.join(", ", names) + ", was \"" + raw.trim() + "\""
                + (hint == null ? "" : " (did you mean \"" + hint + "\"?)"));
        return null;
    }

    /** The CSV spelling of a point: max-throughput, at-interactivity, at-concurrency. */
    static String name(Measurement.Point p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        if (!DATE.matcher(t).matches()) {
            problem(field, "must be a date like 2025-06 or 2025-06-14, was \"" + t + "\"");
            return null;
        }
        return t;
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    // ---- the point as a whole ----------------------------------------------------------------------------------

    /**
     * Checks what a cell alone cannot (catalog ids, parallelism for the model, whole replicas, what the point
     * needs) and builds the measurement; empty when anything is wrong (the problems say what).
     */
    Optional<Measurement> build(Catalog catalog, String round) {
        int before = problems.size();
        LanguageModel m = null;
        if (accelerator != null && catalog.accelerator(accelerator).isEmpty()) {
            problem("accelerator", catalog.unknownAccelerator(accelerator));
        }
        if (model != null) {
            m = catalog.model(model).orElse(null);
            if (m == null) {
                problem("model", catalog.unknownModel(model));
            }
        }
        checkFormat(catalog, "weight_format", weightFormat, FormatUse.WEIGHTS);
        checkFormat(catalog, "kv_format", kvFormat, FormatUse.KV);
        Parallelism parallelism = null;
        if (tp != null) {
            parallelism = new Parallelism(tp, ep == null ? 1 : ep, dp == null ? 1 : dp);
            for (Problem p : parallelism.problems(m)) {
                String field = switch (p.path()) {
                    case "parallelism.ep" -> "ep";
                    case "parallelism.dp" -> "dp";
                    case "parallelism.tp" -> "tp";
                    default -> dp != null && dp > 1 ? "dp" : "tp";
                };
                problem(field, p.message());
            }
            if (gpus != null && gpus % parallelism.gpus() != 0) {
                problem("gpus", "must be a whole number of replicas of TP × DP = " + parallelism.gpus()
                        + " GPUs, was " + gpus);
            }
        }
        if (point == Measurement.Point.AT_INTERACTIVITY && perUser == null && tpotMs == null) {
            problem("tok_s_per_user", "required when point is at-interactivity (or give tpot_ms)");
        }
        if (point == Measurement.Point.AT_CONCURRENCY && concurrency == null) {
            problem("concurrency", "required when point is at-concurrency");
        }
        if (problems.size() > before || accelerator == null || model == null || weightFormat == null
                || kvFormat == null || gpus == null || parallelism == null || inputTokens == null
                || outputTokens == null || point == null || (outputPerGpu == null) == (totalPerGpu == null)) {
            return Optional.empty();
        }
        int replicas = gpus / parallelism.gpus();
        Integer perReplica = null;
        String note = notes;
        if (concurrency != null) {
            perReplica = Math.max(1, (int) Math.round(concurrency / (double) replicas));
            if (replicas > 1) {
                note = (note == null ? "" : note + " ") + "Concurrency " + concurrency + " over " + replicas
                        + " replicas: " + perReplica + " per replica.";
            }
        }
        Measurement.Metric metric = outputPerGpu != null ? Measurement.Metric.OUTPUT : Measurement.Metric.TOTAL;
        double perGpu = outputPerGpu != null ? outputPerGpu : totalPerGpu;
        return Optional.of(new Measurement(id, round, accelerator, gpus, model, weightFormat, kvFormat,
                scenario != null ? scenario : scenario(perReplica), perGpu * gpus, perGpu, perUser, tpotMs, ttftMs,
                engine, source, note, inputTokens, outputTokens, ParallelismSpec.of(parallelism), engineVersion,
                metric, point, perReplica, date, null));
    }

    private String scenario(Integer perReplica) {
        return switch (point) {
            case MAX_THROUGHPUT -> "Max throughput";
            case AT_INTERACTIVITY -> "At " + RangeText.number(perUser != null ? perUser
                    : Math.round(1000.0 / tpotMs * 10) / 10.0) + " tok/s/user";
            case AT_CONCURRENCY -> "At concurrency " + concurrency
                    + (perReplica != null && !perReplica.equals(concurrency) ? " (" + perReplica + " per replica)"
                            : "");
        };
    }

    private void checkFormat(Catalog catalog, String field, String id, FormatUse use) {
        if (id == null) {
            return;
        }
        List<String> allowed = catalog.formats(use).stream().map(NumberFormat::id).toList();
        Optional<NumberFormat> f = catalog.format(id);
        String kind = use == FormatUse.WEIGHTS ? "weight format" : "KV-cache format";
        if (f.isPresent() && f.get().use() == use) {
            return;
        }
        if (f.isPresent()) {
            problem(field, "\"" + id + "\" is a " + (use == FormatUse.WEIGHTS ? "KV-cache" : "weight")
                    + " format; " + field + " takes a " + kind + ": " + String.join(", ", allowed));
            return;
        }
        String hint = Closest.among(id, allowed);
        problem(field, "unknown " + kind + " \"" + id + "\"" + (hint != null ? " (did you mean \"" + hint + "\"?)"
                : "; one of " + String.join(", ", allowed)));
    }
}
