package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The WCAG formula on known pairs, and shades of the system colours that read as text. */
class LegibleTest {
    @Test
    void contrastMatchesWcagsKnownPairs() {
        assertEquals(21.0, Legible.contrast(0x000000, 0xFFFFFF), 1e-9);
        assertEquals(1.0, Legible.contrast(0x336699, 0x336699), 1e-9);
        // #767676 on white is the lightest grey that passes AA: 4.54:1; #777777 fails at 4.48:1
        assertEquals(4.54, Legible.contrast(0x767676, 0xFFFFFF), 0.005);
        assertEquals(4.48, Legible.contrast(0x777777, 0xFFFFFF), 0.005);
    }

    @Test
    void aColourThatFailsIsShadedJustEnoughAndKeepsItsHue() {
        // Okabe–Ito orange on white: 2.25:1 as it is
        assertEquals(2.25, Legible.contrast(0xE69F00, 0xFFFFFF), 0.01);
        int dark = Legible.shade(0xE69F00, 0xFFFFFF, 0xF6F8FA);
        assertTrue(Legible.contrast(dark, 0xF6F8FA) >= 4.5);
        assertTrue(Legible.contrast(dark, 0xFFFFFF) < 5.2, "no darker than it needs: " + Integer.toHexString(dark));
        // mixed towards black: the channels keep their proportions (red > green > blue = 0)
        int r = dark >> 16 & 0xFF;
        int g = dark >> 8 & 0xFF;
        assertEquals(0xE6 / (double) 0x9F, r / (double) g, 0.05);
        assertEquals(0, dark & 0xFF);
        // a colour that already passes is kept
        assertEquals(0x1F2328, Legible.shade(0x1F2328, 0xFFFFFF));
        // on the dark cards the blue is lightened instead
        int light = Legible.shade(0x0072B2, 0x161B22, 0x1F2A37);
        assertTrue(Legible.luminance(light) > Legible.luminance(0x0072B2));
        assertTrue(Legible.contrast(light, 0x1F2A37) >= 4.5);
    }
}
