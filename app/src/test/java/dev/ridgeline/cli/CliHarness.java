package dev.ridgeline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return RidgelineCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
