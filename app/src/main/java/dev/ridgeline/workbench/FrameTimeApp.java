package dev.ridgeline.workbench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX entry point for `ridgeline bench-ui`. */
public final class FrameTimeApp extends Application {
    private static volatile FrameTimeProbe probe;

    public static void run(FrameTimeProbe p) {
        probe = p;
        Platform.setImplicitExit(true);
        Application.launch(FrameTimeApp.class);
    }

    @Override
    public void start(Stage stage) {
        probe.start(stage);
    }
}
