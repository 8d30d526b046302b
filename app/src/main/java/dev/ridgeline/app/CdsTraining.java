package dev.ridgeline.app;

import dev.ridgeline.cli.RidgelineCommand;
import dev.ridgeline.workbench.WorkbenchApp;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The class-data-sharing training run of the installer build (never run by users): it loads what a start
 * loads — the command line, then the real workbench window for a few seconds — and exits, so that
 * {@code java -XX:DumpLoadedClassList=ridgeline.classlist -cp ridgeline.jar dev.ridgeline.app.CdsTraining}
 * records those classes. Without a display it still records the command-line classes.
 * With -Dridgeline.training.millis=0 it is a start-up timing run instead: the window only, closed at its first
 * pulse, printing the time from process start to that pulse.
 */
public final class CdsTraining {
    /** Long enough for the window to build, lay out, style and paint (and any background load to land). */
    static final long SHOWN_MILLIS = Long.getLong("ridgeline.training.millis", 4000);

    private CdsTraining() {
    }

    public static void main(String[] args) {
        if (SHOWN_MILLIS > 0) {
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            RidgelineCommand.run(new String[] {"--version"}, quiet, quiet);
            RidgelineCommand.run(new String[] {"metrics"}, quiet, quiet);
        }
        try {
            Application.launch(Window.class);
            System.out.println("cds-training: workbench window shown and closed");
        } catch (RuntimeException e) {
            // no display (a headless build machine): the class list then holds the command-line classes only
            System.out.println("cds-training: no window (" + e.getMessage() + "); command-line classes only");
        }
        System.exit(0);
    }

    /** The workbench as a user starts it, closed after it has painted for a while. */
    public static final class Window extends Application {
        private final WorkbenchApp workbench = new WorkbenchApp();

        @Override
        public void start(Stage stage) {
            workbench.start(stage);
            long shownAt = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (SHOWN_MILLIS == 0) {
                        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
                        System.out.println("first pulse " + Duration.between(started, Instant.now()).toMillis()
                                + " ms after process start");
                    }
                    if (now - shownAt >= SHOWN_MILLIS * 1_000_000L) {
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }

        @Override
        public void stop() {
            workbench.stop();
        }
    }
}
