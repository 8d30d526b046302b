package dev.ridgeline.app;

import dev.ridgeline.cli.RidgelineCommand;

/**
 * Entry point of the runnable jar. It deliberately does not extend javafx.application.Application:
 * a shaded jar whose main class does would refuse to start ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        dev.ridgeline.workbench.StartupProbe.mark("main");
        int exitCode = RidgelineCommand.run(args);
        System.exit(exitCode);
    }
}
