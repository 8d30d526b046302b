package dev.ridgeline.cli;

import dev.ridgeline.workbench.FrameTimeApp;
import dev.ridgeline.workbench.FrameTimeProbe;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Frame-time benchmark of the live workbench (needs a display; under CI use xvfb-run). */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        description = "Frame-time benchmark: move a slider in a real window (needs a display), print frame times.")
final class BenchUiCommand implements Callable<Integer> {
    @Option(names = "--values", defaultValue = "200", description = "How many slider values (default 200).")
    int values;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Consumer<String> out = line -> spec.commandLine().getOut().println(line);
        FrameTimeProbe probe = new FrameTimeProbe(values, out);
        FrameTimeApp.run(probe, out);
        out.accept("resident memory after " + values + " changes: " + FrameTimeApp.residentMemory());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
