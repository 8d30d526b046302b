package dev.ridgeline.files;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The working scenario, written every few seconds while it has unsaved changes, so a crash loses almost
 * nothing. A clean exit clears it; finding one at start means the last session did not end cleanly.
 * Files: autosave.json (the scenario, written atomically) and autosave.path (the document it belongs to).
 */
public final class Autosave {
    private final Path dir;

    public Autosave(Path dir) {
        this.dir = dir;
    }

    /** ~/.ridgeline, or the folder named by the ridgeline.home system property (tests, portable installs). */
    public static Autosave standard() {
        String home = System.getProperty("ridgeline.home");
        return new Autosave(home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".ridgeline"));
    }

    public void save(Scenario scenario, Path document) throws IOException {
        Files.createDirectories(dir);
        ScenarioFiles.write(scenario, scenarioFile());
        Path marker = dir.resolve("autosave.path");
        Files.writeString(marker, document == null ? "" : document.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    /** What the last session left behind, if anything readable. */
    public Optional<Recovery> pending(Catalog catalog) {
        Path file = scenarioFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Scenario scenario = ScenarioFiles.read(file, catalog);
            Path marker = dir.resolve("autosave.path");
            String doc = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).trim() : "";
            return Optional.of(new Recovery(scenario, doc.isEmpty() ? null : Path.of(doc),
                    Files.getLastModifiedTime(file).toInstant()));
        } catch (InvalidInputException | IOException e) {
            return Optional.empty();
        }
    }

    public void clear() throws IOException {
        Files.deleteIfExists(scenarioFile());
        Files.deleteIfExists(dir.resolve("autosave.path"));
    }

    private Path scenarioFile() {
        return dir.resolve("autosave.json");
    }

    /** A scenario recovered from an autosave, the document it was editing (or null), and when it was written. */
    public record Recovery(Scenario scenario, Path document, Instant savedAt) {
    }
}
