package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.BenchmarkImport;
import dev.ridgeline.calibration.CalibrationProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ridgeline calibrate` and `ridgeline fidelity --profile`. */
class CalibrateCommandTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void fitsTheBuiltInPointsReportsCrossValidatedErrorAndWritesAProfile(@TempDir Path dir) {
        Path out = dir.resolve("profile.json");
        assertEquals(0, cli.run("calibrate", "--out", out.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.contains("leave-one-out cross-validated MAPE"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("compute.hopper.FP8") && l.endsWith("fitted")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("compute.blackwell.FP8") && l.contains("not fitted")), text);
        CalibrationProfile written = CalibrationProfile.read(out);
        CalibrationProfile shipped = CalibrationProfile.builtIn();
        assertEquals(shipped.crossValidatedMapePercent(), written.crossValidatedMapePercent(), 1e-9);
        assertEquals(23, written.points().size());
    }

    @Test
    void fidelityWithTheProfileIsCloserThanWithoutIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.json");
        Files.writeString(out, CalibrationProfile.builtIn().toJson());
        assertEquals(0, cli.run("fidelity", "--profile", out.toString()), cli.err.toString());
        String group = cli.out.toString().lines().filter(l -> l.startsWith("TensorRT-LLM perf-overview"))
                .findFirst().orElseThrow();
        // in-sample with the profile: 5.6 % (uncalibrated defaults: 7.6 %)
        assertTrue(group.matches("TensorRT-LLM perf-overview\\s+23\\s+5\\.6 %.*"), group);
    }

    @Test
    void aBadPointsFileNamesTheRowAndField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("mine.json");
        Files.writeString(bad, "{\"schemaVersion\": 2, \"measurements\": [{\"id\": \"x\", \"round\": \"mine\", "
                + "\"accelerator\": \"b300x\", \"gpus\": 1, \"model\": \"llama-3.3-70b\", \"scenario\": \"s\", "
                + "\"tokensPerSecPerGpu\": 100, \"source\": \"me\"}]}");
        assertEquals(1, cli.run("calibrate", "--points", bad.toString()));
        assertTrue(cli.err.toString().contains("measurements[0].accelerator: unknown accelerator \"b300x\""),
                cli.err.toString());
        assertTrue(!cli.err.toString().contains("Exception"), cli.err.toString());
    }

    private static final String CSV = "accelerator,model,weight_format,kv_format,gpus,tp,input_tokens,output_tokens,"
            + "point,concurrency,output_tok_s_per_gpu,engine,source\n"
            + "h100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,,,14100,vLLM,\"lab, rack 3\"\n"
            + "h200-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,2048,2048,,,11800,vLLM,\"lab, rack 3\"\n"
            + "h100-sxm,llama-3.3-70b,fp8,fp8-kv,2,2,2048,128,,,370,vLLM,\"lab, rack 4\"\n";

    /** A vllm bench serve --save-result file as serve.py writes it: one line, no system recorded. */
    private static final String VLLM = "{\"date\": \"20250918-142233\", \"endpoint_type\": \"vllm\", \"backend\": \"vllm\", "
            + "\"label\": null, \"model_id\": \"meta-llama/Llama-3.3-70B-Instruct\", \"tokenizer_id\": "
            + "\"meta-llama/Llama-3.3-70B-Instruct\", \"num_prompts\": 640, \"request_rate\": \"inf\", \"burstiness\": 1.0, "
            + "\"max_concurrency\": 64, \"duration\": 269.50028, \"completed\": 640, \"failed\": 0, "
            + "\"total_input_tokens\": 655360, \"total_output_tokens\": 655360, \"request_throughput\": 2.374766, "
            + "\"request_goodput\": null, \"output_throughput\": 2431.76, \"total_token_throughput\": 4863.52, "
            + "\"mean_ttft_ms\": 612.41, \"median_ttft_ms\": 498.73, \"mean_tpot_ms\": 25.83, \"median_tpot_ms\": 25.47, "
            + "\"p99_tpot_ms\": 28.96, \"mean_itl_ms\": 25.79, \"median_itl_ms\": 24.18}";

    @Test
    void yourCsvAndVllmResultAreFittedWithTheBuiltInPointsAndReportedAsYours(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, CSV);
        Path vllm = dir.resolve("run-c64.json");
        Files.writeString(vllm, VLLM);
        Path out = dir.resolve("profile.json");
        assertEquals(0, cli.run("calibrate", "--points", csv.toString(), vllm.toString(), "--accelerator", "h100-sxm",
                "--weight-format", "fp8", "--kv-format", "fp8-kv", "--tp", "2", "--out", out.toString()),
                cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.startsWith("Calibration on 27 points"), text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("TensorRT-LLM perf-overview\\s+23\\s+\\d+\\.\\d %.*")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches(BenchmarkImport.ROUND + "\\s+4\\s+\\d+\\.\\d %.*")), text);
        assertTrue(text.contains(BenchmarkImport.ROUND + " (4 points), calibrated model against measured:"), text);
        // each of your points with its system, lengths, where on the frontier, and where it came from
        String row2 = lines.stream().filter(l -> l.startsWith("mine-row-2 ")).findFirst().orElseThrow();
        assertTrue(row2.contains("h100-sxm TP1 · llama-3.1-8b · fp8/fp8-kv") && row2.contains("1000/1000")
                && row2.contains("output, max throughput") && row2.contains("14,100")
                && row2.endsWith("mine.csv, row 2: lab, rack 3"), row2);
        String run = lines.stream().filter(l -> l.startsWith("run-c64 ")).findFirst().orElseThrow();
        assertTrue(run.contains("h100-sxm TP2 · llama-3.3-70b · fp8/fp8-kv") && run.contains("1024/1024")
                && run.contains("output, concurrency 64 per replica") && run.contains("1,216")
                && run.endsWith("run-c64.json (vllm bench serve)"), run);
        CalibrationProfile written = CalibrationProfile.read(out);
        assertEquals(27, written.points().size());
        assertTrue(written.points().containsAll(List.of("mine-row-2", "mine-row-3", "mine-row-4", "run-c64")),
                written.points().toString());
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRowAndColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, CSV.replace("2,2,2048,128", "eight,2,2048,128"));
        assertEquals(1, cli.run("calibrate", "--only", "--points", csv.toString()));
        assertEquals("mine.csv: 1 problem\n  row 4.gpus: must be a whole number ≥ 1, was \"eight\"\n",
                cli.err.toString().replace("\r\n", "\n"));
        assertEquals("", cli.out.toString(), "nothing fitted");
    }

    @Test
    void aVllmResultWithoutItsSystemNamesTheOptionsThatGiveIt(@TempDir Path dir) throws Exception {
        Path vllm = dir.resolve("run.json");
        Files.writeString(vllm, VLLM);
        assertEquals(1, cli.run("calibrate", "--only", "--points", vllm.toString(), "--weight-format", "fp8",
                "--kv-format", "fp8-kv"));
        String err = cli.err.toString();
        assertTrue(err.startsWith("run.json: 2 problems\n"), err);
        assertTrue(err.contains("  accelerator: not recorded in the file; give it as an import default (ridgeline "
                + "calibrate --accelerator) or save it with the run (vllm bench serve --metadata accelerator=…)"), err);
        assertTrue(err.contains("  tp: not recorded in the file; give it as an import default (ridgeline calibrate "
                + "--tp)"), err);
        // an unknown id given as an option is named with the closest one
        assertEquals(1, new CliHarness().run("calibrate", "--only", "--points", vllm.toString(), "--accelerator",
                "h100", "--weight-format", "fp8", "--kv-format", "fp8-kv", "--tp", "2"));
    }

    @Test
    void idsMustBeUniqueAcrossFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        String csv = "accelerator,model,weight_format,kv_format,gpus,tp,input_tokens,output_tokens,"
                + "output_tok_s_per_gpu,id\nh100-sxm,llama-3.1-8b,fp8,fp8-kv,1,1,1000,1000,14100,lab-1\n";
        Files.writeString(a, csv);
        Files.writeString(b, csv);
        assertEquals(1, cli.run("calibrate", "--only", "--points", a.toString(), b.toString()));
        assertEquals("b.csv: point id \"lab-1\" is also in a.csv; ids must be unique (set the id column, or "
                + "--metadata id=… for a vLLM result)\n", cli.err.toString().replace("\r\n", "\n"));
    }

    @Test
    void aPointTheModelCannotPlaceIsListedAndLeftOutOfTheFit(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big.csv");
        // 405B parameters in BF16 (810 GB) on one 80 GB H100
        Files.writeString(csv, "accelerator,model,weight_format,kv_format,gpus,tp,input_tokens,output_tokens,"
                + "output_tok_s_per_gpu\nh100-sxm,llama-3.1-405b,bf16,bf16-kv,1,1,1000,1000,100\n");
        assertEquals(0, cli.run("calibrate", "--points", csv.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.startsWith("not fitted: big-row-2 (big.csv, row 2): the model cannot place it: "), text);
        assertTrue(text.contains("Calibration on 23 points"), text);
    }

    @Test
    void theReadmeTablesAreWhatTheCommandPrints() throws Exception {
        assertEquals(0, cli.run("calibrate", "--markdown"), cli.err.toString());
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        assertTrue(readme.contains(cli.out.toString()), "README.md's calibration tables are stale: regenerate them "
                + "with `java -jar app/target/ridgeline.jar calibrate --markdown`");
    }
}
