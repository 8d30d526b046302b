package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ridgeline export`, run in-process and headless, as a user would run it. */
class ExportCommandTest {
    private static final String PRESET = "../assets/scenarios/blackwell-migration.json";
    private final CliHarness cli = new CliHarness();

    @Test
    void exportsEveryFileOfThePreset(@TempDir Path dir) {
        assertEquals(0, cli.run("export", "--scenario", PRESET, "--out", dir.toString()), cli.err.toString());
        // the four charts and issue 14's latency chart in PNG and SVG, their curves in CSV, and the decision views
        for (String name : List.of("roofline.png", "frontier.png", "cost.png", "memory.png", "latency.png",
                "roofline.svg", "frontier.svg", "cost.svg", "memory.svg", "latency.svg",
                "blackwell-migration-llama-3-3-70b-h100-fp8-to-b200-nvfp4.pptx", "roofline.csv", "frontier.csv",
                "frontier-points.csv", "cost.csv", "cost-points.csv", "memory.csv", "latency.csv",
                "decision-sensitivity.png", "decision-bridge.svg", "decision-build-vs-buy.csv")) {
            Path file = dir.resolve(name);
            assertTrue(Files.isRegularFile(file), name + " missing; printed:\n" + cli.out);
            assertTrue(cli.out.toString().contains(file.toString()), "not listed: " + name);
        }
        assertTrue(cli.out.toString().contains("27 files written to " + dir), cli.out.toString());
        assertEquals("", cli.err.toString());
    }

    @Test
    void formatAndSizeChooseWhatIsWritten(@TempDir Path dir) throws IOException {
        assertEquals(0, cli.run("export", "--preset", "speculative-decoding", "--out", dir.toString(), "--format",
                "PNG", "--size", "3840x2160"), cli.err.toString());
        try (var files = Files.list(dir)) {
            assertEquals(5, files.count()); // the four charts and the latency chart
        }
        try (InputStream in = Files.newInputStream(dir.resolve("frontier.png"))) {
            var image = javax.imageio.ImageIO.read(in);
            assertEquals(3840, image.getWidth());
            assertEquals(2160, image.getHeight());
        }
    }

    @Test
    void aBadScenarioPrintsItsProblemsWithJsonPaths(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(Path.of(PRESET))
                .replace("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"h200\""));
        assertEquals(1, cli.run("export", "--scenario", bad.toString(), "--out", dir.resolve("out").toString()));
        String err = cli.err.toString();
        assertTrue(err.contains("systems[1].accelerator: unknown accelerator \"h200\""), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written for a bad scenario");
    }

    @Test
    void anUnwritableFolderIsOneClearLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "a file, not a folder");
        Path target = file.resolve("exports");
        assertEquals(1, cli.run("export", "--scenario", PRESET, "--out", target.toString()));
        String err = cli.err.toString();
        assertTrue(err.startsWith("ridgeline export: cannot create the folder " + target), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void aBadSizeNamesTheOptionAndItsRange() {
        for (String size : List.of("100x100", "1920x9000", "big", "1920")) {
            CliHarness run = new CliHarness();
            assertEquals(2, run.run("export", "--out", "unused", "--size", size), size);
            String err = run.err.toString();
            assertTrue(err.contains("--size") && err.contains("320") && err.contains("7680"), err);
            assertEquals(1, err.lines().count(), err);
        }
    }

    @Test
    void aBadFormatNamesTheFormatsThereAre() {
        assertEquals(2, cli.run("export", "--out", "unused", "--format", "png,gif"));
        assertTrue(cli.err.toString().contains("--format: unknown format \"gif\"; use any of png,svg,pptx,csv"),
                cli.err.toString());
    }

    @Test
    void helpListsExport() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out.toString().contains("export"), cli.out.toString());
    }

    /** Export and the charts it draws must never touch JavaFX: the command line runs with no display at all. */
    @Test
    void exportCodeReferencesNoJavaFx() throws Exception {
        Path classes = Path.of(ExportCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files = new java.util.ArrayList<>(List.of(classes.resolve("dev/ridgeline/cli/ExportCommand.class")));
        for (String pkg : List.of("dev/ridgeline/export", "dev/ridgeline/charts")) {
            try (var walk = Files.walk(classes.resolve(pkg))) {
                walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 10);
        for (Path file : files) {
            String constants = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(constants.contains("javafx/"), file + " refers to JavaFX");
        }
    }
}
