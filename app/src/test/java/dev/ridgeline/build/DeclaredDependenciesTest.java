package dev.ridgeline.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 16: no library in the poms goes unused. maven-dependency-plugin's analyze goal would say the same from the
 * byte code, but it cannot resolve offline here (it needs commons-beanutils, absent from the build's repository),
 * so this test reads the poms and the sources: every declared dependency names the package its code lives in,
 * and some source of the module refers to it; every pin in the parent's dependencyManagement is declared by a
 * module or is a stated transitive pin. A new dependency fails here until it is listed with its package.
 */
class DeclaredDependenciesTest {
    /** The package a dependency's classes live in, as sources refer to it. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.databind"),
            Map.entry("org.apache.commons:commons-math3", "org.apache.commons.math3"),
            Map.entry("dev.ridgeline:ridgeline-model", "dev.ridgeline.catalog"),
            Map.entry("org.openjfx:javafx-controls", "javafx.scene.control"),
            Map.entry("org.openjfx:javafx-swing", "javafx.embed.swing"),
            Map.entry("org.controlsfx:controlsfx", "org.controlsfx"),
            Map.entry("org.jfree:jfreechart", "org.jfree.chart"),
            Map.entry("org.jfree:org.jfree.svg", "org.jfree.svg"),
            Map.entry("info.picocli:picocli", "picocli"),
            Map.entry("org.apache.poi:poi-ooxml", "org.apache.poi.xslf"),
            Map.entry("org.junit.jupiter:junit-jupiter", "org.junit.jupiter"),
            Map.entry("org.testfx:testfx-junit5", "org.testfx"),
            Map.entry("com.tngtech.archunit:archunit-junit5", "com.tngtech.archunit"),
            Map.entry("org.openjdk.jmh:jmh-core", "org.openjdk.jmh"));

    /** Used without any source naming them, with why. */
    private static final Map<String, String> RUNTIME_ONLY = Map.of(
            "org.testfx:openjfx-monocle", "the headless glass platform the tests run on (surefire's glass.platform=Monocle)",
            "org.openjdk.jmh:jmh-generator-annprocess", "the annotation processor that generates the benchmarks' harness");

    /** Managed only to pin a version that arrives transitively, with why. */
    private static final Map<String, String> TRANSITIVE_PINS = Map.of(
            "org.openjfx:javafx-base", "javafx-controls brings it; pinned so every JavaFX jar has one version",
            "org.openjfx:javafx-graphics", "javafx-controls brings it; pinned so every JavaFX jar has one version",
            "commons-io:commons-io", "POI's modules ask for different versions (dependencyConvergence)",
            "commons-codec:commons-codec", "POI's modules ask for different versions (dependencyConvergence)");

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyDeclaredDependencyIsReferencedByItsModule() {
        List<String> unused = new ArrayList<>();
        for (String module : List.of("model", "app")) {
            for (Dependency d : dependencies(ROOT.resolve(module).resolve("pom.xml"))) {
                String key = d.key();
                if (RUNTIME_ONLY.containsKey(key)) {
                    continue;
                }
                String pkg = PACKAGES.get(key);
                assertTrue(pkg != null, module + " declares " + key + ": add the package its code lives in to PACKAGES"
                        + " (or RUNTIME_ONLY with why)");
                String sources = "test".equals(d.scope()) ? "src/test/java" : d.inProfile() ? "src/jmh/java" : "src/main/java";
                if (!refers(ROOT.resolve(module).resolve(sources), pkg)) {
                    unused.add(module + ": " + key + " (nothing in " + sources + " refers to " + pkg + ")");
                }
            }
        }
        assertEquals(List.of(), unused, "declared and unused");
    }

    @Test
    void everyManagedVersionIsDeclaredOrAStatedPin() {
        Set<String> declared = new LinkedHashSet<>();
        for (String module : List.of("model", "app")) {
            dependencies(ROOT.resolve(module).resolve("pom.xml")).forEach(d -> declared.add(d.key()));
        }
        List<String> stray = new ArrayList<>();
        for (Dependency d : dependencies(ROOT.resolve("pom.xml"))) {
            if (!declared.contains(d.key()) && !TRANSITIVE_PINS.containsKey(d.key())) {
                stray.add(d.key());
            }
        }
        assertEquals(List.of(), stray, "managed in the parent pom but declared by no module");
    }

    @Test
    void theCheckSeesAnUnreferencedPackage() {
        // the scan can say no: the JavaFX viewer module of JFreeChart was removed because nothing named it
        assertTrue(refers(ROOT.resolve("app/src/main/java"), "org.jfree.chart"));
        assertTrue(!refers(ROOT.resolve("app/src/main/java"), "org.jfree.chart.fx"));
    }

    /** groupId:artifactId, scope, and whether it sits in a profile (the bench profile's code is in src/jmh). */
    private record Dependency(String key, String scope, boolean inProfile) {
    }

    private static List<Dependency> dependencies(Path pom) {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            NodeList nodes = doc.getElementsByTagName("dependency");
            List<Dependency> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                boolean inProfile = false;
                boolean ofPlugin = false;
                for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
                    inProfile |= "profile".equals(n.getNodeName());
                    ofPlugin |= "plugin".equals(n.getNodeName());
                }
                if (ofPlugin) {
                    continue; // a build plugin's own class path (the installer's antrun), not the module's
                }
                out.add(new Dependency(text(e, "groupId") + ":" + text(e, "artifactId"), text(e, "scope"), inProfile));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    /** Whether any Java source under dir imports or names the package. */
    private static boolean refers(Path dir, String pkg) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    String s = Files.readString(f);
                    return s.contains("import " + pkg + ".") || s.contains("import static " + pkg + ".")
                            || s.contains(" " + pkg + ".");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
