package dev.ridgeline.app;

import dev.ridgeline.cli.RidgelineCommand;
import dev.ridgeline.workbench.WorkbenchApp;
import java.io.PrintWriter;
import java.io.Writer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The class-data-sharing training run of the installer build (never run by users): it loads what a start
 * loads — the command line, then the real workbench window for a few seconds — and exits, so that
 * {@code java -XX:ArchiveClassesAtExit=ridgeline.jsa -cp ridgeline.jar dev.ridgeline.app.CdsTraining}
 * writes an archive of those classes. Without a display it still archives the command-line classes.
 */
public final class CdsTraining {
    /**
     * Long enough for the window to build, lay out, style and paint (and any background load to land).
     * -Dridgeline.training.millis=0 closes it at the first pulse instead: a start-up timing run.
     */
    static final long SHOWN_NANOS = Long.getLong("ridgeline.training.millis", 4000) * 1_000_000L;

    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        RidgelineCommand.run(new String[] {"--version"}, quiet, quiet);
        RidgelineCommand.run(new String[] {"metrics"}, quiet, quiet);
        try {
            Application.launch(Window.class);
            System.out.println("cds-training: workbench window shown and closed");
        } catch (RuntimeException e) {
            // no display (a headless build machine): the archive then holds the command-line classes only
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
                    if (now - shownAt >= SHOWN_NANOS) {
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
