package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ridgeline.catalog.Catalog;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, defect 10: saving keeps the file's permissions and clears the temporaries killed saves left. */
class SafeSaveTest {
    private final Scenario scenario = ScenarioFiles.defaultScenario(Catalog.builtIn());

    @Test
    void aSavedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("shared.json");
        ScenarioFiles.write(scenario, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ScenarioFiles.write(scenario.withName("again"), file);
        // it used to become owner-only (rw-------), createTempFile's permissions
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsWhatAnyNewFileGets(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path saved = dir.resolve("new.json");
        ScenarioFiles.write(scenario, saved);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved));
    }

    @Test
    void staleTemporariesOfThisFileAreRemovedOnTheNextSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        // what killed saves leave: this build's naming and the previous one's (createTempFile's digits)
        Path ours = Files.writeString(dir.resolve(".mine.json.k3x9a.tmp"), "{\"half");
        Path older = Files.writeString(dir.resolve(".mine.json8812734.tmp"), "{");
        // not ours: another document's temporary, and files that merely look alike
        Path other = Files.writeString(dir.resolve(".other.json.k3x9a.tmp"), "x");
        Path user = Files.writeString(dir.resolve("mine.json.tmp"), "x");
        Path notes = Files.writeString(dir.resolve(".mine.json.notes.txt"), "x");
        ScenarioFiles.write(scenario, file);
        assertFalse(Files.exists(ours));
        assertFalse(Files.exists(older));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".mine.json.notes.txt", ".other.json.k3x9a.tmp", "mine.json", "mine.json.tmp"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.exists(other) && Files.exists(user) && Files.exists(notes));
    }

    @Test
    void ourNamingIsRecognisedExactly() {
        assertTrue(SafeSave.isOurTemporary(".a.json.0z.tmp", "a.json"));
        assertTrue(SafeSave.isOurTemporary(".a.json123.tmp", "a.json"));
        assertFalse(SafeSave.isOurTemporary(".a.json.tmp", "a.json"));
        assertFalse(SafeSave.isOurTemporary(".ab.json.0z.tmp", "a.json"));
        // a name with regex characters is matched literally
        assertFalse(SafeSave.isOurTemporary(".aXjson.0z.tmp", "a.json"));
    }
}
