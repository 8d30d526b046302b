package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.Closest;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RangeText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Your own benchmarks as measured points, to check the model against and to calibrate it with. Three kinds of file
 * are read, told apart by their content (and a {@code .csv} extension):
 *
 * <ul>
 * <li><b>CSV</b> (RFC 4180: a header row naming the columns, comma-separated, fields with commas, quotes or line
 * breaks enclosed in double quotes and a quote inside one doubled). Header names are matched ignoring case, and
 * spaces, dashes and slashes count as underscores ("Output tok/s per GPU" is output_tok_s_per_gpu). The columns ({@link #COLUMNS}):
 * <table>
 * <caption>CSV columns</caption>
 * <tr><th>column</th><th>need</th><th>meaning</th></tr>
 * <tr><td>accelerator</td><td>required</td><td>catalog accelerator id: h100-sxm, h200-sxm, b200-hgx, mi300x, …</td></tr>
 * <tr><td>model</td><td>required</td><td>catalog model id: llama-3.1-8b, llama-3.3-70b, deepseek-v3, …</td></tr>
 * <tr><td>weight_format</td><td>required</td><td>bf16, fp8, fp8-block, mxfp8, nvfp4, mxfp4, int4-awq-g128</td></tr>
 * <tr><td>kv_format</td><td>required</td><td>bf16-kv, fp8-kv, nvfp4-kv</td></tr>
 * <tr><td>gpus</td><td>required</td><td>GPUs the throughput was measured on, all replicas: a multiple of tp × dp</td></tr>
 * <tr><td>tp</td><td>required</td><td>tensor-parallel degree per replica, 1–72</td></tr>
 * <tr><td>ep</td><td>optional</td><td>expert-parallel degree (MoE models), default 1</td></tr>
 * <tr><td>dp</td><td>optional</td><td>data-parallel attention groups per replica (MoE models), default 1</td></tr>
 * <tr><td>input_tokens</td><td>required</td><td>input (prompt) tokens per request (ISL)</td></tr>
 * <tr><td>output_tokens</td><td>required</td><td>output tokens per request (OSL)</td></tr>
 * <tr><td>point</td><td>optional</td><td>max-throughput (default), at-interactivity or at-concurrency</td></tr>
 * <tr><td>tok_s_per_user</td><td>at-interactivity</td><td>output tokens/s each user saw (or give tpot_ms)</td></tr>
 * <tr><td>tpot_ms</td><td>optional</td><td>median time per output token, ms (interactivity = 1000 ÷ it)</td></tr>
 * <tr><td>ttft_ms</td><td>optional</td><td>median time to first token, ms (kept, not fitted)</td></tr>
 * <tr><td>concurrency</td><td>at-concurrency</td><td>requests in flight over all gpus (the client's max
 * concurrency); the model runs concurrency ÷ replicas per replica</td></tr>
 * <tr><td>output_tok_s_per_gpu</td><td>one of the two</td><td>output tokens/s per GPU (whole run ÷ gpus)</td></tr>
 * <tr><td>total_tok_s_per_gpu</td><td>one of the two</td><td>input + output tokens/s per GPU</td></tr>
 * <tr><td>engine</td><td>optional</td><td>serving engine; a name containing "vLLM" gets vLLM's default caps
 * (1,024 sequences, 8,192 tokens per step), anything else TensorRT-LLM bench's</td></tr>
 * <tr><td>engine_version, date, id, source, notes</td><td>optional</td><td>kept with the point; date like 2025-06
 * or 2025-06-14; id unique (default: file name and row)</td></tr>
 * </table>
 * Exactly one of output_tok_s_per_gpu and total_tok_s_per_gpu per row. Rows are numbered as a spreadsheet shows
 * them: the header is row 1. Blank rows are skipped.</li>
 * <li><b>A {@code vllm bench serve --save-result} JSON</b> (one result object, or several one per line as
 * {@code --append-result} writes them): see {@link VllmBenchResult} for the fields read. The file does not record the
 * accelerator, the formats or the parallelism; they come from {@code --metadata KEY=VALUE} pairs saved in the file
 * (keys as the CSV's columns) or else from {@link ImportDefaults}.</li>
 * <li><b>Ridgeline's own measurement JSON</b> ({@code assets/reference/measurements.json}'s format), read by
 * {@link MeasurementFiles} as it is, its rounds kept.</li>
 * </ul>
 *
 * <p>Imported CSV and vLLM points belong to the round {@value #ROUND}, so they group apart from the published ones;
 * each carries an id (given, or the file name and row), and its source is the file name and row. Every problem in a
 * file is reported at once, each naming its row and column (an {@link InvalidInputException} with one
 * {@link Problem} per cell, path {@code row 3.gpus}); a file with any bad row imports nothing.
 */
public final class BenchmarkImport {
    /** The round (group) every imported CSV or vLLM point belongs to. */
    public static final String ROUND = "Your benchmarks";
    /** Files larger than this are refused before reading (a detailed vLLM result of many prompts is a few MiB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Whether a CSV must have a column. */
    public enum Need {
        REQUIRED, ONE_OF_THROUGHPUTS, WHEN_POINT_NEEDS_IT, OPTIONAL
    }

    /** One CSV column: its header name, whether it is needed, and what it holds. */
    public record Column(String name, Need need, String meaning) {
    }

    /** The CSV columns, in the order {@link #toCsv} writes them. */
    public static final List<Column> COLUMNS = List.of(
            new Column("accelerator", Need.REQUIRED, "catalog accelerator id, e.g. h100-sxm, b200-hgx, mi300x"),
            new Column("model", Need.REQUIRED, "catalog model id, e.g. llama-3.3-70b, deepseek-v3"),
            new Column("weight_format", Need.REQUIRED, "weight format id: bf16, fp8, fp8-block, mxfp8, nvfp4, mxfp4, "
                    + "int4-awq-g128"),
            new Column("kv_format", Need.REQUIRED, "KV-cache format id: bf16-kv, fp8-kv, nvfp4-kv"),
            new Column("gpus", Need.REQUIRED, "GPUs the throughput was measured on (all replicas), a multiple of "
                    + "tp × dp"),
            new Column("tp", Need.REQUIRED, "tensor-parallel degree per replica, 1–72"),
            new Column("ep", Need.OPTIONAL, "expert-parallel degree (MoE models), default 1"),
            new Column("dp", Need.OPTIONAL, "data-parallel attention groups per replica (MoE models), default 1"),
            new Column("input_tokens", Need.REQUIRED, "input (prompt) tokens per request"),
            new Column("output_tokens", Need.REQUIRED, "output tokens per request"),
            new Column("point", Need.OPTIONAL, "max-throughput (default), at-interactivity or at-concurrency"),
            new Column("tok_s_per_user", Need.WHEN_POINT_NEEDS_IT, "output tokens/s per user; at-interactivity "
                    + "needs it or tpot_ms"),
            new Column("tpot_ms", Need.OPTIONAL, "median time per output token, ms (interactivity = 1000 ÷ it)"),
            new Column("ttft_ms", Need.OPTIONAL, "median time to first token, ms (kept, not fitted)"),
            new Column("concurrency", Need.WHEN_POINT_NEEDS_IT, "requests in flight over all gpus; at-concurrency "
                    + "needs it"),
            new Column("output_tok_s_per_gpu", Need.ONE_OF_THROUGHPUTS, "output tokens/s per GPU"),
            new Column("total_tok_s_per_gpu", Need.ONE_OF_THROUGHPUTS, "input + output tokens/s per GPU"),
            new Column("engine", Need.OPTIONAL, "serving engine; a name containing vLLM gets vLLM's default caps"),
            new Column("engine_version", Need.OPTIONAL, "engine version"),
            new Column("date", Need.OPTIONAL, "when measured, e.g. 2025-06 or 2025-06-14"),
            new Column("id", Need.OPTIONAL, "unique id (default: file name and row)"),
            new Column("source", Need.OPTIONAL, "where the figure comes from"),
            new Column("notes", Need.OPTIONAL, "anything else"));

    private static final Set<String> NAMES = COLUMNS.stream().map(Column::name)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));

    /** The kinds of file read. */
    public enum Format {
        CSV, VLLM_BENCH_SERVE, MEASUREMENTS
    }

    private BenchmarkImport() {
    }

    /** The points of a CSV, vLLM result or measurement file; a vLLM result must carry its system itself. */
    public static List<Measurement> read(Path file, Catalog catalog) {
        return read(file, catalog, ImportDefaults.NONE);
    }

    /**
     * The points of a CSV, vLLM result or measurement file, all or none.
     *
     * @param defaults what a vLLM result does not record (accelerator, formats, parallelism, model)
     * @throws InvalidInputException naming every problem, by row and column
     */
    public static List<Measurement> read(Path file, Catalog catalog, ImportDefaults defaults) {
        String name = name(file);
        byte[] bytes = bytes(file, name);
        return switch (format(file, bytes)) {
            case MEASUREMENTS -> MeasurementFiles.read(file, catalog);
            case VLLM_BENCH_SERVE -> VllmBenchResult.read(bytes, name, catalog, defaults);
            case CSV -> csv(text(bytes, name), name, catalog);
        };
    }

    /** Which kind of file this is, by its content (a {@code .csv} name is always CSV). */
    public static Format detect(Path file) {
        return format(file, bytes(file, name(file)));
    }

    static Format format(Path file, byte[] bytes) {
        String lower = name(file).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        String trimmed = head.replace("\uFEFF", "").stripLeading();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return Format.CSV;
        }
        // the measurement format's first key is schemaVersion, then "measurements"; vLLM's result has neither
        return head.contains("\"measurements\"") && !head.contains("\"output_throughput\"") ? Format.MEASUREMENTS
                : Format.VLLM_BENCH_SERVE;
    }

    /** Points as a CSV with every column of {@link #COLUMNS}: what {@link #read} reads back. */
    public static String toCsv(List<Measurement> points) {
        StringBuilder out = new StringBuilder(CsvTable.line(List.copyOf(NAMES)));
        for (Measurement m : points) {
            var p = m.parallelism() == null ? null : m.parallelism().resolve();
            int replicas = p == null ? 1 : Math.max(1, m.gpus() / p.gpus());
            Map<String, String> row = new HashMap<>();
            row.put("accelerator", m.accelerator());
            row.put("model", m.model());
            row.put("weight_format", m.weightFormat());
            row.put("kv_format", m.kvFormat());
            row.put("gpus", Integer.toString(m.gpus()));
            if (p != null) {
                row.put("tp", Integer.toString(p.tp()));
                row.put("ep", p.ep() == 1 ? "" : Integer.toString(p.ep()));
                row.put("dp", p.dp() == 1 ? "" : Integer.toString(p.dp()));
            }
            row.put("input_tokens", m.inputTokens() == null ? "" : m.inputTokens().toString());
            row.put("output_tokens", m.outputTokens() == null ? "" : m.outputTokens().toString());
            row.put("point", m.point() == null ? "" : PointDraft.name(m.point()));
            row.put("tok_s_per_user", number(m.interactivityTokensPerSecPerUser()));
            row.put("tpot_ms", number(m.tpotP50Ms()));
            row.put("ttft_ms", number(m.ttftP50Ms()));
            row.put("concurrency", m.concurrency() == null ? "" : Integer.toString(m.concurrency() * replicas));
            row.put(m.metricOrOutput() == Measurement.Metric.TOTAL ? "total_tok_s_per_gpu" : "output_tok_s_per_gpu",
                    number(m.tokensPerSecPerGpu()));
            row.put("engine", m.engine());
            row.put("engine_version", m.engineVersion());
            row.put("date", m.date());
            row.put("id", m.id());
            row.put("source", m.source());
            row.put("notes", m.notes());
            out.append(CsvTable.line(NAMES.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        return out.toString();
    }

    private static String number(Double v) {
        return v == null ? "" : RangeText.number(v);
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    static List<Measurement> csv(String text, String name, Catalog catalog) {
        List<CsvTable.Row> rows;
        try {
            rows = CsvTable.parse(text);
        } catch (CsvTable.MalformedException e) {
            List<CsvTable.Row> before = e.before();
            List<String> header = before.isEmpty() ? List.of() : before.get(0).fields();
            String column = e.row() > 1 && e.column() <= header.size() ? "." + normalise(header.get(e.column() - 1))
                    : "";
            throw new InvalidInputException(name, List.of(new Problem("row " + e.row() + column, e.getMessage())));
        }
        rows = rows.stream().filter(r -> r.number() == 1 || !r.blank()).toList();
        if (rows.isEmpty() || rows.get(0).blank()) {
            throw new InvalidInputException(name, List.of(new Problem("row 1", "must be the header, naming the "
                    + "columns: " + requiredColumns() + " (and optional ones)")));
        }
        List<String> header = rows.get(0).fields().stream().map(BenchmarkImport::normalise).toList();
        List<Problem> problems = checkHeader(rows.get(0).fields(), header);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        if (rows.size() == 1) {
            throw new InvalidInputException(name, List.of(new Problem("row 2", "no points: the file has a header "
                    + "and no rows below it")));
        }
        String stem = stem(name);
        List<Measurement> out = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        Set<String> builtIn = catalog.measurements().stream().map(Measurement::id).collect(Collectors.toSet());
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            int n = row.number();
            List<String> fields = row.fields();
            if (fields.size() > header.size() && fields.subList(header.size(), fields.size()).stream()
                    .anyMatch(f -> !f.isBlank())) {
                problems.add(new Problem("row " + n, "has " + fields.size() + " fields, the header names "
                        + header.size() + " columns (a comma inside a value needs the value in double quotes)"));
                continue;
            }
            if (fields.size() < header.size()) {
                problems.add(new Problem("row " + n, "has " + fields.size() + " fields, the header names "
                        + header.size() + " columns (leave a value empty with nothing between two commas)"));
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cell.put(header.get(c), fields.get(c));
            }
            int first = problems.size();
            PointDraft d = new PointDraft(column -> "row " + n + "." + column, problems);
            for (Column c : COLUMNS) {
                if (c.need() == Need.REQUIRED && (cell.get(c.name()) == null || cell.get(c.name()).isBlank())) {
                    d.problem(c.name(), "required, was empty");
                }
            }
            d.accelerator = PointDraft.text(cell.get("accelerator"));
            d.model = PointDraft.text(cell.get("model"));
            d.weightFormat = PointDraft.text(cell.get("weight_format"));
            d.kvFormat = PointDraft.text(cell.get("kv_format"));
            d.gpus = d.whole("gpus", cell.get("gpus"), 1, Integer.MAX_VALUE);
            d.tp = d.whole("tp", cell.get("tp"), 1, 72);
            d.ep = d.whole("ep", cell.get("ep"), 1, 72);
            d.dp = d.whole("dp", cell.get("dp"), 1, 72);
            d.inputTokens = d.whole("input_tokens", cell.get("input_tokens"), 1, 10_000_000);
            d.outputTokens = d.whole("output_tokens", cell.get("output_tokens"), 1, 10_000_000);
            String pointText = cell.get("point");
            d.point = pointText == null || pointText.isBlank() ? Measurement.Point.MAX_THROUGHPUT
                    : d.point("point", pointText);
            d.perUser = d.positive("tok_s_per_user", cell.get("tok_s_per_user"));
            d.tpotMs = d.positive("tpot_ms", cell.get("tpot_ms"));
            d.ttftMs = d.positive("ttft_ms", cell.get("ttft_ms"));
            d.concurrency = d.whole("concurrency", cell.get("concurrency"), 1, Integer.MAX_VALUE);
            String output = cell.get("output_tok_s_per_gpu");
            String total = cell.get("total_tok_s_per_gpu");
            boolean hasOutput = output != null && !output.isBlank();
            boolean hasTotal = total != null && !total.isBlank();
            if (hasOutput && hasTotal) {
                d.problem("total_tok_s_per_gpu", "give one of output_tok_s_per_gpu and total_tok_s_per_gpu, not "
                        + "both (was " + output.trim() + " and " + total.trim() + ")");
            } else if (!hasOutput && !hasTotal) {
                d.problem(header.contains("output_tok_s_per_gpu") ? "output_tok_s_per_gpu" : "total_tok_s_per_gpu",
                        "required (or " + (header.contains("output_tok_s_per_gpu") ? "total_tok_s_per_gpu"
                                : "output_tok_s_per_gpu") + "), was empty");
            } else {
                d.outputPerGpu = d.positive("output_tok_s_per_gpu", output);
                d.totalPerGpu = d.positive("total_tok_s_per_gpu", total);
            }
            d.engine = PointDraft.text(cell.get("engine"));
            d.engineVersion = PointDraft.text(cell.get("engine_version"));
            d.date = d.date("date", cell.get("date"));
            d.notes = PointDraft.text(cell.get("notes"));
            String given = PointDraft.text(cell.get("id"));
            d.id = given != null ? given : stem + "-row-" + n;
            if (ids.containsKey(d.id)) {
                d.problem("id", "\"" + d.id + "\" is also row " + ids.get(d.id) + "'s id; ids must be unique");
            } else if (builtIn.contains(d.id)) {
                d.problem("id", "\"" + d.id + "\" is a built-in point's id; choose another");
            }
            ids.putIfAbsent(d.id, n);
            String source = PointDraft.text(cell.get("source"));
            d.source = name + ", row " + n + (source == null ? "" : ": " + source);
            d.build(catalog, ROUND).ifPresent(out::add);
            // a row's problems in the order of its columns, as the eye reads the row
            problems.subList(first, problems.size()).sort(java.util.Comparator.comparingInt(p -> {
                int at = header.indexOf(p.path().substring(p.path().indexOf('.') + 1));
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        return List.copyOf(out);
    }

    private static List<Problem> checkHeader(List<String> raw, List<String> header) {
        List<Problem> problems = new ArrayList<>();
        if (raw.size() == 1 && raw.get(0).contains(";")) {
            return List.of(new Problem("row 1", "the columns seem to be separated by semicolons; save the file "
                    + "with commas (RFC 4180 CSV)"));
        }
        if (raw.size() == 1 && raw.get(0).contains("\t")) {
            return List.of(new Problem("row 1", "the columns seem to be separated by tabs; save the file with "
                    + "commas (RFC 4180 CSV)"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            String where = "row 1." + (h.isEmpty() ? "column " + (c + 1) : h);
            if (h.isEmpty()) {
                problems.add(new Problem(where, "has no name; name it or delete the column"));
            } else if (!NAMES.contains(h)) {
                String hint = Closest.among(h, NAMES);
                problems.add(new Problem(where, "unknown column \"" + raw.get(c).trim() + "\""
                        + (hint == null ? "; the columns are " + String.join(", ", NAMES)
                                : " (did you mean \"" + hint + "\"?)")));
            } else if (seen.containsKey(h)) {
                problems.add(new Problem(where, "\"" + h + "\" is also column " + (seen.get(h) + 1)));
            }
            seen.putIfAbsent(h, c);
        }
        for (Column col : COLUMNS) {
            if (col.need() == Need.REQUIRED && !seen.containsKey(col.name())) {
                problems.add(new Problem("row 1." + col.name(), "missing: a required column (" + col.meaning()
                        + ")"));
            }
        }
        if (!seen.containsKey("output_tok_s_per_gpu") && !seen.containsKey("total_tok_s_per_gpu")) {
            problems.add(new Problem("row 1.output_tok_s_per_gpu", "missing: a required column (or "
                    + "total_tok_s_per_gpu), the measured throughput per GPU"));
        }
        return problems;
    }

    private static String requiredColumns() {
        return COLUMNS.stream().filter(c -> c.need() == Need.REQUIRED).map(Column::name)
                .collect(Collectors.joining(", ")) + ", output_tok_s_per_gpu or total_tok_s_per_gpu";
    }

    /** "Input Tokens", "input-tokens", " input_tokens " all name input_tokens; "Output tok/s per GPU" too. */
    static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/]+", "_");
    }

    // ---- files -------------------------------------------------------------------------------------------------

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The file name without its extension, as ids begin. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static byte[] bytes(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(name, List.of(new Problem("", "file is " + size / 1024 / 1024
                        + " MiB; files over " + MAX_BYTES / 1024 / 1024 + " MiB are refused")));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "no such file: " + file)));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "cannot be read: " + e.getMessage())));
        }
    }

    private static String text(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "is not UTF-8 text; save the CSV as "
                    + "UTF-8")));
        }
    }
}
