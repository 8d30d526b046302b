package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start's class list goes stale when a library changes: most of its names must still be classes of this build. */
class ClassWarmerTest {
    @Test
    void nearlyEveryListedClassIsInThisBuild() {
        long listed = ClassWarmer.listed();
        int loaded = ClassWarmer.run();
        assertTrue(listed > 1000, "the list names " + listed + " classes");
        // a few are platform classes (GTK, X11) that another OS does not have
        assertTrue(loaded >= listed * 0.9, loaded + " of " + listed + " listed classes load; make the list again "
                + "(ClassWarmer's comment says how)");
    }
}
