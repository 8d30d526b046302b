package dev.ridgeline.workbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on the opening's worker thread, the classes the window loads after its catalog (listed in
 * startup/classes.txt in the order the start loads them: JavaFX controls, skins, CSS, Prism, JFreeChart, Java2D), so
 * the FX thread finds most of them read and verified: without an AppCDS archive that is a large part of the start.
 * No class is initialised, so none of their code runs early; a name this build does not have is skipped.
 *
 * <p>To make the list again after a library upgrade (from the repository root, after {@code mvn package}):
 * <pre>
 * xvfb-run -a java -Xlog:class+load=info:file=/tmp/cl.log -Dridgeline.startupProbe=true -jar app/target/ridgeline.jar
 * sed -n '/ dev.ridgeline.workbench.WorkbenchView /,$p' /tmp/cl.log | grep -E 'source: (file:|jrt:)' \
 *   | awk '{print $2}' | grep -v -e '[$][$]Lambda' -e '[$]Proxy' -e '^com.fasterxml' -e '^dev.ridgeline' \
 *   -e '^jdk.proxy' > app/src/main/resources/ridgeline/startup/classes.txt
 * </pre>
 */
final class ClassWarmer {
    static final String LIST = "/ridgeline/startup/classes.txt";

    private ClassWarmer() {
    }

    /** Loads and links the listed classes; returns how many of them this build has. */
    static int run() {
        ClassLoader loader = ClassWarmer.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassWarmer.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    // declared constructors make the VM link (verify) the class; false: no static initialiser runs
                    Class.forName(name, false, loader).getDeclaredConstructors();
                    loaded++;
                } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                    // not in this build, or not loadable here: the start loads what it needs itself
                }
            }
        } catch (IOException e) {
            // warm-up only
        }
        StartupProbe.mark("classes loaded and linked (" + loaded + ")");
        return loaded;
    }

    /** How many class names the list has. */
    static long listed() {
        try (InputStream in = ClassWarmer.class.getResourceAsStream(LIST)) {
            return in == null ? 0 : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
