package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.export.ExportFormat;
import dev.ridgeline.export.Exporter;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * File → Export: everything into a folder, or the current chart as PNG or SVG, written off the FX thread. How it
 * went is said in the status bar and, since an export ends seconds after the click, in a ControlsFX notice at the
 * window's bottom right that fades by itself.
 */
final class ExportActions {
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    private final WorkbenchViewModel vm;
    private final WorkbenchView view;
    private final Window owner;

    ExportActions(WorkbenchViewModel vm, WorkbenchView view, Window owner) {
        this.vm = vm;
        this.view = view;
        this.owner = owner;
    }

    /** PNG, SVG, the slide deck and the CSVs of the results on screen into a chosen folder. */
    void exportAll() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export charts, slides and data to a folder");
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            ScenarioResults results = vm.results();
            int selected = vm.selectedProperty().get();
            var options = view.charts().options(); // what the room saw: a log axis stays log on the slides
            run("Exporting to " + dir, () -> Exporter.export(results, dir.toPath(), EnumSet.allOf(ExportFormat.class),
                    WIDTH, HEIGHT, selected, options));
        }
    }

    /** The chart shown alone, or last pointed at, as a PNG or SVG (chosen by the file's extension). */
    void exportCurrentChart() {
        ChartKind kind = view.charts().current();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + kind.title() + " chart");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image, 1920×1080", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector image", "*.svg"));
        chooser.setInitialFileName(kind.fileName() + ".png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            ScenarioResults results = vm.results();
            int selected = vm.selectedProperty().get();
            var options = view.charts().options();
            run("Exporting " + file.getName(), () -> {
                Exporter.exportChart(kind, results, file.toPath(), WIDTH, HEIGHT, selected, options);
                return List.of(file.toPath());
            });
        }
    }

    /** How long the finished-export notice stays. */
    static final Duration NOTICE = Duration.seconds(6);

    /** Runs an export on a background thread; the status bar and a notice say how it went, never a stack trace. */
    void run(String what, Callable<List<Path>> export) {
        vm.reportProblem("");
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                return export.call();
            }
        };
        task.setOnSucceeded(e -> {
            String done = "Exported " + task.getValue().size() + " file" + (task.getValue().size() == 1 ? "" : "s")
                    + " to " + task.getValue().get(0).getParent();
            vm.reportInfo(done);
            notice("Export finished", done);
        });
        task.setOnFailed(e -> {
            String failed = "Export failed: " + task.getException().getMessage();
            vm.reportProblem(failed);
            notice("Export failed", failed);
        });
        vm.reportInfo(what + "…");
        Thread thread = new Thread(task, "ridgeline-export");
        thread.setDaemon(true);
        thread.start();
    }

    /** A small notice over the window that needs no click (no notice when the window is gone). */
    private void notice(String title, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT).hideAfter(NOTICE)
                .styleClass("export-notice").show();
    }
}
