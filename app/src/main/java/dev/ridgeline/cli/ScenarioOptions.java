package dev.ridgeline.cli;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which scenario a command works on: a file, a built-in preset, or (neither) the default preset. */
final class ScenarioOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE",
                description = "Scenario file (default: the built-in blackwell-migration preset).")
        Path file;

        @Option(names = "--preset", paramLabel = "ID",
                description = "A built-in preset instead of a file: blackwell-migration, h100-batching-economics, "
                        + "speculative-decoding, moe-expert-parallel, rag-prefix-caching, disaggregation.")
        String preset;
    }

    /** Reads and validates the scenario; throws InvalidInputException listing every problem. */
    Scenario load(Catalog catalog) {
        if (source != null && source.file != null) {
            return ScenarioFiles.read(source.file, catalog);
        }
        return ScenarioFiles.preset(source != null && source.preset != null ? source.preset
                : ScenarioFiles.PRESETS.get(0), catalog);
    }
}
