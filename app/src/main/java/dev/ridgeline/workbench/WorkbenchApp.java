package dev.ridgeline.workbench;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the workbench. */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "Ridgeline";
    static final double DEFAULT_WIDTH = 1600;
    static final double DEFAULT_HEIGHT = 960;

    private static volatile Path initialScenario;

    /** Starts JavaFX and blocks until the window closes. */
    public static void launchWith(Path scenario) {
        initialScenario = scenario;
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        WorkbenchView view = new WorkbenchView();
        // Never larger than the screen: a projector at 1280x800 must still show the whole workbench.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(),
                Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        Theme.apply(scene);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }

    static Path initialScenario() {
        return initialScenario;
    }
}
