package dev.ridgeline.app;

import dev.ridgeline.cli.RidgelineCommand;
import dev.ridgeline.workbench.StartupProbe;
import dev.ridgeline.workbench.WorkbenchApp;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of the runnable jar. It deliberately does not extend javafx.application.Application:
 * a shaded jar whose main class does would refuse to start ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        if (opensWindowOnly(args)) {
            java.util.Optional<Integer> relaunched = DesktopLaunch.relaunch(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
            // what the parser would do with these arguments, without loading it and every command (issue 16: start)
            try {
                WorkbenchApp.launchWith(args.length == 0 ? null : Path.of(args[0]));
            } catch (RuntimeException e) {
                System.err.println("ridgeline: " + e.getMessage()); // as the parser reports a failed command
                System.exit(2);
            }
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("bench-ui")) {
            // frame times as the window runs: in the window's JVM settings
            java.util.Optional<Integer> relaunched = DesktopLaunch.relaunch(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
        }
        int exitCode = RidgelineCommand.run(args);
        System.exit(exitCode);
    }

    /**
     * Whether the arguments only open the window: none, or one naming a .json scenario file. Anything else (an option,
     * a command, an @argument file, another file) goes to the command-line parser.
     */
    static boolean opensWindowOnly(String[] args) {
        if (args.length == 0) {
            return true;
        }
        String arg = args[0];
        if (args.length > 1 || arg.startsWith("-") || arg.startsWith("@")
                || !arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            Path.of(arg);
            return true;
        } catch (InvalidPathException e) {
            return false; // the parser says what is wrong with it
        }
    }
}
