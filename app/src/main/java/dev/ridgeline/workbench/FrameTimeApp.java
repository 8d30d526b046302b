package dev.ridgeline.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX entry point for `ridgeline bench-ui`. */
public final class FrameTimeApp extends Application {
    private static volatile FrameTimeProbe probe;
    private static volatile Consumer<String> out = line -> { };

    public static void run(FrameTimeProbe p, Consumer<String> printer) {
        probe = p;
        out = printer;
        Platform.setImplicitExit(true);
        Application.launch(FrameTimeApp.class);
    }

    @Override
    public void start(Stage stage) {
        probe.start(stage);
        out.accept("resident memory after start: " + residentMemory());
    }

    /** This process's resident set (VmRSS) in MiB, from /proc; "n/a" where there is no /proc (macOS, Windows). */
    public static String residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: not Linux
        }
        return "n/a";
    }
}
