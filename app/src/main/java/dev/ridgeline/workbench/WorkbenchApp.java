package dev.ridgeline.workbench;

import dev.ridgeline.files.Autosave;
import dev.ridgeline.files.RecentFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the workbench, opened on a file or the default preset. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "Ridgeline";
    static final double DEFAULT_WIDTH = 1920;
    static final double DEFAULT_HEIGHT = 1080;

    private static volatile Path initialScenario;
    /** The opening data, loading since {@link #launchWith}; null when start() is called directly (tests). */
    private static volatile CompletableFuture<Opening> pending;
    private WorkbenchViewModel vm;
    private DocumentController doc;

    /** Starts JavaFX and blocks until the window closes. */
    public static void launchWith(Path scenario) {
        initialScenario = scenario;
        if (System.getProperty("java.awt.headless") == null) {
            // Java2D only draws the charts into images here (the window is JavaFX's): headless, it opens no second
            // display connection at start, and draws the same pixels
            System.setProperty("java.awt.headless", "true");
        }
        pending = Opening.begin(scenario); // runs while the toolkit starts
        StartupProbe.mark("launch");
        try {
            Application.launch(WorkbenchApp.class);
        } catch (RuntimeException e) {
            // JavaFX says only "Exception in Application start method"; the cause says what is wrong
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start()");
        CompletableFuture<Opening> loading = pending;
        pending = null;
        Opening opening;
        try {
            opening = loading != null ? Opening.await(loading) : Opening.load(initialScenario);
        } catch (RuntimeException e) {
            // the built-in catalog is unreadable (a damaged install): say so in a window, not only on a console
            new FxDialogs(null).showError("Ridgeline cannot start", e.getMessage());
            throw e;
        }
        StartupProbe.mark("catalog + scenario");
        vm = new WorkbenchViewModel(opening.first);
        StartupProbe.mark("vm");
        WorkbenchView view = new WorkbenchView(vm);
        StartupProbe.mark("view");
        // Never larger than the screen: a projector at 1280x800 must still show the whole workbench.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Theme.apply(scene);
        StartupProbe.mark("scene");

        Dialogs dialogs = new FxDialogs(stage);
        doc = new DocumentController(vm, dialogs, RecentFiles.standard(), Autosave.standard(),
                opening.opened);
        doc.setOnOpened(() -> view.controls().setOpened(vm.scenario()));
        view.benchmarks().setDialogs(dialogs);
        StartupProbe.mark("doc");
        Presenter presenter = new Presenter(stage, scene, view, vm);
        Runnable quit = () -> {
            if (doc.mayDiscard()) {
                doc.closeCleanly();
                Platform.exit();
            }
        };
        view.root().setTop(WorkbenchMenus.build(doc, vm, view, presenter, new ExportActions(vm, view, stage), quit));
        StartupProbe.mark("menus");
        stage.titleProperty().bind(doc.title());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            List<java.nio.file.Path> paths = files.stream().map(File::toPath).toList();
            // a benchmark (CSV, vLLM result, measurements) is imported into the calibration; a scenario is opened
            if (paths.stream().anyMatch(BenchmarkImporter::isBenchmark)) {
                view.showCalibration(true);
            }
            e.setDropCompleted(BenchmarkImporter.dropped(paths, view.benchmarks(), doc));
            e.consume();
        });
        stage.setOnCloseRequest(e -> {
            if (doc.mayDiscard()) {
                doc.closeCleanly();
            } else {
                e.consume();
            }
        });
        stage.setScene(scene);
        if (StartupProbe.enabled()) {
            StartupProbe.attach(stage, scene, () -> view.charts().draws() >= 4);
        }
        stage.show();
        StartupProbe.mark("show() returned");
        InvalidInputException failure = opening.openFailure;
        Platform.runLater(() -> {
            if (failure != null) {
                dialogs.showProblems("Cannot open scenario", initialScenario.toString(), failure.problems());
            }
            doc.recoverIfNeeded();
        });
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.dispose();
        }
    }
}
