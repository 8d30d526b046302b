package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.BenchmarkImport;
import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.CalibrationFit;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.files.RecentFiles;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bring your own benchmark, in the workbench: a CSV imported from the calibration view joins the built-in points as
 * yours, the refit runs off the FX thread, its profile goes into the scenario (one undo step, saved with the file)
 * and the B200's curve follows; a bad file changes nothing and names its rows and columns.
 */
@ExtendWith(ApplicationExtension.class)
class BenchmarkImportViewTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final CalibrationProfile BUILT_IN = CalibrationProfile.builtIn();
    private static final Map<String, Measurement> BY_ID = CATALOG.measurements().stream()
            .collect(Collectors.toMap(Measurement::id, Function.identity()));
    /** The B200 Llama 3.3 70B rows, measured 20 % slower than TensorRT-LLM's perf overview says. */
    private static final List<String> B200_ROWS = List.of("trtllm-perf-llama-3.3-70b-b200-tp1-128-2048",
            "trtllm-perf-llama-3.3-70b-b200-tp1-2048-2048", "trtllm-perf-llama-3.3-70b-b200-tp1-20000-2000");
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        view.benchmarks().setDialogs(dialogs);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    // ---- files -------------------------------------------------------------------------------------------------

    /** A built-in point under another id, measured at {@code factor} × its throughput, its source cleared. */
    private static Measurement mine(String builtInId, String id, double factor) {
        Measurement m = BY_ID.get(builtInId);
        return new Measurement(id, m.round(), m.accelerator(), m.gpus(), m.model(), m.weightFormat(), m.kvFormat(),
                m.scenario(), null, m.tokensPerSecPerGpu() * factor, m.interactivityTokensPerSecPerUser(),
                m.tpotP50Ms(), m.ttftP50Ms(), m.engine(), "my lab", null, m.inputTokens(), m.outputTokens(),
                m.parallelism(), m.engineVersion(), m.metric(), m.point(), m.concurrency(), "2026-01", null);
    }

    /**
     * mine.csv: the three B200 rows at 0.8 × (rows 2–4, ids given) and, row 5, Llama 3.3 70B in BF16 on one H100,
     * which does not fit in its memory: the model cannot place it.
     */
    private Path mineCsv(String name, String idPrefix, List<String> rows) throws Exception {
        List<Measurement> points = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            points.add(mine(rows.get(k), idPrefix + (k + 1), 0.8));
        }
        String csv = BenchmarkImport.toCsv(points);
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    private Path mineWithUnplaceable() throws Exception {
        Path file = mineCsv("mine.csv", "mine-", B200_ROWS);
        List<String> header = List.of(Files.readAllLines(file).get(0).split(","));
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "");
        Map<String, String> cells = Map.of("accelerator", "h100-sxm", "model", "llama-3.3-70b", "weight_format",
                "bf16", "kv_format", "bf16-kv", "gpus", "1", "tp", "1", "input_tokens", "128", "output_tokens", "128",
                "output_tok_s_per_gpu", "900", "id", "h100-bf16-70b");
        cells.forEach((k, v) -> row[header.indexOf(k)] = v);
        Files.writeString(file, Files.readString(file) + String.join(",", row) + "\r\n");
        return file;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void settle(FxRobot robot) {
        robot.interact(vm::flush);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showCalibrationAndWait(FxRobot robot, int rows) {
        robot.interact(() -> view.showCalibration(true));
        await(() -> view.calibration().fitProperty().get() != null
                && view.calibration().table().getItems().size() == rows, rows + " rows in the calibration table");
    }

    private void importAndWait(FxRobot robot, Path file, String profileName) {
        dialogs.benchmarkFrom = file;
        robot.clickOn("#calibration-import");
        await(() -> !view.benchmarks().runningProperty().get() && vm.scenario().calibration() != null
                && vm.scenario().calibration().profile() != null
                && profileName.equals(vm.scenario().calibration().profile().name()), "the refit of " + file);
        await(() -> view.calibration().fitProperty().get() != null && view.calibration().fitProperty().get()
                .profile().name().equals(profileName), "the view showing " + profileName);
        settle(robot);
    }

    private CalibrationProfile profile() {
        return CalibrationBasis.profile(vm.scenario());
    }

    private SystemResults b200() {
        return vm.results().systems().get(2).physics();
    }

    private double b200Max() {
        return b200().maxThroughput().orElseThrow().outputTokensPerSecPerGpu();
    }

    /** The B200's frontier as the chart draws it: its last (largest-batch) point. */
    private double drawnB200Max() {
        XYDataset curves = view.charts().chart(ChartKind.FRONTIER).getXYPlot().getDataset(0);
        return curves.getYValue(2, curves.getItemCount(2) - 1);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void unpinB200(FxRobot robot) {
        // the B200's curve then rests on the model alone (a pin would anchor it to its measurement)
        robot.interact(() -> vm.edit(s -> s.withSystem(2, s.systems().get(2).withMeasured(null))));
        settle(robot);
    }

    // ---- tests -------------------------------------------------------------------------------------------------

    @Test
    void aCsvJoinsTheBuiltInPointsAsYoursRefitsMovesTheB200CurveAndOneUndoTakesItBack(FxRobot robot)
            throws Exception {
        unpinB200(robot);
        Scenario before = vm.scenario();
        double beforeMax = b200Max();
        assertEquals(beforeMax, drawnB200Max(), 1e-9);
        showCalibrationAndWait(robot, 23);
        assertTrue(robot.lookup("#calibration-remove-yours").query().isDisabled(), "nothing of yours to remove");
        Path csv = mineWithUnplaceable();

        importAndWait(robot, csv, "built-in + mine.csv (3 points)");
        assertEquals(List.of("chooseBenchmark"), dialogs.shown, "no problem, no error");

        // the scenario carries the refitted profile: the 23 built-in points and the three of mine, not the H100 BF16
        CalibrationProfile p = profile();
        assertEquals(p, vm.scenario().calibration().profile());
        List<String> ids = new ArrayList<>(BUILT_IN.points());
        ids.addAll(List.of("mine-1", "mine-2", "mine-3"));
        assertEquals(ids, p.points());
        assertEquals(LocalDate.now().toString(), p.date());
        // what the model makes of the same points, fitted here and now (the refit is no approximation)
        List<Measurement> points = new ArrayList<>(BUILT_IN.points().stream().map(BY_ID::get).toList());
        List<Measurement> imported = BenchmarkImport.read(csv, CATALOG);
        points.addAll(imported.subList(0, 3));
        CalibrationProfile expected = CalibrationProfile.fit("built-in + mine.csv (3 points)", CATALOG, points,
                LocalDate.now());
        assertEquals(expected, p);
        // the B200 rows measured 20 % slower: the Blackwell bandwidth efficiency falls from the built-in 0.562
        double bandwidth = p.calibration().values().get(Calibration.bandwidth("blackwell"));
        double builtInBandwidth = BUILT_IN.calibration().values().get(Calibration.bandwidth("blackwell"));
        assertEquals(0.5621, builtInBandwidth, 1e-4);
        assertTrue(bandwidth < builtInBandwidth - 0.02, bandwidth + " vs " + builtInBandwidth);

        // every chart and card follows: the B200's curve is the model with the new profile's values
        SystemResults b200 = b200();
        assertEquals(bandwidth, b200.config().efficiencies().bandwidth(), 1e-12);
        double afterMax = b200Max();
        assertTrue(afterMax < beforeMax * 0.97, afterMax + " vs " + beforeMax);
        assertEquals(afterMax, drawnB200Max(), 1e-9);
        assertEquals(p.calibration().values().get(Calibration.compute("blackwell",
                dev.ridgeline.hardware.Precision.FP4)), b200.config().computeEfficiency(), 1e-12);
        assertTrue(dev.ridgeline.charts.ChartStyle.basisSubtitle(view.charts().chart(ChartKind.FRONTIER))
                .startsWith("modeled: calibrated to 26 measured points, CV ±"
                        + CalibrationBasis.percent(p.crossValidatedMapePercent())));

        // the view: 26 rows, mine tagged "yours" and measured at 0.8 × the built-in figure
        List<CalibrationFit.Point> rows = view.calibration().table().getItems();
        assertEquals(26, rows.size());
        List<CalibrationFit.Point> yours = rows.stream().filter(CalibrationFit.Point::yours).toList();
        assertEquals(List.of("mine-1", "mine-2", "mine-3"), yours.stream().map(r -> r.measurement().id()).toList());
        for (int k = 0; k < 3; k++) {
            assertEquals(0.8 * BY_ID.get(B200_ROWS.get(k)).tokensPerSecPerGpu(), yours.get(k).measured(), 1e-6);
            assertEquals(Fidelity.row(CATALOG, yours.get(k).measurement(), p.calibration()).modeled().orElseThrow(),
                    yours.get(k).calibrated(), 1e-9);
            assertEquals(BenchmarkImport.ROUND, yours.get(k).measurement().round());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, robot.lookup(".calibration-yours-tag").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getParent() != null && "yours".equals(l.getText())).count());
        // the scatter: my points are a series of their own, drawn as stars
        XYSeriesCollection dots = (XYSeriesCollection) view.calibration().chart().getXYPlot().getDataset(0);
        int mineSeries = dots.getSeriesIndex("B200 HGX · Llama 3.3 70B · yours");
        assertTrue(mineSeries >= 0, "a series for mine");
        assertEquals(3, dots.getItemCount(mineSeries));
        assertEquals(yours.get(0).measured(), dots.getXValue(mineSeries, 0), 1e-9);
        assertEquals(yours.get(0).calibrated(), dots.getYValue(mineSeries, 0), 1e-9);
        int total = 0;
        for (int s = 0; s < dots.getSeriesCount(); s++) {
            total += dots.getItemCount(s);
        }
        assertEquals(26, total);
        // before and after: the profile's cross-validated error is the headline, the built-in one beside it
        assertEquals("±" + CalibrationBasis.percent(p.crossValidatedMapePercent()), label(robot,
                "#calibration-cv-mape"));
        assertEquals("before your points ±7.9 % (built-in, 23 points)", label(robot, "#calibration-cv-before"));
        CalibrationFit fit = view.calibration().fitProperty().get();
        assertEquals("Yours: 3 points from mine.csv.  CV MAPE ±7.9 % before (23 points) → ±"
                + CalibrationBasis.percent(p.crossValidatedMapePercent()) + " after (26);  held out: built-in "
                + "points ±" + CalibrationBasis.percent(fit.heldOutMapePercent(false)) + ", yours ±"
                + CalibrationBasis.percent(fit.heldOutMapePercent(true)) + ".", label(robot,
                        "#calibration-yours-summary"));
        double heldOutMine = yours.stream().mapToDouble(r -> Math.abs(r.heldOutRatio() - 1)).average().orElseThrow();
        assertEquals(heldOutMine * 100, fit.heldOutMapePercent(true), 1e-9);
        // the H100 BF16 row is listed, not fitted, with the model's reason
        Measurement h100 = imported.get(3);
        assertEquals("h100-bf16-70b", h100.id());
        String why = Fidelity.row(CATALOG, h100).why();
        assertFalse(why.isBlank());
        assertEquals("h100-bf16-70b (mine.csv, row 5): not fitted: the model cannot place it: " + why,
                label(robot, "#calibration-not-fitted"));
        assertTrue(vm.statusProperty().get().startsWith("Imported 3 points from mine.csv: CV MAPE 7.9 % → "),
                vm.statusProperty().get());
        assertFalse(robot.lookup("#calibration-remove-yours").query().isDisabled());

        // one undo takes it all back: the built-in profile, its 23 rows, the B200's curve as it was
        robot.interact(vm::undo);
        settle(robot);
        assertEquals(before, vm.scenario());
        assertEquals(BUILT_IN, profile());
        assertEquals(beforeMax, b200Max(), 1e-9);
        assertEquals(beforeMax, drawnB200Max(), 1e-9);
        await(() -> view.calibration().table().getItems().size() == 23, "the built-in rows back");
        assertEquals(0, view.calibration().table().getItems().stream().filter(CalibrationFit.Point::yours).count());
        assertEquals("±7.9 %", label(robot, "#calibration-cv-mape"));
        // and redo brings mine back, as fitted
        robot.interact(vm::redo);
        settle(robot);
        assertEquals(p, profile());
        assertEquals(afterMax, drawnB200Max(), 1e-9);
        await(() -> view.calibration().table().getItems().size() == 26, "mine back");

        // Remove your points: the built-in profile again, one edit
        robot.clickOn("#calibration-remove-yours");
        settle(robot);
        assertEquals(before, vm.scenario());
        assertNull(vm.scenario().calibration());
        assertEquals(beforeMax, drawnB200Max(), 1e-9);
        robot.interact(vm::undo);
        settle(robot);
        assertEquals(p, profile());
    }

    @Test
    void aBadCsvChangesNothingAndNamesEachRowAndColumn(FxRobot robot) throws Exception {
        showCalibrationAndWait(robot, 23);
        importAndWait(robot, mineCsv("mine.csv", "mine-", B200_ROWS.subList(0, 2)), "built-in + mine.csv (2 points)");
        Scenario loaded = vm.scenario();
        List<CalibrationFit.Point> rows = List.copyOf(view.calibration().table().getItems());
        assertEquals(25, rows.size());
        dialogs.shown.clear();

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, String.join("\n",
                "accelerator,model,weight_format,kv_format,gpus,tp,input_tokens,output_tokens,output_tok_s_per_gpu",
                "b200-hgx,llama-3.3-70b,nvfp4,fp8-kv,1,1,128,2048,8000",
                "b200-hgx,llama-3.3-70b,nvfp4,fp8-kv,two,1,2048,2048,4000",
                "b200-hgx,llama-3.3-70b,nvfp4,fp8-kv,1,1,2048,128,-5",
                ""));
        dialogs.benchmarkFrom = bad;
        robot.clickOn("#calibration-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("chooseBenchmark", "problems bad.csv"), dialogs.shown);
        List<String> where = dialogs.problems.stream().map(Problem::path).toList();
        assertEquals(List.of("row 3.gpus", "row 4.output_tok_s_per_gpu"), where);
        assertTrue(dialogs.problems.get(0).message().contains("was \"two\""), dialogs.problems.get(0).message());
        assertTrue(dialogs.problems.get(1).message().contains("was \"-5\""), dialogs.problems.get(1).message());
        assertTrue(vm.problemProperty().get().startsWith("bad.csv not imported: row 3.gpus: "),
                vm.problemProperty().get());
        assertFalse(view.benchmarks().runningProperty().get(), "no refit started");
        // nothing lost: the scenario with my earlier points, the same rows in the view
        assertEquals(loaded, vm.scenario());
        assertEquals(rows, view.calibration().table().getItems());
        assertEquals(2, view.calibration().table().getItems().stream().filter(CalibrationFit.Point::yours).count());

        // importing mine.csv again: its ids are already among the points, so it is refused too
        dialogs.shown.clear();
        dialogs.benchmarkFrom = dir.resolve("mine.csv");
        robot.clickOn("#calibration-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("chooseBenchmark", "problems mine.csv"), dialogs.shown);
        assertEquals(List.of("row 2.id", "row 3.id"), dialogs.problems.stream().map(Problem::path).toList());
        assertEquals(loaded, vm.scenario());
    }

    @Test
    void aSecondImportWhileTheFirstRefitsWaitsItsTurnAndEachIsOneUndoStep(FxRobot robot) throws Exception {
        showCalibrationAndWait(robot, 23);
        Path a = mineCsv("a.csv", "a-", B200_ROWS.subList(0, 2));
        Path b = mineCsv("b.csv", "b-", B200_ROWS.subList(2, 3));
        Scenario before = vm.scenario();
        int[] queued = new int[1];
        robot.interact(() -> {
            assertTrue(view.benchmarks().importFile(a));
            assertTrue(view.benchmarks().importFile(b));
            queued[0] = view.benchmarks().queuedCount();
        });
        assertEquals(1, queued[0], "b waits for a");
        String both = "built-in + a.csv (2 points) + b.csv (1 point)";
        await(() -> !view.benchmarks().runningProperty().get() && both.equals(profile().name()), "both refits");
        assertEquals(26, profile().points().size());
        assertTrue(profile().points().containsAll(List.of("a-1", "a-2", "b-1")));
        await(() -> view.calibration().table().getItems().size() == 26, "26 rows");
        assertEquals(3, view.calibration().table().getItems().stream().filter(CalibrationFit.Point::yours).count());
        robot.interact(vm::undo);
        assertEquals("built-in + a.csv (2 points)", profile().name());
        robot.interact(vm::undo);
        assertEquals(before, vm.scenario());
    }

    @Test
    void theProfileIsSavedWithTheScenarioAndReopened(FxRobot robot) throws Exception {
        unpinB200(robot);
        DocumentController[] doc = new DocumentController[1];
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node("dev/ridgeline/test/" + System.nanoTime()));
        robot.interact(() -> doc[0] = new DocumentController(vm, dialogs, recent, new Autosave(dir.resolve("home")),
                null));
        showCalibrationAndWait(robot, 23);
        importAndWait(robot, mineCsv("mine.csv", "mine-", B200_ROWS), "built-in + mine.csv (3 points)");
        CalibrationProfile p = profile();
        double max = b200Max();
        Path saved = dir.resolve("with-mine.json");
        boolean[] ok = new boolean[2];
        robot.interact(() -> ok[0] = doc[0].write(saved));
        assertTrue(ok[0]);
        String json = Files.readString(saved);
        assertTrue(json.contains("\"name\" : \"built-in + mine.csv (3 points)\""), json);
        assertTrue(json.contains("\"mine-3\""), json);
        // read back alone: the same profile, and the B200 computed with it
        Scenario read = ScenarioFiles.read(saved, CATALOG);
        assertEquals(p, read.calibration().profile());
        // the profile carries my points themselves, so a new session shows them without importing again
        assertEquals(List.of("mine-1", "mine-2", "mine-3"), read.calibration().profile().ownPoints().stream()
                .map(dev.ridgeline.calibration.Measurement::id).toList());
        CalibrationFit fresh = CalibrationFit.compute(CATALOG, read.calibration().profile());
        assertEquals(26, fresh.points().size());
        assertEquals(3, fresh.points().stream().filter(CalibrationFit.Point::yours).count());

        // another scenario, then the file again: the profile, the curve and (this session) my points come back
        robot.interact(() -> doc[0].openPreset("speculative-decoding"));
        settle(robot);
        assertEquals(BUILT_IN, profile());
        robot.interact(() -> ok[1] = doc[0].openFile(saved));
        settle(robot);
        assertTrue(ok[1]);
        assertEquals(p, profile());
        assertEquals(max, b200Max(), 1e-9);
        await(() -> view.calibration().table().getItems().size() == 26, "my points shown again");
        assertEquals(3, view.calibration().table().getItems().stream().filter(CalibrationFit.Point::yours).count());
    }

    @Test
    void aVllmResultAsksForItsSystemPrefilledFromTheSelectedOne(FxRobot robot) throws Exception {
        Path result = dir.resolve("vllm-b200.json");
        // vllm bench serve --save-result, max concurrency 64, 1000/1000 tokens, nothing about the system
        Files.writeString(result, """
                {"date": "20260110-101500", "backend": "vllm", "model_id": "meta-llama/Llama-3.3-70B-Instruct",
                 "num_prompts": 640, "max_concurrency": 64, "completed": 640, "failed": 0,
                 "total_input_tokens": 640000, "total_output_tokens": 640000,
                 "output_throughput": 3900.0, "total_token_throughput": 7800.0,
                 "median_ttft_ms": 310.0, "median_tpot_ms": 15.5}
                """);
        assertTrue(BenchmarkImporter.isBenchmark(result), "a vLLM result is imported when dropped");
        robot.interact(() -> vm.selectedProperty().set(2));
        showCalibrationAndWait(robot, 23);
        dialogs.systemAnswer = new ImportDefaults("b200-hgx", "llama-3.3-70b", "nvfp4", "fp8-kv", 1, 1, null, null);
        importAndWait(robot, result, "built-in + vllm-b200.json (1 point)");
        assertEquals(List.of("chooseBenchmark", "askSystem vllm-b200.json"), dialogs.shown);
        // prefilled from the selected system: the B200, Llama 3.3 70B, NVFP4 weights, FP8 KV, one GPU
        assertEquals(new ImportDefaults("b200-hgx", "llama-3.3-70b", "nvfp4", "fp8-kv", 1, 1, null, null),
                dialogs.systemPrefill);
        CalibrationFit.Point mine = view.calibration().table().getItems().stream().filter(CalibrationFit.Point::yours)
                .findFirst().orElseThrow();
        assertEquals("vllm-b200", mine.measurement().id());
        assertEquals(Measurement.Point.AT_CONCURRENCY, mine.measurement().point());
        assertEquals(64, mine.measurement().concurrency());
        assertEquals(1000, mine.measurement().inputTokens());
        assertEquals(3900.0, mine.measured(), 1e-9);
        assertEquals("vLLM", mine.measurement().engine());
    }

    @Test
    void aDroppedBenchmarkIsImportedAndADroppedScenarioStillOpens(FxRobot robot) throws Exception {
        Path csv = mineCsv("mine.csv", "mine-", B200_ROWS.subList(0, 1));
        Path scenario = dir.resolve("spec.json");
        ScenarioFiles.write(ScenarioFiles.preset("speculative-decoding", CATALOG), scenario);
        Path measurements = dir.resolve("measurements.json");
        Files.copy(Path.of(System.getProperty("user.dir")).getParent().resolve("assets/reference/measurements.json"),
                measurements);
        assertTrue(BenchmarkImporter.isBenchmark(csv));
        assertTrue(BenchmarkImporter.isBenchmark(measurements));
        assertFalse(BenchmarkImporter.isBenchmark(scenario), "a scenario is opened, not imported");
        assertFalse(BenchmarkImporter.isBenchmark(dir.resolve("notes.txt")));

        DocumentController[] doc = new DocumentController[1];
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node("dev/ridgeline/test/" + System.nanoTime()));
        robot.interact(() -> doc[0] = new DocumentController(vm, dialogs, recent, new Autosave(dir.resolve("home")),
                null));
        boolean[] ok = new boolean[2];
        robot.interact(() -> ok[0] = BenchmarkImporter.dropped(List.of(scenario), view.benchmarks(), doc[0]));
        assertTrue(ok[0]);
        assertTrue(vm.scenario().name().startsWith("Speculative decoding"));
        assertNull(vm.scenario().calibration());
        robot.interact(() -> ok[1] = BenchmarkImporter.dropped(List.of(csv), view.benchmarks(), doc[0]));
        assertTrue(ok[1]);
        await(() -> !view.benchmarks().runningProperty().get() && vm.scenario().calibration() != null,
                "the dropped CSV's refit");
        assertEquals("built-in + mine.csv (1 point)", profile().name());
        assertTrue(vm.scenario().name().startsWith("Speculative decoding"), "the open scenario, with mine in it");
        assertNotNull(view.benchmarks().imported(profile()).orElse(null));
    }
}
