package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.scenario.ParallelismSpec;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Your own benchmarks, as CSV or vllm bench serve results, become measured points: all of a file or none. */
class BenchmarkImportTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final String HEADER = "accelerator,model,weight_format,kv_format,gpus,tp,input_tokens,"
            + "output_tokens,output_tok_s_per_gpu\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BenchmarkImportTest.class.getResource("/calibration/" + name).toURI());
    }

    private static Measurement copy(Measurement m, String id, int gpus, ParallelismSpec parallelism,
            Measurement.Metric metric, Measurement.Point point, Integer concurrency, Double perUser, Double tpotMs) {
        return new Measurement(id, m.round(), m.accelerator(), gpus, m.model(), m.weightFormat(), m.kvFormat(),
                m.scenario(), null, m.tokensPerSecPerGpu(), perUser, tpotMs, null, m.engine(), m.source(), m.notes(),
                m.inputTokens(), m.outputTokens(), parallelism, m.engineVersion(), metric, point, concurrency,
                m.date(), null);
    }

    private static List<Problem> problems(Path file) {
        return assertThrows(InvalidInputException.class, () -> BenchmarkImport.read(file, CATALOG)).problems();
    }

    // ---- CSV round trip and fit ----------------------------------------------------------------------------------

    @Test
    void pointsTheModelGeneratesRoundTripThroughCsvAndTheFitRecoversTheirParameters() throws IOException {
        Calibration truth = new Calibration(Map.of(
                Calibration.compute("blackwell", Precision.FP4), 0.30,
                Calibration.compute("hopper", Precision.FP8), 0.62,
                Calibration.bandwidth("hopper"), 0.70,
                Calibration.bandwidth("blackwell"), 0.75));
        // the 23 published systems and lengths, "measured" as the model with known parameters
        List<Measurement> generated = new ArrayList<>();
        for (Measurement m : CATALOG.measurements().stream().filter(Measurement::reproducible).toList()) {
            Measurement renamed = copy(m, "synthetic-" + m.id(), m.gpus(), m.parallelism(), m.metric(), m.point(),
                    m.concurrency(), null, null);
            generated.add(renamed.withMeasured(Fidelity.predict(CATALOG, renamed, truth)));
        }
        assertEquals(23, generated.size());
        String csv = BenchmarkImport.toCsv(generated);
        assertTrue(csv.startsWith("accelerator,model,weight_format,kv_format,gpus,tp,ep,dp,input_tokens,"
                + "output_tokens,point,"), csv.lines().findFirst().orElseThrow());

        List<Measurement> imported = BenchmarkImport.read(write("synthetic.csv", csv), CATALOG);
        assertEquals(generated.size(), imported.size());
        for (int i = 0; i < generated.size(); i++) {
            Measurement g = generated.get(i);
            Measurement m = imported.get(i);
            assertEquals(g.id(), m.id());
            assertEquals(BenchmarkImport.ROUND, m.round());
            assertEquals("synthetic.csv, row " + (i + 2) + ": " + g.source(), m.source());
            assertEquals(g.accelerator(), m.accelerator());
            assertEquals(g.model(), m.model());
            assertEquals(g.weightFormat(), m.weightFormat());
            assertEquals(g.kvFormat(), m.kvFormat());
            assertEquals(g.gpus(), m.gpus());
            assertEquals(g.parallelism().resolve(), m.parallelism().resolve());
            assertEquals(g.inputTokens(), m.inputTokens());
            assertEquals(g.outputTokens(), m.outputTokens());
            assertEquals(g.metricOrOutput(), m.metricOrOutput());
            assertEquals(Measurement.Point.MAX_THROUGHPUT, m.point());
            assertEquals(g.tokensPerSecPerGpu(), m.tokensPerSecPerGpu(), 0.0, g.id());
            assertEquals(g.engine(), m.engine());
            assertTrue(m.reproducible(), m.id());
        }
        // the same system and lengths as a published row: the imported point is the model's value exactly
        Measurement first = imported.get(0);
        assertEquals(Fidelity.predict(CATALOG, first, truth), first.tokensPerSecPerGpu(), 1e-9);

        Fitter.Result fit = Fitter.fit(CATALOG, imported);
        Map<String, Double> got = fit.calibration().values();
        // no noise: the efficiencies come back within 0.02; the B200's bandwidth is the loosest (FitterTest)
        assertEquals(0.30, got.get(Calibration.compute("blackwell", Precision.FP4)), 0.02);
        assertEquals(0.62, got.get(Calibration.compute("hopper", Precision.FP8)), 0.02);
        assertEquals(0.70, got.get(Calibration.bandwidth("hopper")), 0.03);
        assertEquals(0.75, got.get(Calibration.bandwidth("blackwell")), 0.12);
        assertTrue(fit.inSampleMapePercent() < 1.0, "in-sample " + fit.inSampleMapePercent());
    }

    @Test
    void everyKindOfPointRoundTrips() throws IOException {
        Measurement base = CATALOG.measurements().stream().filter(Measurement::reproducible).findFirst()
                .orElseThrow();
        // 8 GPUs as 4 replicas of TP2, 16 requests per replica: the CSV states the client's 64
        Measurement atConcurrency = copy(base, "c64", 8, new ParallelismSpec(2, null, null),
                Measurement.Metric.OUTPUT, Measurement.Point.AT_CONCURRENCY, 16, null, null).withMeasured(1234.5);
        Measurement atInteractivity = copy(base, "i50", 1, new ParallelismSpec(1, null, null),
                Measurement.Metric.TOTAL, Measurement.Point.AT_INTERACTIVITY, null, 50.0, 20.0).withMeasured(2500);
        Measurement moe = new Measurement("dsv3", "x", "h200-sxm", 8, "deepseek-v3", "fp8-block", "fp8-kv", "s",
                null, 1900.25, null, null, null, "SGLang", "me, 2025", "EP8, DP attention", 2048, 512,
                new ParallelismSpec(1, 8, 8), "0.4.9", Measurement.Metric.OUTPUT, Measurement.Point.MAX_THROUGHPUT,
                null, "2025-05-20", null);
        String csv = BenchmarkImport.toCsv(List.of(atConcurrency, atInteractivity, moe));
        assertTrue(csv.contains(",64,"), csv);
        List<Measurement> back = BenchmarkImport.read(write("kinds.csv", csv), CATALOG);

        Measurement c = back.get(0);
        assertEquals(Measurement.Point.AT_CONCURRENCY, c.point());
        assertEquals(16, c.concurrency());
        assertEquals(8, c.gpus());
        assertEquals(1234.5, c.tokensPerSecPerGpu());
        assertEquals(1234.5 * 8, c.systemTokensPerSec(), 1e-9);
        assertTrue(c.notes().contains("Concurrency 64 over 4 replicas: 16 per replica."), c.notes());
        assertEquals("At concurrency 64 (16 per replica)", c.scenario());

        Measurement i = back.get(1);
        assertEquals(Measurement.Point.AT_INTERACTIVITY, i.point());
        assertEquals(Measurement.Metric.TOTAL, i.metric());
        assertEquals(50.0, i.interactivityTokensPerSecPerUser());
        assertEquals(20.0, i.tpotP50Ms());
        assertEquals(2500.0, i.tokensPerSecPerGpu());

        Measurement d = back.get(2);
        assertEquals(new ParallelismSpec(1, 8, 8), d.parallelism());
        assertEquals("fp8-block", d.weightFormat());
        assertEquals("SGLang", d.engine());
        assertEquals("0.4.9", d.engineVersion());
        assertEquals("2025-05-20", d.date());
        assertEquals("EP8, DP attention", d.notes());
        assertEquals("kinds.csv, row 4: me, 2025", d.source());
        back.forEach(m -> assertTrue(m.reproducible(), m.id()));
        // the model places each of them
        back.forEach(m -> assertTrue(Fidelity.row(CATALOG, m).modeled().isPresent(),
                m.id() + ": " + Fidelity.row(CATALOG, m).why()));
    }

    // ---- CSV reading -------------------------------------------------------------------------------------------

    @Test
    void quotedFieldsFriendlyHeadersAndDefaultsAreRead() throws Exception {
        List<Measurement> points = BenchmarkImport.read(resource("benchmarks-example.csv"), CATALOG);
        assertEquals(3, points.size());
        Measurement a = points.get(0);
        assertEquals("benchmarks-example-row-2", a.id());
        assertEquals(BenchmarkImport.ROUND, a.round());
        assertEquals("h100-sxm", a.accelerator());
        assertEquals("llama-3.1-8b", a.model());
        assertEquals(Measurement.Point.MAX_THROUGHPUT, a.point());
        assertEquals(14210.5, a.tokensPerSecPerGpu());
        assertEquals(Measurement.Metric.OUTPUT, a.metric());
        assertEquals("vLLM", a.engine());
        assertEquals("2025-06-14", a.date());
        assertEquals("benchmarks-example.csv, row 2: lab run, rack 3", a.source());
        assertEquals("batch capped at 1,024 by \"max-num-seqs\"", a.notes());
        assertEquals("Max throughput", a.scenario());

        Measurement b = points.get(1);
        assertEquals("benchmarks-example-row-3", b.id());
        assertEquals(new ParallelismSpec(2, null, null), b.parallelism());
        assertEquals(8, b.gpus());
        assertEquals(8, b.concurrency(), "32 over 4 replicas of TP2");
        assertTrue(b.notes().startsWith("two lines:\r\nfirst, then second"), b.notes());

        // the quoted line break does not shift the numbering: the next record is row 4
        Measurement c = points.get(2);
        assertEquals("benchmarks-example-row-4", c.id());
        assertEquals(Measurement.Point.AT_INTERACTIVITY, c.point());
        assertEquals(60.0, c.interactivity().orElseThrow());
        assertEquals("At 60 tok/s/user", c.scenario());
        assertNull(c.notes());
        assertEquals("benchmarks-example.csv, row 4", c.source());
        points.forEach(m -> assertTrue(m.reproducible(), m.id()));
    }

    @Test
    void everyBadCellIsReportedAtOnceByRowAndColumn() throws IOException {
        Path file = write("mine.csv", "accelerator,model,weight_format,kv_format,gpus,tp,ep,input_tokens,"
                + "output_tokens,point,tok_s_per_user,output_tok_s_per_gpu,total_tok_s_per_gpu,date,id\n"
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,,1000,1000,,,15000,,,a\n"
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,eight,1,,1000,1000,,,15000,,,b\n"
                + "h100,llama-3.3-70,fp9,fp8,1,1,,1000,1000,,,15000,,,c\n"
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,8,3,2,1000,1000,max,,15000,,,d\n"
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,,1000,1000,at-interactivity,,15000,16000,June 2025,e\n"
                + "h100-sxm,,fp8,fp8-kv,1,1,,0,1000,,,,,,a\n"
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,,1000,1000,,,-5,,,trtllm-perf-llama-3.3-70b-b200-tp1-128-128\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BenchmarkImport.read(file, CATALOG));
        assertEquals(List.of(
                new Problem("row 3.gpus", "must be a whole number ≥ 1, was \"eight\""),
                new Problem("row 4.accelerator", "unknown accelerator \"h100\" (did you mean \"h100-sxm\"?)"),
                new Problem("row 4.model", "unknown model \"llama-3.3-70\" (did you mean \"llama-3.3-70b\"?)"),
                new Problem("row 4.weight_format", "unknown weight format \"fp9\" (did you mean \"fp8\"?)"),
                new Problem("row 4.kv_format", "\"fp8\" is a weight format; kv_format takes a KV-cache format: "
                        + "bf16-kv, fp8-kv, nvfp4-kv"),
                // each row's problems in column order
                new Problem("row 5.gpus", "must be a whole number of replicas of TP × DP = 3 GPUs, was 8"),
                new Problem("row 5.ep", "must be 1 for llama-3.1-8b, which has no experts to split (was 2)"),
                new Problem("row 5.point", "must be one of max-throughput, at-interactivity, at-concurrency, was "
                        + "\"max\" (did you mean \"max-throughput\"?)"),
                new Problem("row 6.tok_s_per_user", "required when point is at-interactivity (or give tpot_ms)"),
                new Problem("row 6.total_tok_s_per_gpu", "give one of output_tok_s_per_gpu and total_tok_s_per_gpu, "
                        + "not both (was 15000 and 16000)"),
                new Problem("row 6.date", "must be a date like 2025-06 or 2025-06-14, was \"June 2025\""),
                new Problem("row 7.model", "required, was empty"),
                new Problem("row 7.input_tokens", "must be a whole number between 1 and 10000000, was \"0\""),
                new Problem("row 7.output_tok_s_per_gpu", "required (or total_tok_s_per_gpu), was empty"),
                new Problem("row 7.id", "\"a\" is also row 2's id; ids must be unique"),
                new Problem("row 8.output_tok_s_per_gpu", "must be a number > 0, was \"-5\""),
                new Problem("row 8.id", "\"trtllm-perf-llama-3.3-70b-b200-tp1-128-128\" is a built-in point's id; "
                        + "choose another")), e.problems());
        assertTrue(e.getMessage().startsWith("mine.csv: 17 problems\n  row 3.gpus: must be a whole number ≥ 1, was "
                + "\"eight\"\n"), e.getMessage());
    }

    @Test
    void aFileWithOneBadRowImportsNothing() throws IOException {
        String good = "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,15000\n";
        Path ok = write("ok.csv", HEADER + good + good + good);
        assertEquals(3, BenchmarkImport.read(ok, CATALOG).size());
        Path bad = write("bad.csv", HEADER + good + good + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,fast\n"
                + good);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BenchmarkImport.read(bad, CATALOG));
        assertEquals(List.of(new Problem("row 4.output_tok_s_per_gpu", "must be a number > 0, was \"fast\"")),
                e.problems());
        assertEquals("bad.csv: 1 problem\n  row 4.output_tok_s_per_gpu: must be a number > 0, was \"fast\"",
                e.getMessage());
    }

    @Test
    void headerProblemsNameTheColumn() throws IOException {
        assertEquals(List.of(
                new Problem("row 1.gpu", "unknown column \"GPU\" (did you mean \"gpus\"?)"),
                new Problem("row 1.gpus", "missing: a required column (GPUs the throughput was measured on (all "
                        + "replicas), a multiple of tp × dp)"),
                new Problem("row 1.output_tok_s_per_gpu", "missing: a required column (or total_tok_s_per_gpu), the "
                        + "measured throughput per GPU")),
                problems(write("h.csv", "accelerator,model,weight_format,kv_format,GPU,tp,input_tokens,"
                        + "output_tokens\nh100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000\n")));
        assertEquals(List.of(new Problem("row 1", "the columns seem to be separated by semicolons; save the file "
                + "with commas (RFC 4180 CSV)")), problems(write("semi.csv", "accelerator;model;gpus\na;b;1\n")));
        assertEquals(List.of(new Problem("row 2", "no points: the file has a header and no rows below it")),
                problems(write("empty.csv", HEADER)));
        assertEquals("row 1", problems(write("nothing.csv", "")).get(0).path());
    }

    @Test
    void malformedCsvAndRaggedRowsNameTheirRow() throws IOException {
        assertEquals(List.of(new Problem("row 3.model", "a \" inside a field that does not start with one; enclose "
                + "the whole field in quotes and write the \" as \"\"")),
                problems(write("q.csv", HEADER + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,15000\n"
                        + "h100-sxm,llama \"8b\",fp8,fp8-kv,1,1,1000,1000,15000\n")));
        assertEquals(List.of(new Problem("row 2", "has 10 fields, the header names 9 columns (a comma inside a value "
                + "needs the value in double quotes)")),
                problems(write("r.csv", HEADER + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1,000,1000,15000\n")));
        // a trailing empty field (as some spreadsheets write) is not an extra column
        assertEquals(1, BenchmarkImport.read(write("t.csv", HEADER
                + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,15000,\n"), CATALOG).size());
    }

    // ---- vLLM results ------------------------------------------------------------------------------------------

    /** A run of 640 prompts of 1,024 → 1,024 random tokens at max concurrency 64 against 2 × H100 (TP2). */
    private static final String SAMPLE = "vllm-bench-serve-llama-3.3-70b-h100-tp2-c64.json";

    @Test
    void aVllmResultImportsWithTheDefaultsAndIsReproducible() throws Exception {
        ImportDefaults defaults = new ImportDefaults("h100-sxm", null, "fp8", "fp8-kv", null, 2, null, null);
        List<Measurement> points = BenchmarkImport.read(resource(SAMPLE), CATALOG, defaults);
        assertEquals(1, points.size());
        Measurement m = points.get(0);
        assertEquals("vllm-bench-serve-llama-3.3-70b-h100-tp2-c64", m.id());
        assertEquals(BenchmarkImport.ROUND, m.round());
        assertEquals("llama-3.3-70b", m.model(), "from model_id meta-llama/Llama-3.3-70B-Instruct");
        assertEquals("h100-sxm", m.accelerator());
        assertEquals("fp8", m.weightFormat());
        assertEquals("fp8-kv", m.kvFormat());
        assertEquals(2, m.gpus(), "TP × DP: one replica");
        assertEquals(new ParallelismSpec(2, null, null), m.parallelism());
        // 655,360 tokens each way over 640 completed requests
        assertEquals(1024, m.inputTokens());
        assertEquals(1024, m.outputTokens());
        assertEquals(Measurement.Point.AT_CONCURRENCY, m.point());
        assertEquals(64, m.concurrency());
        assertEquals(Measurement.Metric.OUTPUT, m.metric());
        assertEquals(2431.76 / 2, m.tokensPerSecPerGpu(), 1e-9);
        assertEquals(2431.76, m.systemTokensPerSec(), 1e-9);
        assertEquals(25.47, m.tpotP50Ms());
        assertEquals(498.73, m.ttftP50Ms());
        assertEquals("2025-09-18", m.date());
        assertEquals("vLLM", m.engine());
        assertEquals("vllm bench serve, max concurrency 64", m.scenario());
        assertEquals(SAMPLE + " (vllm bench serve)", m.source());
        assertTrue(m.notes().startsWith("vllm bench serve (backend vllm), model_id meta-llama/Llama-3.3-70B-Instruct: "
                + "640 requests completed of 640; request rate inf, max concurrency 64."), m.notes());
        assertTrue(m.reproducible());
        // the model places it (vLLM's caps, 64 sequences on one TP2 replica) within 1.5× of the run
        Fidelity.Row row = Fidelity.row(CATALOG, m);
        assertTrue(row.ratio().orElseThrow() > 1 / 1.5 && row.ratio().orElseThrow() < 1.5, row.toString());
    }

    @Test
    void aVllmResultWithoutItsSystemSaysWhatToGive() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BenchmarkImport.read(resource(SAMPLE), CATALOG));
        assertEquals(List.of("accelerator", "weight_format", "kv_format", "tp"),
                e.problems().stream().map(Problem::path).toList());
        assertEquals("not recorded in the file; give it as an import default (ridgeline calibrate --accelerator) or "
                + "save it with the run (vllm bench serve --metadata accelerator=…)", e.problems().get(0).message());
        assertTrue(e.problems().get(3).message().endsWith("(or gpus, for all tensor-parallel)"),
                e.problems().get(3).message());
    }

    @Test
    void metadataSavedWithTheRunWinsAndAppendedResultsAreSeveralPoints() throws IOException {
        // --append-result: one JSON object per line; --metadata KEY=VALUE pairs are saved as top-level strings
        String first = "{\"date\": \"20250601-090000\", \"backend\": \"sglang\", \"model_id\": \"deepseek-ai/DeepSeek-V3\","
                + " \"num_prompts\": 512, \"request_rate\": \"inf\", \"max_concurrency\": 256, \"completed\": 512, "
                + "\"failed\": 0, \"total_input_tokens\": 1048576, \"total_output_tokens\": 524288, "
                + "\"output_throughput\": 16000.0, \"total_token_throughput\": 48000.0, \"median_tpot_ms\": 14.1, "
                + "\"input_lens\": [2048, 2048], \"accelerator\": \"h200-sxm\", \"weight-format\": \"fp8-block\", "
                + "\"kv_format\": \"fp8-kv\", \"tp\": \"1\", \"ep\": \"8\", \"dp\": \"8\", \"engine_version\": \"0.4.9\"}";
        String second = "{\"date\": \"20250601-093000\", \"backend\": \"vllm\", \"model_id\": \"Qwen/Qwen3-235B-A22B\","
                + " \"num_prompts\": 100, \"request_rate\": 4.0, \"max_concurrency\": null, \"completed\": 99, "
                + "\"failed\": 1, \"total_input_tokens\": 99000, \"total_output_tokens\": 49500, "
                + "\"output_throughput\": 1800.0, \"median_tpot_ms\": 40.0, \"median_ttft_ms\": NaN, "
                + "\"accelerator\": \"h200-sxm\", \"weight_format\": \"fp8\", \"kv_format\": \"fp8-kv\", "
                + "\"gpus\": \"8\", \"id\": \"qwen-rate-4\"}";
        Path file = write("runs.json", first + "\n" + second + "\n");
        // the defaults name an accelerator the metadata overrides, and a TP the second result needs none of
        ImportDefaults defaults = new ImportDefaults("b200-hgx", null, null, null, null, null, null, null);
        InvalidInputException nan = assertThrows(InvalidInputException.class,
                () -> BenchmarkImport.read(file, CATALOG, defaults));
        assertEquals(List.of(new Problem("result 2.median_ttft_ms", "must be a number > 0, was \"NaN\"")),
                nan.problems());

        Files.writeString(file, first + "\n" + second.replace("NaN", "812.5") + "\n");
        List<Measurement> points = BenchmarkImport.read(file, CATALOG, defaults);
        assertEquals(2, points.size());
        Measurement a = points.get(0);
        assertEquals("runs-1", a.id());
        assertEquals("h200-sxm", a.accelerator());
        assertEquals("deepseek-v3", a.model());
        assertEquals("fp8-block", a.weightFormat());
        assertEquals(new ParallelismSpec(1, 8, 8), a.parallelism());
        assertEquals(8, a.gpus(), "TP1 × DP8");
        assertEquals(2048, a.inputTokens());
        assertEquals(1024, a.outputTokens());
        assertEquals(Measurement.Point.AT_CONCURRENCY, a.point());
        assertEquals(256, a.concurrency());
        assertEquals(2000.0, a.tokensPerSecPerGpu());
        assertEquals("SGLang", a.engine(), "backend sglang names the engine");
        assertEquals("0.4.9", a.engineVersion());
        assertEquals("runs.json, result 1 (vllm bench serve)", a.source());

        Measurement b = points.get(1);
        assertEquals("qwen-rate-4", b.id());
        assertEquals("qwen3-235b-a22b", b.model());
        assertEquals(new ParallelismSpec(8, null, null), b.parallelism(), "8 GPUs, all tensor-parallel");
        assertEquals(Measurement.Point.AT_INTERACTIVITY, b.point());
        assertEquals(25.0, b.interactivity().orElseThrow(), 1e-12, "1000 ÷ 40 ms");
        assertEquals(1000, b.inputTokens());
        assertEquals(500, b.outputTokens());
        assertEquals(225.0, b.tokensPerSecPerGpu());
        assertEquals(812.5, b.ttftP50Ms());
        assertEquals("vLLM", b.engine());
        assertEquals("vllm bench serve, request rate 4.0", b.scenario());
        assertTrue(b.notes().contains("99 requests completed of 100, 1 failed"), b.notes());
        points.forEach(m -> assertTrue(m.reproducible(), m.id()));
    }

    @Test
    void badVllmFieldsAreNamedByTheirKey() throws IOException {
        Path file = write("broken.json", "{\"model_id\": \"mistralai/Mistral-Small-24B\", \"completed\": 0, "
                + "\"total_input_tokens\": 1000, \"output_throughput\": \"fast\", \"max_concurrency\": 2.5}");
        ImportDefaults defaults = new ImportDefaults("h100-sxm", null, "fp8", "fp8-kv", null, 1, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BenchmarkImport.read(file, CATALOG, defaults));
        List<Problem> p = e.problems();
        assertEquals(List.of("model", "completed", "total_output_tokens", "output_throughput", "max_concurrency"),
                p.stream().map(Problem::path).toList());
        assertTrue(p.get(0).message().startsWith("model_id \"mistralai/Mistral-Small-24B\" is not a catalog model; give"
                + " it as an import default (ridgeline calibrate --model)"), p.get(0).message());
        assertEquals("must be a whole number ≥ 1, was \"0\"", p.get(1).message());
        assertEquals("missing: a vllm bench serve result records it", p.get(2).message());
        assertEquals("must be a number > 0, was \"fast\"", p.get(3).message());
        assertEquals("must be a whole number ≥ 1, was \"2.5\"", p.get(4).message());
    }

    @Test
    void huggingFaceModelIdsMapToCatalogModelsOrToNothing() {
        assertEquals("llama-3.3-70b", VllmBenchResult.inferModel("meta-llama/Llama-3.3-70B-Instruct", CATALOG));
        assertEquals("llama-3.1-8b", VllmBenchResult.inferModel("meta-llama/Meta-Llama-3.1-8B-Instruct", CATALOG));
        assertEquals("llama-3.1-8b", VllmBenchResult.inferModel("RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8", CATALOG));
        assertEquals("gpt-oss-20b", VllmBenchResult.inferModel("openai/gpt-oss-20b", CATALOG));
        assertEquals("qwen3-235b-a22b", VllmBenchResult.inferModel("Qwen/Qwen3-235B-A22B", CATALOG));
        assertEquals("deepseek-v3", VllmBenchResult.inferModel("deepseek-ai/DeepSeek-V3", CATALOG));
        assertEquals("llama-3.3-70b", VllmBenchResult.inferModel("llama-3.3-70b", CATALOG));
        // no guessing: a model the catalog lacks maps to nothing
        assertNull(VllmBenchResult.inferModel("meta-llama/Llama-3.2-1B-Instruct", CATALOG));
        assertNull(VllmBenchResult.inferModel("/models/my-finetune", CATALOG));
    }

    // ---- which reader ------------------------------------------------------------------------------------------

    @Test
    void theFormatIsPickedByContent() throws Exception {
        String row = "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,15000\n";
        Path csvWithoutExtension = write("points.txt", HEADER + row);
        assertEquals(BenchmarkImport.Format.CSV, BenchmarkImport.detect(csvWithoutExtension));
        assertEquals(15000.0, BenchmarkImport.read(csvWithoutExtension, CATALOG).get(0).tokensPerSecPerGpu());
        assertEquals(BenchmarkImport.Format.VLLM_BENCH_SERVE, BenchmarkImport.detect(resource(SAMPLE)));

        // Ridgeline's own measurement files keep their rounds
        Path own = write("own.json", "{\"schemaVersion\": 2, \"measurements\": [{\"id\": \"x\", \"round\": \"lab\", "
                + "\"accelerator\": \"h100-sxm\", \"gpus\": 1, \"model\": \"llama-3.1-8b\", \"scenario\": \"s\", "
                + "\"tokensPerSecPerGpu\": 100, \"source\": \"me\"}]}");
        assertEquals(BenchmarkImport.Format.MEASUREMENTS, BenchmarkImport.detect(own));
        List<Measurement> read = BenchmarkImport.read(own, CATALOG);
        assertEquals("lab", read.get(0).round());
        assertFalse(read.get(0).reproducible());

        Path pytorch = write("run.pytorch.json", "[{\"benchmark\": {\"name\": \"vLLM benchmark\"}, \"model\": {}, "
                + "\"metric\": {\"name\": \"median_ttft_ms\"}}]");
        assertTrue(problems(pytorch).get(0).message().contains("import the result file itself"));
        assertEquals(List.of(new Problem("", "neither a vllm bench serve result (no completed, total_output_tokens or "
                + "output_throughput) nor a measurement file (no \"measurements\"); a CSV needs a header row, not JSON")),
                problems(write("scenario.json", "{\"schemaVersion\": 2, \"systems\": []}")));
        assertEquals("no such file: " + dir.resolve("absent.csv"),
                problems(dir.resolve("absent.csv")).get(0).message());
    }

    @Test
    void theColumnListIsTheOneDocumented() {
        assertEquals(List.of("accelerator", "model", "weight_format", "kv_format", "gpus", "tp", "ep", "dp",
                "input_tokens", "output_tokens", "point", "tok_s_per_user", "tpot_ms", "ttft_ms", "concurrency",
                "output_tok_s_per_gpu", "total_tok_s_per_gpu", "engine", "engine_version", "date", "id", "source",
                "notes"), BenchmarkImport.COLUMNS.stream().map(BenchmarkImport.Column::name).toList());
        assertEquals(List.of("accelerator", "model", "weight_format", "kv_format", "gpus", "tp", "input_tokens",
                "output_tokens"), BenchmarkImport.COLUMNS.stream()
                        .filter(c -> c.need() == BenchmarkImport.Need.REQUIRED).map(BenchmarkImport.Column::name)
                        .toList());
    }
}
