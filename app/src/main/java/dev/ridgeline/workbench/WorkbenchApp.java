package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the workbench, opened on a file or the default preset. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "Ridgeline";
    static final double DEFAULT_WIDTH = 1920;
    static final double DEFAULT_HEIGHT = 1080;

    private static volatile Path initialScenario;
    private WorkbenchViewModel vm;

    /** Starts JavaFX and blocks until the window closes. */
    public static void launchWith(Path scenario) {
        initialScenario = scenario;
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        Catalog catalog = Catalog.builtIn();
        Scenario scenario = ScenarioFiles.defaultScenario(catalog);
        String opening = null;
        if (initialScenario != null) {
            try {
                scenario = ScenarioFiles.read(initialScenario, catalog);
            } catch (InvalidInputException e) {
                opening = initialScenario + " was not opened: " + e.problems().get(0)
                        + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "")
                        + "; showing the default scenario";
            }
        }
        vm = new WorkbenchViewModel(catalog, scenario);
        if (opening != null) {
            vm.reportProblem(opening);
        }
        WorkbenchView view = new WorkbenchView(vm);
        // Never larger than the screen: a projector at 1280x800 must still show the whole workbench.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Theme.apply(scene);
        stage.setTitle(TITLE + " — " + scenario.name());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.dispose();
        }
    }
}
