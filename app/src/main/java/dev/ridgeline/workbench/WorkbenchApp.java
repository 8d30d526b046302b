package dev.ridgeline.workbench;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
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
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.apply(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
    }

    static Path initialScenario() {
        return initialScenario;
    }
}
