package dev.ridgeline.cli;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.export.ExportFormat;
import dev.ridgeline.export.Exporter;
import dev.ridgeline.export.WarmUp;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.validation.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a scenario's charts (PNG, SVG), slide deck (PPTX) and plotted data (CSV) into a folder, with no display. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a scenario's four charts as PNG and SVG, a 16:9 slide deck and the plotted series as "
                + "CSV into a folder. Needs no display.")
final class ExportCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})");

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write into; made if missing.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = ExportFormat.ALL,
            description = "Comma-separated formats: png, svg, pptx, csv (default: all).")
    String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
            description = "PNG and SVG size in pixels, each side " + Exporter.MIN_SIZE + "–" + Exporter.MAX_SIZE
                    + " (default 1920x1080; charts are laid out at 1280x720 and magnified to the size).")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int[] dimensions = size(size);
        if (dimensions == null) {
            err.printf("ridgeline export: --size must be WxH with each side between %d and %d pixels, was \"%s\"%n",
                    Exporter.MIN_SIZE, Exporter.MAX_SIZE, size);
            return 2;
        }
        Set<ExportFormat> formats;
        try {
            formats = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("ridgeline export: --format: " + e.getMessage());
            return 2;
        }
        WarmUp.start(formats); // a fresh JVM loads the export's classes on the other core while the catalog loads
        ScenarioResults results;
        try {
            Catalog catalog = Catalog.builtIn();
            Scenario scenario = scenarioOptions.load(catalog);
            results = ScenarioEvaluator.evaluate(scenario, catalog);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return 1;
        }
        List<Path> written;
        try {
            written = Exporter.export(results, out, formats, dimensions[0], dimensions[1],
                    results.scenario().baselineIndex());
        } catch (IOException e) {
            err.println("ridgeline export: " + e.getMessage());
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : written) {
            stdout.printf("%s  (%s)%n", file, kilobytes(file));
        }
        stdout.printf("%d files written to %s%n", written.size(), out);
        stdout.flush();
        return 0;
    }

    /** {width, height} from "1920x1080", or null when malformed or out of range. */
    static int[] size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        boolean inRange = width >= Exporter.MIN_SIZE && width <= Exporter.MAX_SIZE && height >= Exporter.MIN_SIZE
                && height <= Exporter.MAX_SIZE;
        return inRange ? new int[] {width, height} : null;
    }

    private static String kilobytes(Path file) {
        try {
            return String.format("%,d KB", (Files.size(file) + 1023) / 1024);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
