package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.files.RecentFiles;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ParallelismSpec;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Parallelism;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Undo and redo, the document's unsaved state, bad files, saving, autosave and recovery. */
@ExtendWith(ApplicationExtension.class)
class DocumentAndHistoryTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    @TempDir
    Path dir;
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentController doc;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        stage.setScene(new Scene(view.root(), 1600, 900));
        stage.show();
    }

    private DocumentController document(FxRobot robot) {
        autosave = new Autosave(dir.resolve("home"));
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node("dev/ridgeline/test/" + System.nanoTime()));
        robot.interact(() -> doc = new DocumentController(vm, dialogs, recent, autosave, null));
        return doc;
    }

    private double b200Bandwidth() {
        return vm.scenario().systems().get(2).overridesOrNone().memoryBandwidthTBps() == null ? 7.7
                : vm.scenario().systems().get(2).overridesOrNone().memoryBandwidthTBps();
    }

    @Test
    void aDragIsOneUndoStepAndRedoRestoresIt(FxRobot robot) {
        Scenario original = vm.scenario();
        robot.interact(() -> {
            vm.selectedProperty().set(2);
            for (int i = 1; i <= 40; i++) {
                view.controls().control("bandwidth").nudge(7.7 + i * 0.05);
            }
            view.controls().control("alpha").nudge(0.8);
        });
        assertEquals(9.7, b200Bandwidth(), 1e-9);
        robot.interact(vm::undo);
        assertEquals(9.7, b200Bandwidth(), 1e-9, "the first undo takes back α only");
        assertEquals(0.0, vm.scenario().systems().get(2).servingOrNone().acceptanceRateOrDefault());
        robot.interact(vm::undo);
        assertEquals(original, vm.scenario(), "the second undo takes back the whole 40-value drag");
        robot.interact(vm::redo);
        assertEquals(9.7, b200Bandwidth(), 1e-9);
        robot.interact(vm::redo);
        assertEquals(0.8, vm.scenario().systems().get(2).servingOrNone().acceptanceRateOrDefault());
        robot.interact(vm::flush);
        assertEquals(0.8, vm.results().systems().get(2).physics().config().acceptanceRate(), 1e-12);
    }

    @Test
    void parallelismOnAMoeSystemIsUndoneStepByStepAndSavesAndReopens(FxRobot robot) {
        DocumentController d = document(robot);
        SystemSpec mixtral = new SystemSpec("H100 · Mixtral", "h100-sxm", "mixtral-8x7b", "fp8", "fp8-kv", null, null,
                null, null, null, null);
        robot.interact(() -> {
            vm.edit(s -> {
                List<SystemSpec> systems = new java.util.ArrayList<>(s.systems());
                systems.add(mixtral);
                return s.withSystems(systems, s.baseline());
            });
            vm.selectedProperty().set(3);
        });
        Scenario added = vm.scenario();
        robot.interact(() -> {
            view.controls().control("tp").nudge(4);
            view.controls().control("ep").nudge(4);
            view.controls().control("dp").nudge(2);
        });
        assertEquals(new ParallelismSpec(4, 4, 2), vm.scenario().systems().get(3).parallelism());
        assertEquals(8, vm.scenario().systems().get(3).gpus());
        robot.interact(vm::flush);
        assertEquals(new Parallelism(4, 4, 2), vm.results().systems().get(3).physics().config().parallelism());

        // each control is its own undo step
        robot.interact(vm::undo);
        assertEquals(new ParallelismSpec(4, 4, null), vm.scenario().systems().get(3).parallelism());
        assertEquals(4, view.controls().control("ep").value());
        assertEquals(1, view.controls().control("dp").value());
        robot.interact(vm::undo);
        // TP alone is still the plain GPU count a schema-1 file would write
        assertNull(vm.scenario().systems().get(3).parallelism());
        assertEquals(4, vm.scenario().systems().get(3).gpusPerReplica());
        robot.interact(vm::undo);
        assertEquals(added, vm.scenario());
        assertEquals(mixtral, vm.scenario().systems().get(3));
        robot.interact(vm::flush);
        assertEquals(new Parallelism(1, 1, 1), vm.results().systems().get(3).physics().config().parallelism());

        robot.interact(() -> {
            vm.redo();
            vm.redo();
            vm.redo();
        });
        Scenario edited = vm.scenario();
        assertEquals(new ParallelismSpec(4, 4, 2), edited.systems().get(3).parallelism());
        dialogs.saveTo = dir.resolve("moe.json");
        boolean[] ok = new boolean[2];
        robot.interact(() -> ok[0] = d.save());
        robot.interact(() -> vm.load(ScenarioFiles.defaultScenario(CATALOG)));
        robot.interact(() -> ok[1] = d.openFile(dir.resolve("moe.json")));
        assertTrue(ok[0] && ok[1], dialogs.shown.toString());
        assertEquals(edited, vm.scenario());
    }

    @Test
    void ctrlZAndCtrlShiftZDriveTheHistory(FxRobot robot) {
        DocumentController d = document(robot);
        Presenter[] presenter = new Presenter[1];
        robot.interact(() -> {
            Stage stage = (Stage) view.root().getScene().getWindow();
            presenter[0] = new Presenter(stage, view.root().getScene(), view, vm);
            view.root().setTop(WorkbenchMenus.build(d, vm, view, presenter[0], new ExportActions(vm, view, stage),
                    () -> { }));
            stage.requestFocus();
            vm.selectedProperty().set(2);
            view.controls().control("draft").nudge(2);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(0, vm.scenario().systems().get(2).servingOrNone().draftTokensOrDefault());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT)
                .type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        assertEquals(2, vm.scenario().systems().get(2).servingOrNone().draftTokensOrDefault());
    }

    @Test
    void unsavedChangesAreMarkedAndSavingClearsTheMark(FxRobot robot) throws Exception {
        DocumentController d = document(robot);
        assertFalse(d.unsavedProperty().get());
        robot.interact(() -> view.controls().control("rate").nudge(80));
        assertTrue(d.unsavedProperty().get());
        assertTrue(d.title().get().endsWith("• unsaved"), d.title().get());
        dialogs.saveTo = dir.resolve("migration");
        robot.interact(d::save);
        Path saved = dir.resolve("migration.json");
        assertEquals(80, ScenarioFiles.read(saved, CATALOG).workload().requestsPerSec());
        assertFalse(d.unsavedProperty().get());
        assertEquals("Ridgeline — " + vm.scenario().name() + " — migration.json", d.title().get());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aScenarioWithEveryKindOfEditSavesAndReopensUnchanged(FxRobot robot) {
        DocumentController d = document(robot);
        robot.interact(() -> {
            vm.selectedProperty().set(2);
            view.controls().control("bandwidth").nudge(8.5);
            view.controls().control("draft").nudge(2);
            view.controls().control("alpha").nudge(0.7);
            view.controls().control("price-spot").nudge(1.5);
            view.controls().control("tp").nudge(2);
            view.controls().control("max-batch").nudge(300);
            view.controls().control("attention-efficiency").nudge(0.45);
            view.controls().control("step-overhead").nudge(1.5);
            view.controls().control("target").nudge(60);
        });
        robot.interact(() -> view.controls().control("sequence-overhead").nudge(3));
        javafx.scene.control.ComboBox<?> engine = robot.lookup("#control-engine")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> ((javafx.scene.control.ComboBox<EngineLimits>) engine).setValue(EngineLimits.VLLM));
        Scenario edited = vm.scenario();
        assertEquals("vllm-defaults", edited.systems().get(2).servingOrNone().engine());
        assertEquals(2, edited.systems().get(2).gpus());
        dialogs.saveTo = dir.resolve("edited.json");
        boolean[] ok = new boolean[2];
        robot.interact(() -> ok[0] = d.save());
        robot.interact(() -> vm.load(ScenarioFiles.defaultScenario(CATALOG)));
        robot.interact(() -> ok[1] = d.openFile(dir.resolve("edited.json")));
        assertTrue(ok[0] && ok[1], dialogs.shown.toString());
        assertEquals(edited, vm.scenario());
    }

    @Test
    void aBadFileShowsEveryProblemAndLeavesTheScenarioExactlyAsItWas(FxRobot robot) throws Exception {
        DocumentController d = document(robot);
        robot.interact(() -> view.controls().control("rate").nudge(80));
        Scenario before = vm.scenario();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("../assets/scenarios/blackwell-migration.json"))
                .replace("\"accelerator\": \"h200-sxm\"", "\"accelerator\": \"h200\"")
                .replace("\"inputTokens\": 800", "\"inputTokens\": -5"));
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = d.openFile(bad));
        assertFalse(opened[0]);
        assertEquals(List.of("problems bad.json"), dialogs.shown);
        assertEquals(List.of("workload.inputTokens: must be between 1 and 10000000, was -5",
                        "systems[1].accelerator: unknown accelerator \"h200\" (did you mean \"h200-sxm\"?)"),
                dialogs.problems.stream().map(Object::toString).toList());
        assertEquals(before, vm.scenario());
        assertTrue(d.unsavedProperty().get(), "the unsaved work is still unsaved, and still there");
    }

    @Test
    void openingOverUnsavedWorkAsksFirstAndCancelKeepsIt(FxRobot robot) {
        DocumentController d = document(robot);
        robot.interact(() -> view.controls().control("rate").nudge(80));
        Scenario before = vm.scenario();
        dialogs.discardAnswer = Dialogs.Discard.CANCEL;
        robot.interact(() -> d.openPreset("speculative-decoding"));
        assertEquals(before, vm.scenario());
        dialogs.discardAnswer = Dialogs.Discard.DISCARD;
        robot.interact(() -> d.openPreset("speculative-decoding"));
        assertTrue(vm.scenario().name().startsWith("Speculative decoding"));
        assertEquals(2, dialogs.shown.stream().filter(s -> s.startsWith("confirmDiscard")).count());
    }

    @Test
    void autosaveWritesTheWorkAndTheNextStartOffersToRecoverIt(FxRobot robot) throws Exception {
        DocumentController d = document(robot);
        robot.interact(() -> {
            view.controls().control("rate").nudge(123);
            d.autosaveNow();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> autosave.pending(CATALOG).isPresent());
        assertEquals(123, autosave.pending(CATALOG).orElseThrow().scenario().workload().requestsPerSec());
        // a "crash": the next session starts on the default scenario and finds the autosave
        robot.interact(() -> vm.load(ScenarioFiles.defaultScenario(CATALOG)));
        DocumentController next = document(robot);
        dialogs.recoverAnswer = true;
        robot.interact(next::recoverIfNeeded);
        assertTrue(dialogs.shown.contains("offerRecovery " + vm.scenario().name()));
        assertEquals(123, vm.scenario().workload().requestsPerSec());
        assertTrue(next.unsavedProperty().get(), "recovered work is unsaved until saved");
        assertTrue(autosave.pending(CATALOG).isEmpty(), "offered once, then cleared");
    }

    @Test
    void aDroppedScenarioOpensAndAnythingElseIsExplained(FxRobot robot) throws Exception {
        DocumentController d = document(robot);
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "hello");
        boolean[] result = new boolean[2];
        robot.interact(() -> result[0] = d.openDropped(List.of(other)));
        assertFalse(result[0]);
        assertEquals("Drop a Ridgeline scenario (.json) to open it", vm.problemProperty().get());
        Path preset = dir.resolve("spec.json");
        ScenarioFiles.write(ScenarioFiles.preset("speculative-decoding", CATALOG), preset);
        robot.interact(() -> result[1] = d.openDropped(List.of(other, preset)));
        assertTrue(result[1]);
        assertTrue(vm.scenario().name().startsWith("Speculative decoding"));
        assertEquals(preset, d.file());
    }

    @Test
    void copyChartPutsA1920By1080ImageOnTheClipboard(FxRobot robot) {
        robot.interact(() -> {
            vm.flush();
            ChartClipboard.copy(dev.ridgeline.charts.ChartKind.COST, vm.results(), 2,
                    dev.ridgeline.charts.ChartOptions.DEFAULT);
        });
        javafx.scene.image.Image[] image = new javafx.scene.image.Image[1];
        robot.interact(() -> image[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        assertEquals(1920, image[0].getWidth());
        assertEquals(1080, image[0].getHeight());
    }

    @Test
    void exportFromTheWorkbenchRunsInTheBackgroundAndReportsInTheStatusBar(FxRobot robot) throws Exception {
        Path out = dir.resolve("slides");
        robot.interact(() -> {
            vm.flush();
            new ExportActions(vm, view, view.root().getScene().getWindow()).run("Exporting", () ->
                    dev.ridgeline.export.Exporter.export(vm.results(), out,
                            java.util.EnumSet.of(dev.ridgeline.export.ExportFormat.PNG), 1920, 1080, 0));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Exported"));
        // five charts (the four and the latency chart) and the three decision views that apply to the default preset
        assertEquals("Exported 8 files to " + out, vm.statusProperty().get());
        assertTrue(Files.isRegularFile(out.resolve("frontier.png")));
        // an unwritable target is a message, not a stack trace
        Path blocked = dir.resolve("file");
        Files.writeString(blocked, "x");
        robot.interact(() -> new ExportActions(vm, view, view.root().getScene().getWindow()).run("Exporting", () ->
                dev.ridgeline.export.Exporter.export(vm.results(), blocked.resolve("sub"),
                        java.util.EnumSet.of(dev.ridgeline.export.ExportFormat.PNG), 1920, 1080, 0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.problemProperty().get().startsWith("Export failed"));
        assertTrue(vm.problemProperty().get().contains(blocked.toString()), vm.problemProperty().get());
    }

    @Test
    void aCleanExitLeavesNothingToRecover(FxRobot robot) throws Exception {
        DocumentController d = document(robot);
        robot.interact(() -> {
            view.controls().control("rate").nudge(77);
            d.autosaveNow();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> autosave.pending(CATALOG).isPresent());
        robot.interact(d::closeCleanly);
        assertTrue(autosave.pending(CATALOG).isEmpty());
        assertNull(d.file());
    }
}
