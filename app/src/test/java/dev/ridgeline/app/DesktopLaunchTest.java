package dev.ridgeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: how {@code java -jar} restarts the window in the installed launcher's JVM settings. */
class DesktopLaunchTest {
    @TempDir
    Path dir;

    @Test
    void theChildGetsOurOptionsThenTheUsersThenTheJarAndItsArguments() throws Exception {
        Path jar = Files.writeString(dir.resolve("ridgeline.jar"), "jar");
        List<String> c = DesktopLaunch.command("/jdk/bin/java", List.of("-Dridgeline.home=/h", "-Xmx2g", "-jar",
                jar.toString(), "a.json"), new String[] {"a.json"}, "123").orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-Xms64m", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=" + dir.resolve("ridgeline.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dridgeline.home=/h", "-Xmx2g", "-Dridgeline.relaunched=true", "-Dridgeline.launchedAt=123", "-jar",
                jar.toString(), "a.json"), c);
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsedAndANewerOneIs() throws Exception {
        Path jar = Files.writeString(dir.resolve("ridgeline.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("ridgeline.jsa"), "jsa");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertFalse(DesktopLaunch.current(archive, jar));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(3_000_000));
        assertTrue(DesktopLaunch.current(archive, jar));
        List<String> c = DesktopLaunch.command("java", List.of("-jar", jar.toString()), new String[0], "1")
                .orElseThrow();
        assertTrue(c.contains("-XX:SharedArchiveFile=" + archive), c.toString());
        // a user's own archive setting wins: none of ours
        List<String> own = DesktopLaunch.command("java", List.of("-Xshare:off", "-jar", jar.toString()),
                new String[0], "1").orElseThrow();
        assertTrue(own.stream().noneMatch(o -> o.contains("Archive")), own.toString());
    }

    @Test
    void aClassPathStartIsNotRelaunched() {
        assertTrue(DesktopLaunch.command("java", List.of("-cp", "x.jar", "dev.ridgeline.app.Main"), new String[0],
                "1").isEmpty());
        assertTrue(DesktopLaunch.command(null, List.of("-jar", "x.jar"), new String[0], "1").isEmpty());
    }
}
