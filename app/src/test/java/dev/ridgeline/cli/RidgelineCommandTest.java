package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RidgelineCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RidgelineCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsTheBuildVersionWithoutStartingJavaFx() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Ridgeline 0.1.0"), out.toString());
    }

    @Test
    void helpListsUsageAndSubcommands() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("Usage: ridgeline"), help);
        assertTrue(help.contains("Commands:"), help);
        // issue 16: the README runs bench-ui, so --help lists it
        assertTrue(help.contains("  bench-ui   Frame-time benchmark: move a slider in a real window"), help);
    }

    @Test
    void unknownOptionIsAClearErrorAndNonZero() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }
}
