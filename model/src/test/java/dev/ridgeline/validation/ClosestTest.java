package dev.ridgeline.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTest {
    private final List<String> ids = List.of("b200-hgx", "b200-launch", "gb200", "h100-sxm", "h200-sxm");

    @Test
    void aPrefixWinsOverEditDistance() {
        assertEquals("b200-hgx", Closest.among("b200", ids));
    }

    @Test
    void aTypoFindsItsWord() {
        assertEquals("h200-sxm", Closest.among("h200-sx", ids));
        assertEquals("accelerator", Closest.among("acclerator", List.of("accelerator", "model", "label")));
    }

    @Test
    void nothingCloseGivesNoHint() {
        assertNull(Closest.among("tpu-v9", List.of("accelerator", "model")));
    }
}
