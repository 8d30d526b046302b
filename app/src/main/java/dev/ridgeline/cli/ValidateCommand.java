package dev.ridgeline.cli;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a scenario file: prints every problem with its JSON path and exits 1, or says it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file. Prints every problem with its JSON path and exits 1, or exits 0.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The scenario file to check.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Scenario scenario = ScenarioFiles.read(file, Catalog.builtIn());
            spec.commandLine().getOut().printf("%s: valid (\"%s\", %d system%s)%n", file, scenario.name(),
                    scenario.systems().size(), scenario.systems().size() == 1 ? "" : "s");
            return 0;
        } catch (InvalidInputException e) {
            var err = spec.commandLine().getErr();
            err.printf("%s: %d problem%s%n", file, e.problems().size(), e.problems().size() == 1 ? "" : "s");
            for (Problem p : e.problems()) {
                err.println("  " + p);
            }
            return 1;
        }
    }
}
