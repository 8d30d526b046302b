package dev.ridgeline.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RangeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code vllm bench serve --save-result} file as measured points: one result object, or several one per line as
 * {@code --append-result} writes them. The keys are those vLLM's {@code vllm/benchmarks/serve.py} saves
 * (vllm-project/vllm; {@code benchmark()}'s result dict merged into {@code main_async}'s {@code result_json}), see
 * also <a href="https://docs.vllm.ai/en/latest/cli/bench/serve/">docs.vllm.ai/en/latest/cli/bench/serve</a>:
 *
 * <table>
 * <caption>Fields read</caption>
 * <tr><th>key</th><th>use</th></tr>
 * <tr><td>completed</td><td>requests that finished; ISL and OSL are per completed request</td></tr>
 * <tr><td>total_input_tokens, total_output_tokens</td><td>ISL = total_input_tokens ÷ completed, OSL =
 * total_output_tokens ÷ completed (rounded)</td></tr>
 * <tr><td>output_throughput</td><td>output tok/s of the whole server; ÷ gpus = the fitted tok/s/GPU (metric
 * OUTPUT)</td></tr>
 * <tr><td>max_concurrency</td><td>when not null: point AT_CONCURRENCY, max_concurrency ÷ replicas per replica</td></tr>
 * <tr><td>median_tpot_ms</td><td>otherwise: point AT_INTERACTIVITY at 1000 ÷ median_tpot_ms tok/s/user; kept as
 * TPOT p50 either way</td></tr>
 * <tr><td>median_ttft_ms</td><td>kept as TTFT p50</td></tr>
 * <tr><td>date</td><td>{@code %Y%m%d-%H%M%S}, kept as an ISO date</td></tr>
 * <tr><td>model_id</td><td>the model asked for (a Hugging Face id): mapped to a catalog model when no model is
 * given ({@code meta-llama/Llama-3.3-70B-Instruct} → llama-3.3-70b)</td></tr>
 * <tr><td>backend</td><td>the engine when it names one (sglang, tensorrt-llm, …); else vLLM</td></tr>
 * <tr><td>failed, num_prompts, request_rate, label, total_token_throughput</td><td>kept in the notes</td></tr>
 * </table>
 *
 * <p>The result does not record the system. Keys saved with {@code vllm bench serve --metadata KEY=VALUE}, named as
 * the CSV's columns ({@code accelerator}, {@code model}, {@code weight_format}, {@code kv_format}, {@code gpus},
 * {@code tp}, {@code ep}, {@code dp}, {@code engine}, {@code engine_version}, {@code id}, {@code source},
 * {@code notes}), come first; {@link ImportDefaults} fill the rest. GPUs default to TP × DP (one replica) and TP to
 * GPUs ÷ DP (all tensor-parallel).
 */
final class VllmBenchResult {
    /** Metadata keys read, as CSV column names. */
    static final List<String> METADATA = List.of("accelerator", "model", "weight_format", "kv_format", "gpus", "tp",
            "ep", "dp", "engine", "engine_version", "id", "source", "notes");
    /** backend values that name the engine behind the endpoint; the others (vllm, openai, openai-chat…) are vLLM's. */
    private static final Map<String, String> ENGINES = Map.of("sglang", "SGLang", "tensorrt-llm", "TensorRT-LLM",
            "tgi", "TGI", "lmdeploy", "LMDeploy", "deepspeed-mii", "DeepSpeed-MII", "scalellm", "ScaleLLM",
            "llama.cpp", "llama.cpp");
    private static final List<String> MODEL_SUFFIXES = List.of("-instruct", "-chat", "-hf", "-it", "-fp8", "-fp4",
            "-nvfp4", "-mxfp4", "-awq", "-int4", "-dynamic", "-bf16", "-base");

    private VllmBenchResult() {
    }

