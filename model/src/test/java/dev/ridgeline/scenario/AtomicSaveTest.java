package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing a process in the middle of saving never leaves a half-written scenario behind. */
class AtomicSaveTest {
    /**
     * The mechanism: a save writes a new file and renames it over the old one, never writing into the old
     * file, so a hard link to the old file still reads the old bytes afterwards. An in-place overwrite fails
     * this, and is exactly what could leave a torn file if killed.
     */
    @Test
    void aSaveNeverWritesIntoTheExistingFile(@TempDir Path dir) throws Exception {
        Catalog catalog = Catalog.builtIn();
        Scenario base = ScenarioFiles.defaultScenario(catalog);
        Path file = dir.resolve("scenario.json");
        ScenarioFiles.write(base.withName("old"), file);
        Path oldBytes = dir.resolve("old-link.json");
        java.nio.file.Files.createLink(oldBytes, file);
        ScenarioFiles.write(base.withName("new"), file);
        assertEquals("new", ScenarioFiles.read(file, catalog).name());
        assertEquals("old", ScenarioFiles.read(oldBytes, catalog).name(), "the old file was never written into");
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aKillMidSaveLeavesAWholeFile(@TempDir Path dir) throws Exception {
        Catalog catalog = Catalog.builtIn();
        Path file = dir.resolve("scenario.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (long afterMillis = 30; afterMillis < 30 + 8 * 53; afterMillis += 53) {
            Process saver = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine(), "the saver started");
                // let it save for a while, then SIGKILL it wherever it is
                saver.waitFor(afterMillis, TimeUnit.MILLISECONDS);
                saver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Scenario survivor = ScenarioFiles.read(file, catalog);
            assertTrue(survivor.name().equals("version A") || survivor.name().equals("version B"), survivor.name());
            String tag = survivor.name().substring("version ".length());
            assertEquals(tag.repeat(SaveLoop.SIZE), survivor.description(), "whole, not torn");
        }
        // issue 13, defect 10: each kill may leave its temporary behind; the next save removes them all
        ScenarioFiles.write(ScenarioFiles.defaultScenario(catalog), file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporaries left after the next save");
        }
    }
}
