package dev.ridgeline.workbench;

import dev.ridgeline.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File, Edit, View and Help menus, with the keyboard shortcuts a desktop user expects. */
final class WorkbenchMenus {
    private WorkbenchMenus() {
    }

    static MenuBar build(DocumentController doc, WorkbenchViewModel vm, WorkbenchView workbench, Presenter presenter,
            ExportActions export, Runnable quit) {
        Menu presets = new Menu("New from preset");
        for (String id : ScenarioFiles.PRESETS) {
            presets.getItems().add(item(id, null, () -> doc.openPreset(id)));
        }
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : doc.recentFiles()) {
                recent.getItems().add(item(p.getFileName() + "  —  " + p.getParent(), null, () -> {
                    if (doc.mayDiscard()) {
                        doc.openFile(p);
                    }
                }));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem importBenchmark = item("_Import benchmark (CSV, vllm bench serve JSON)…", "Shortcut+I", () -> {
            workbench.showCalibration(true); // the refit's progress and its outcome show there
            workbench.benchmarks().importBenchmark();
        });
        importBenchmark.setId("menu-import-benchmark");
        MenuItem removeYours = item("Remove _your benchmarks (built-in calibration)", null,
                workbench.benchmarks()::removeYours);
        removeYours.setId("menu-remove-benchmarks");
        removeYours.setDisable(!BenchmarkImporter.hasOwnProfile(vm.scenario()));
        vm.scenarioProperty().addListener((o, was, is) -> removeYours.setDisable(
                !BenchmarkImporter.hasOwnProfile(is)));
        Menu file = new Menu("_File", null, presets,
                item("_Open…", "Shortcut+O", doc::open), recent, new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", doc::save), item("Save _as…", "Shortcut+Shift+S", doc::saveAs),
                new SeparatorMenuItem(), importBenchmark, removeYours, new SeparatorMenuItem(),
                item("_Export charts, slides and data…", "Shortcut+E", export::exportAll),
                item("Export this _chart…", "Shortcut+Shift+E", export::exportCurrentChart),
                new SeparatorMenuItem(), item("_Quit", "Shortcut+Q", quit));
        file.setId("menu-file");

        MenuItem undo = item("_Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(vm.canUndoProperty()));
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(javafx.beans.binding.Bindings.not(vm.canRedoProperty()));
        MenuItem redoY = item("Redo (alternative)", "Shortcut+Y", vm::redo);
        redoY.disableProperty().bind(redo.disableProperty());
        MenuItem copy = item("_Copy chart as image", "Shortcut+Shift+C", () -> {
            ChartClipboard.copy(workbench.charts().current(), vm.results(), vm.selectedProperty().get(),
                    workbench.charts().options());
            vm.reportProblem("");
        });
        Menu edit = new Menu("_Edit", null, undo, redo, redoY, new SeparatorMenuItem(), copy);

        CheckMenuItem calibrationView = new CheckMenuItem("_Calibration view (measured vs modeled)");
        calibrationView.setId("menu-calibration-view");
        calibrationView.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        calibrationView.selectedProperty().bindBidirectional(workbench.calibrationShownProperty());
        CheckMenuItem decisionsView = new CheckMenuItem("_Decisions (sensitivity, bridge, build vs buy, cascade)");
        decisionsView.setId("menu-decisions-view");
        decisionsView.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        decisionsView.selectedProperty().bindBidirectional(workbench.decisionsShownProperty());
        CheckMenuItem calibrated = new CheckMenuItem("Calibrated _model (off: roofline, uncalibrated)");
        calibrated.setId("menu-calibrated");
        calibrated.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        calibrated.setSelected(vm.isCalibrated());
        calibrated.setOnAction(e -> {
            vm.setCalibrated(calibrated.isSelected());
            calibrated.setSelected(vm.isCalibrated());
        });
        vm.scenarioProperty().addListener((o, was, is) -> calibrated.setSelected(vm.isCalibrated()));
        CheckMenuItem lockAxes = new CheckMenuItem("_Lock chart axes (no rescaling while presenting a sweep)");
        lockAxes.setId("menu-lock-axes");
        lockAxes.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        lockAxes.selectedProperty().bindBidirectional(workbench.charts().axesLockedProperty());
        CheckMenuItem logThroughput = new CheckMenuItem("Lo_g throughput axis (frontier)");
        logThroughput.setId("menu-log-throughput");
        logThroughput.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        logThroughput.setSelected(workbench.charts().options().logThroughput());
        logThroughput.setOnAction(e -> workbench.charts().setOptions(
                workbench.charts().options().withLogThroughput(logThroughput.isSelected())));
        Menu view = new Menu("_View", null,
                calibrated, calibrationView, decisionsView, new SeparatorMenuItem(), lockAxes, logThroughput,
                new SeparatorMenuItem(),
                item("_Presenter mode", "F5", presenter::toggle),
                item("Grid or single chart (presenter: G)", null, presenter::toggleGrid),
                // issue 14: the latency chart is not in the grid; this shows it alone, and again the grid
                item("Latency under _load chart, or the grid", "Shortcut+Shift+K", () -> {
                    boolean shown = workbench.charts().single() == dev.ridgeline.charts.ChartKind.LATENCY;
                    workbench.showCalibration(false);
                    workbench.charts().showSingle(shown ? null : dev.ridgeline.charts.ChartKind.LATENCY);
                }),
                item("Light or dark theme (presenter: T)", null, presenter::toggleTheme));
        MenuBar[] built = new MenuBar[1];
        Menu help = new Menu("_Help", null, item("_Keyboard shortcuts", "F1", () -> shortcuts(built[0])));
        MenuBar bar = new MenuBar(file, edit, view, help);
        built[0] = bar;
        bar.setId("menu-bar");
        return bar;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void shortcuts(MenuBar bar) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Ridgeline keyboard shortcuts");
        alert.setContentText(shortcutsText(bar));
        alert.showAndWait();
    }

    /** Keys that are no menu's accelerator: the F1 list adds them after the menus' own. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"1 – 6", "pick a system"},
            new String[] {"+ / −", "move the last-touched slider one step"},
            new String[] {"Enter / Esc in a value", "apply / put back"},
            new String[] {"Esc", "(presenter) leave presenter mode"},
            new String[] {"← / →   G   T   C", "(presenter) chart, calibration or decisions view, grid, theme, controls"});

    /**
     * The F1 list: every accelerator in the menus, read from the menus themselves so none is left out, then the keys
     * that are no menu's (issue 12).
     */
    static String shortcutsText(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, rows);
        }
        rows.addAll(OTHER_KEYS);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(row[0]).append(" ".repeat(width - row[0].length())).append(row[1]);
        }
        return text.toString();
    }

    private static void collect(Menu menu, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {keys(item.getAccelerator()),
                        item.getText().replace("_", "").replace("…", "")});
            }
        }
    }

    /** "Ctrl+Shift+E", "F5": an accelerator as the F1 list writes it (Cmd for the shortcut key on a Mac). */
    static String keys(KeyCombination k) {
        StringBuilder s = new StringBuilder();
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        if (k.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            s.append(mac ? "Cmd+" : "Ctrl+");
        }
        if (k.getControl() == KeyCombination.ModifierValue.DOWN) {
            s.append("Ctrl+");
        }
        if (k.getMeta() == KeyCombination.ModifierValue.DOWN) {
            s.append("Meta+");
        }
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            s.append("Alt+");
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            s.append("Shift+");
        }
        if (k instanceof KeyCodeCombination code) {
            s.append(code.getCode().getName());
        } else if (k instanceof KeyCharacterCombination character) {
            s.append(character.getCharacter());
        }
        return s.toString();
    }
}