    static List<Measurement> read(byte[] bytes, String name, Catalog catalog, ImportDefaults defaults) {
        List<JsonNode> results = parse(bytes, name);
        List<Problem> problems = new ArrayList<>();
        List<Measurement> out = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        Set<String> builtIn = catalog.measurements().stream().map(Measurement::id).collect(Collectors.toSet());
        String stem = BenchmarkImport.stem(name);
        for (int k = 1; k <= results.size(); k++) {
            JsonNode r = results.get(k - 1);
            String prefix = results.size() == 1 ? "" : "result " + k + ".";
            int index = k;
            if (!r.isObject()) {
                problems.add(new Problem(prefix.isEmpty() ? "" : "result " + k, "must be a JSON object (a vllm bench "
                        + "serve result), was " + r.getNodeType().name().toLowerCase(Locale.ROOT)));
                continue;
            }
            if (!r.has("completed") && !r.has("output_throughput") && !r.has("total_output_tokens")) {
                problems.add(new Problem(prefix.isEmpty() ? "" : "result " + k, "neither a vllm bench serve result "
                        + "(no completed, total_output_tokens or output_throughput) nor a measurement file (no "
                        + "\"measurements\"); a CSV needs a header row, not JSON"));
                continue;
            }
            Map<String, String> meta = metadata(r);
            PointDraft d = new PointDraft(key -> prefix + key, problems);
            system(d, meta, defaults, r, catalog);
            Integer completed = required(d, r, "completed", 1);
            Integer totalIn = required(d, r, "total_input_tokens", 1);
            Integer totalOut = required(d, r, "total_output_tokens", 1);
            Double output = null;
            if (!present(r, "output_throughput")) {
                d.problem("output_throughput", "missing: the output tokens/s the fit needs (an embeddings or "
                        + "pooling run has none)");
            } else {
                output = d.positive("output_throughput", text(r.get("output_throughput")));
            }
            if (completed != null && totalIn != null) {
                d.inputTokens = Math.max(1, (int) Math.round(totalIn / (double) completed));
            }
            if (completed != null && totalOut != null) {
                d.outputTokens = Math.max(1, (int) Math.round(totalOut / (double) completed));
            }
            d.tpotMs = d.positive("median_tpot_ms", text(r.get("median_tpot_ms")));
            d.ttftMs = d.positive("median_ttft_ms", text(r.get("median_ttft_ms")));
            d.concurrency = d.whole("max_concurrency", text(r.get("max_concurrency")), 1, Integer.MAX_VALUE);
            if (present(r, "max_concurrency")) {
                d.point = d.concurrency == null ? null : Measurement.Point.AT_CONCURRENCY;
            } else if (d.tpotMs != null) {
                d.point = Measurement.Point.AT_INTERACTIVITY;
                d.perUser = 1000.0 / d.tpotMs;
            } else if (!present(r, "median_tpot_ms")) {
                d.problem("median_tpot_ms", "missing: without max_concurrency the point is placed at the "
                        + "interactivity 1000 ÷ median_tpot_ms (run with --percentile-metrics including tpot, or "
                        + "with --max-concurrency)");
            }
            if (output != null && d.gpus != null) {
                d.outputPerGpu = output / d.gpus;
            }
            d.date = date(r.get("date"));
            String backend = text(r.get("backend"));
            d.engine = meta.containsKey("engine") ? meta.get("engine")
                    : backend != null && ENGINES.containsKey(backend.toLowerCase(Locale.ROOT))
                            ? ENGINES.get(backend.toLowerCase(Locale.ROOT)) : "vLLM";
            d.engineVersion = meta.get("engine_version");
            d.id = meta.getOrDefault("id", results.size() == 1 ? stem : stem + "-" + k);
            if (ids.containsKey(d.id)) {
                d.problem("id", "\"" + d.id + "\" is also result " + ids.get(d.id) + "'s id; ids must be unique");
            } else if (builtIn.contains(d.id)) {
                d.problem("id", "\"" + d.id + "\" is a built-in point's id; choose another");
            }
            ids.putIfAbsent(d.id, index);
            d.source = name + (results.size() == 1 ? "" : ", result " + k) + " (vllm bench serve)"
                    + (meta.containsKey("source") ? ": " + meta.get("source") : "");
            d.scenario = "vllm bench serve, " + (d.concurrency != null ? "max concurrency " + d.concurrency
                    : "request rate " + (present(r, "request_rate") ? text(r.get("request_rate")) : "inf"));
            d.notes = notes(r, d, meta.get("notes"));
            d.build(catalog, BenchmarkImport.ROUND).ifPresent(out::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        return List.copyOf(out);
    }

    private static List<JsonNode> parse(byte[] bytes, String name) {
        List<JsonNode> results = new ArrayList<>();
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (head.startsWith("[")) {
            // a reader of values would unwrap a top-level array: say what such a file is instead
            boolean pytorch = head.contains("\"benchmark\"") || head.contains("\"metric\"");
            throw new InvalidInputException(name, List.of(new Problem("", pytorch
                    ? "this is the PyTorch-benchmark-format copy vllm bench serve writes beside its result "
                            + "(*.pytorch.json); import the result file itself"
                    : "a JSON array is not a vllm bench serve result (an object with completed, output_throughput, "
                            + "…) nor a measurement file ({\"schemaVersion\": 2, \"measurements\": [...]})")));
        }
        // Python's json.dump writes NaN and Infinity where a statistic has no samples
        try (MappingIterator<JsonNode> it = JsonDocuments.mapper().readerFor(JsonNode.class)
                .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).readValues(bytes)) {
            while (it.hasNextValue()) {
                results.add(it.nextValue());
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(name, List.of(new Problem("", "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "could not be read: " + e.getMessage())));
        } catch (RuntimeException e) {
            // MappingIterator wraps parse errors met while advancing
            Throwable cause = e.getCause() instanceof JsonProcessingException j ? j : e;
            throw new InvalidInputException(name, List.of(new Problem("", "not valid JSON: " + cause.getMessage())));
        }
        if (results.isEmpty()) {
            throw new InvalidInputException(name, List.of(new Problem("", "empty: expected a vllm bench serve result "
                    + "(JSON object) or a CSV")));
        }
        return results;
    }

    /** The --metadata keys (and their dashed spellings) this reader knows, as text. */
    private static Map<String, String> metadata(JsonNode r) {
        Map<String, String> meta = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = r.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = BenchmarkImport.normalise(f.getKey());
            String value = text(f.getValue());
            if (METADATA.contains(key) && value != null && !value.isBlank()) {
                meta.putIfAbsent(key, value.trim());
            }
        }
        return meta;
    }

    /** Accelerator, formats, model, GPUs and parallelism: the file's metadata, then the defaults. */
    private static void system(PointDraft d, Map<String, String> meta, ImportDefaults defaults, JsonNode r,
            Catalog catalog) {
        d.accelerator = pick(d, meta, "accelerator", defaults.accelerator());
        d.weightFormat = pick(d, meta, "weight_format", defaults.weightFormat());
        d.kvFormat = pick(d, meta, "kv_format", defaults.kvFormat());
        d.model = meta.containsKey("model") ? meta.get("model") : defaults.model();
        if (d.model == null) {
            String modelId = text(r.get("model_id"));
            String inferred = modelId == null ? null : inferModel(modelId, catalog);
            if (inferred != null) {
                d.model = inferred;
            } else {
                d.problem("model", (modelId == null ? "not recorded in the file" : "model_id \"" + modelId
                        + "\" is not a catalog model") + "; " + howToGive("model") + " (one of "
                        + catalog.models().stream().map(LanguageModel::id).collect(Collectors.joining(", ")) + ")");
            }
        }
        d.ep = d.whole("ep", value(meta, "ep", defaults.ep()), 1, 72);
        d.dp = d.whole("dp", value(meta, "dp", defaults.dp()), 1, 72);
        Integer tp = d.whole("tp", value(meta, "tp", defaults.tp()), 1, 72);
        Integer gpus = d.whole("gpus", value(meta, "gpus", defaults.gpus()), 1, Integer.MAX_VALUE);
        int dp = d.dp == null ? 1 : d.dp;
        if (tp == null && gpus != null && value(meta, "tp", defaults.tp()) == null) {
            if (gpus % dp == 0 && gpus / dp <= 72) {
                tp = gpus / dp;
            } else {
                d.problem("tp", "not recorded in the file, and gpus " + gpus + " ÷ dp " + dp + " is no TP degree; "
                        + howToGive("tp"));
            }
        }
        if (gpus == null && tp != null && value(meta, "gpus", defaults.gpus()) == null) {
            gpus = tp * dp;
        }
        if (tp == null && gpus == null && value(meta, "tp", defaults.tp()) == null
                && value(meta, "gpus", defaults.gpus()) == null) {
            d.problem("tp", "not recorded in the file; " + howToGive("tp") + " (or gpus, for all "
                    + "tensor-parallel)");
        }
        d.tp = tp;
        d.gpus = gpus;
    }

    private static String pick(PointDraft d, Map<String, String> meta, String key, String fallback) {
        String v = meta.containsKey(key) ? meta.get(key) : fallback;
        if (v == null) {
            d.problem(key, "not recorded in the file; " + howToGive(key));
        }
        return v;
    }

    private static String value(Map<String, String> meta, String key, Integer fallback) {
        return meta.containsKey(key) ? meta.get(key) : fallback == null ? null : fallback.toString();
    }

    private static String howToGive(String key) {
        return "give it as an import default (ridgeline calibrate --" + key.replace('_', '-') + ") or save it "
                + "with the run (vllm bench serve --metadata " + key + "=…)";
    }

    private static Integer required(PointDraft d, JsonNode r, String key, int min) {
        if (!present(r, key)) {
            d.problem(key, "missing: a vllm bench serve result records it");
            return null;
        }
        return d.whole(key, text(r.get(key)), min, Integer.MAX_VALUE);
    }

    private static boolean present(JsonNode r, String key) {
        return r.has(key) && !r.get(key).isNull();
    }

    /** A scalar as text (numbers as JSON wrote them); null for null, absent or a container. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return n.asText();
    }

    /** vLLM writes %Y%m%d-%H%M%S; an ISO date is kept; anything else is left out. */
    private static String date(JsonNode n) {
        String t = text(n);
        if (t == null) {
            return null;
        }
        if (t.matches("\\d{8}-\\d{6}")) {
            return t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6, 8);
        }
        return t.matches("\\d{4}-\\d{2}(-\\d{2})?.*") ? t.substring(0, Math.min(t.length(), 10)) : null;
    }

    /**
     * The catalog model a Hugging Face id names: its last segment, lower case, less a leading "meta-" and trailing
     * quantisation and tuning words ({@code RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8} → llama-3.1-8b). Null when no
     * catalog id comes out exactly: a guess is not made.
     */
    static String inferModel(String modelId, Catalog catalog) {
        String s = modelId.trim();
        s = s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.startsWith("meta-")) {
            s = s.substring(5);
        }
        boolean stripped = true;
        while (stripped) {
            if (catalog.model(s).isPresent()) {
                return s;
            }
            stripped = false;
            for (String suffix : MODEL_SUFFIXES) {
                if (s.endsWith(suffix)) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return catalog.model(s).isPresent() ? s : null;
    }

    private static String notes(JsonNode r, PointDraft d, String given) {
        StringBuilder n = new StringBuilder("vllm bench serve");
        String backend = text(r.get("backend"));
        if (backend != null) {
            n.append(" (backend ").append(backend).append(')');
        }
        String label = text(r.get("label"));
        if (label != null && !label.equals(backend)) {
            n.append(", label ").append(label);
        }
        String modelId = text(r.get("model_id"));
        if (modelId != null) {
            n.append(", model_id ").append(modelId);
        }
        n.append(": ").append(text(r.get("completed"))).append(" requests completed");
        if (present(r, "num_prompts")) {
            n.append(" of ").append(text(r.get("num_prompts")));
        }
        if (present(r, "failed") && !"0".equals(text(r.get("failed")))) {
            n.append(", ").append(text(r.get("failed"))).append(" failed");
        }
        n.append("; request rate ").append(present(r, "request_rate") ? text(r.get("request_rate")) : "inf")
                .append(", max concurrency ").append(present(r, "max_concurrency") ? text(r.get("max_concurrency"))
                        : "none")
                .append(". ISL ").append(d.inputTokens).append(" = total_input_tokens ")
                .append(text(r.get("total_input_tokens"))).append(" ÷ completed ").append(text(r.get("completed")))
                .append(", OSL ").append(d.outputTokens).append(" = total_output_tokens ")
                .append(text(r.get("total_output_tokens"))).append(" ÷ completed");
        if (present(r, "output_throughput")) {
            n.append("; output ").append(number(r.get("output_throughput"))).append(" tok/s");
            if (present(r, "total_token_throughput")) {
                n.append(", total ").append(number(r.get("total_token_throughput"))).append(" tok/s");
            }
            if (d.gpus != null) {
                n.append(" over ").append(d.gpus).append(d.gpus == 1 ? " GPU" : " GPUs");
            }
        }
        n.append('.');
        if (given != null) {
            n.append(' ').append(given);
        }
        return n.toString();
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? RangeText.number(Math.round(n.asDouble() * 100) / 100.0) : n.asText();
    }
}
