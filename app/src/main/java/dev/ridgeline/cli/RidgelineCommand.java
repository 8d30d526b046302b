package dev.ridgeline.cli;

import dev.ridgeline.workbench.WorkbenchApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The root command: with no subcommand it opens the workbench window; only bench-ui among the subcommands starts JavaFX. */
@Command(
        name = "ridgeline",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A what-if workbench for LLM inference economics.%n"
                + "With no subcommand, opens the workbench window on SCENARIO (default: the built-in blackwell-migration).",
        subcommands = {MetricsCommand.class, CatalogCommand.class, ValidateCommand.class, AuditCommand.class,
            FidelityCommand.class, CalibrateCommand.class,
            ExportCommand.class, BenchUiCommand.class,
            CommandLine.HelpCommand.class})
public final class RidgelineCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file to open in the workbench.")
    Path scenario;

    @Override
    public Integer call() {
        WorkbenchApp.launchWith(scenario);
        return 0;
    }

    /** Parses and runs; returns the exit code. Errors print a one-line message, never a stack trace. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RidgelineCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("ridgeline: " + ex.getMessage());
            return 2;
        });
        return commandLine.execute(args);
    }
}
