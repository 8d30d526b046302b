package dev.ridgeline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's JVM settings for {@code java -jar} (issue 16): a jar's manifest cannot carry JVM options, so the
 * window path starts the app once more in a JVM with the settings the installed launcher uses, and waits for it.
 * Measured on 2 cores (README, Performance): start to the first full frame 2.5 → 1.5 s (C1 only, as C2 competes
 * with the start for the second core; and a class archive beside the jar, which the first session writes as it
 * exits), resident memory after 200 slider changes 500–575 → 330 MiB (a serial collector that returns what it no
 * longer uses), frame times no worse. The user's own JVM options follow ours, so they win. Skipped under the
 * installed launcher (it has them), when already relaunched, with {@code -Dridgeline.relaunch=false}, or when anything fails.
 */
final class DesktopLaunch {
    /** The installed launcher's options (app/pom.xml, profile installer). */
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-XX:TieredStopAtLevel=1");
    static final String RELAUNCHED = "ridgeline.relaunched";

    private DesktopLaunch() {
    }

    /** The window in a JVM with {@link #OPTIONS}: its exit code, or empty to start in this JVM instead. */
    static Optional<Integer> relaunch(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || !Boolean.parseBoolean(System.getProperty("ridgeline.relaunch", "true"))
                || System.getProperty("jpackage.app-path") != null) {
            return Optional.empty();
        }
        try {
            ProcessHandle.Info info = ProcessHandle.current().info();
            Optional<List<String>> command = command(info.command().orElse(null),
                    info.arguments().map(List::of).orElse(null), args, Long.toString(startedAt()));
            if (command.isEmpty()) {
                return Optional.empty();
            }
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy)); // a killed launcher takes the window
            return Optional.of(child.waitFor());
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * This JVM's start in epoch ms to 10 ms (Linux: its start in clock ticks against the uptime; ProcessHandle's is
     * whole seconds), else now.
     */
    static long startedAt() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startSeconds = Long.parseLong(f[19]) / 100.0; // field 22, in USER_HZ (100 on Linux)
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long at = now - Math.round((uptime - startSeconds) * 1000);
            return at <= now && at > now - 60_000 ? at : now;
        } catch (Exception e) {
            return now;
        }
    }

    /**
     * Whether the archive was written after the jar was built: one written for an older jar fails the JVM's check,
     * and a failed archive takes the JDK's own class archive with it (a slower start than none given).
     */
    static boolean current(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The child's command line: java, our options, the start-up archive beside the jar (when there and not already
     * given), the user's JVM options, then {@code -jar} and the arguments as given. Empty unless started with
     * {@code -jar} (a class-path start is a developer's, who chose their options).
     */
    static Optional<List<String>> command(String java, List<String> launched, String[] args, String startedAt) {
        if (java == null || launched == null) {
            return Optional.empty();
        }
        int jar = launched.indexOf("-jar");
        if (jar < 0 || jar + 1 >= launched.size()) {
            return Optional.empty();
        }
        List<String> userOptions = launched.subList(0, jar);
        String jarPath = launched.get(jar + 1);
        List<String> out = new ArrayList<>();
        out.add(java);
        out.addAll(OPTIONS);
        Path archive = Path.of(jarPath).resolveSibling("ridgeline.jsa");
        if (userOptions.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-Xshare"))) {
            if (current(archive, Path.of(jarPath))) {
                // -Xshare:auto: an archive written for another path or build is ignored, silently
                out.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
            } else if (Files.isWritable(archive.toAbsolutePath().getParent())) {
                // none for this jar yet: this session writes one as it exits (a dynamic archive, JDK 13+)
                out.add("-XX:ArchiveClassesAtExit=" + archive);
            }
            out.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        out.addAll(userOptions);
        out.add("-D" + RELAUNCHED + "=true");
        out.add("-Dridgeline.launchedAt=" + startedAt); // the start-up probe counts from the first JVM
        out.add("-jar");
        out.add(jarPath);
        out.addAll(List.of(args));
        return Optional.of(out);
    }
}
