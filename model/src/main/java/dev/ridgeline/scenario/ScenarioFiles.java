package dev.ridgeline.scenario;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.Quote;
import dev.ridgeline.validation.RecordRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads, validates and writes scenario files; the presets ship in assets/scenarios. */
public final class ScenarioFiles {
    /** The presets, in the order the app offers them; the first opens by default. */
    public static final List<String> PRESETS = List.of("blackwell-migration", "h100-batching-economics",
            "speculative-decoding", "moe-expert-parallel", "model-cascade",
            "rag-prefix-caching", "disaggregation");

    private ScenarioFiles() {
    }

    /** Reads a file, checks its shape and every catalog reference; throws listing every problem found. */
    public static Scenario read(Path file, Catalog catalog) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > JsonDocuments.MAX_BYTES) {
                throw new InvalidInputException(name, List.of(new Problem("", "file is " + Files.size(file) / 1024
                        + " KiB; scenario files over " + JsonDocuments.MAX_BYTES / 1024 / 1024 + " MiB are refused")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "no such file: " + file)));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "cannot be read: " + e.getMessage())));
        }
        return parse(bytes, name, catalog);
    }

    public static Scenario parse(byte[] bytes, String name, Catalog catalog) {
        Scenario scenario;
        try {
            scenario = JsonDocuments.read(bytes, name, Scenario.class);
        } catch (InvalidInputException shape) {
            throw new InvalidInputException(name, withReferenceProblems(shape.problems(), bytes, catalog));
        }
        scenario = SchemaMigration.toCurrent(scenario);
        scenario = stampPins(scenario);
        try {
            ScenarioResolver.resolve(scenario, catalog);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name, e.problems());
        }
        return scenario;
    }

    /** A pin that does not say what it was measured on was measured on its system as the file states it. */
    static Scenario stampPins(Scenario scenario) {
        List<SystemSpec> systems = scenario.systems().stream()
                .map(s -> s.measured() == null ? s : s.withMeasured(s.measured().measuredOn(s))).toList();
        return systems.equals(scenario.systems()) ? scenario : scenario.withSystems(systems, scenario.baseline());
    }

    /** Adds the catalog-reference problems of a misshapen file, for fields its shape check did not already flag. */
    private static List<Problem> withReferenceProblems(List<Problem> shape, byte[] bytes, Catalog catalog) {
        if (shape.stream().anyMatch(p -> p.path().isEmpty() || p.path().equals("schemaVersion"))) {
            return shape;
        }
        List<Problem> all = new ArrayList<>(shape);
        // the records' own range checks would refuse the values the shape check already reported
        RecordRules.suspended(() -> {
            JsonDocuments.bindLeniently(bytes, Scenario.class).ifPresent(lenient -> {
                try {
                    ScenarioResolver.resolve(lenient, catalog);
                } catch (InvalidInputException e) {
                    Set<String> flagged = new HashSet<>();
                    shape.forEach(p -> flagged.add(p.path()));
                    // a custom entry with misshapen fields breaks structural rules as a matter of course: noise
                    Set<String> misshapenEntries = new HashSet<>();
                    shape.forEach(p -> entry(p.path()).ifPresent(misshapenEntries::add));
                    e.problems().stream().filter(p -> !flagged.contains(p.path()))
                            .filter(p -> entry(p.path()).map(x -> !misshapenEntries.contains(x)).orElse(true))
                            .forEach(all::add);
                } catch (RuntimeException e) {
                    // a file too broken to resolve: its shape problems say enough
                }
            });
            return null;
        });
        return all;
    }

    /** "customModels[2]" of "customModels[2].moe.activeExperts": the custom entry a path is in, if any. */
    private static java.util.Optional<String> entry(String path) {
        if (!path.startsWith("customModels[") && !path.startsWith("customAccelerators[")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(path.substring(0, path.indexOf(']') + 1));
    }

    public static Scenario preset(String id, Catalog catalog) {
        String resource = "/ridgeline/assets/scenarios/" + id + ".json";
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("preset", List.of(new Problem("", "no preset " + Quote.of(id)
                        + "; presets: " + String.join(", ", PRESETS))));
            }
            return parse(in.readAllBytes(), id + ".json", catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario defaultScenario(Catalog catalog) {
        return preset(PRESETS.get(0), catalog);
    }

    public static String toJson(Scenario scenario) {
        return JsonDocuments.write(scenario);
    }

    /**
     * Writes atomically: a temporary file beside the target, flushed to disk, then renamed over it, so a crash or a
     * kill mid-save leaves the previous file whole (issue 13, defect 10). The saved file keeps the permissions the
     * old one had (a new one gets what any new file gets); the directory is flushed too where the OS allows; and the
     * temporaries an interrupted save left, named like this one's, are removed.
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        SafeSave.write(file, toJson(scenario).getBytes(StandardCharsets.UTF_8));
    }
}
