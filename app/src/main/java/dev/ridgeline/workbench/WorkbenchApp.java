package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.files.RecentFiles;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
    private WorkbenchViewModel vm;
    private DocumentController doc;

    /** Starts JavaFX and blocks until the window closes. */
    public static void launchWith(Path scenario) {
        initialScenario = scenario;
        StartupProbe.mark("launch");
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start()");
        Catalog catalog = Catalog.builtIn();
        Scenario scenario = ScenarioFiles.defaultScenario(catalog);
        Path opened = null;
        InvalidInputException openFailure = null;
        if (initialScenario != null) {
            try {
                scenario = ScenarioFiles.read(initialScenario, catalog);
                opened = initialScenario;
            } catch (InvalidInputException e) {
                openFailure = e;
            }
        }
        StartupProbe.mark("catalog + scenario");
        vm = new WorkbenchViewModel(catalog, scenario);
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
        doc = new DocumentController(vm, dialogs, RecentFiles.standard(), Autosave.standard(), opened);
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
        InvalidInputException failure = openFailure;
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
