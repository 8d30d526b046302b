package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.CalibrationProfile;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
