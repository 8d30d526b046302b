package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The PNG encoder writes what ImageIO reads back pixel for pixel. */
class PngTest {
    @Test
    void anOpaqueImageReadsBackPixelForPixel() throws IOException {
        BufferedImage image = drawn(333, 77);
        BufferedImage back = ChartImagesTest.decode(Png.encode(image));
        assertEquals(333, back.getWidth());
        assertEquals(77, back.getHeight());
        assertArrayEquals(rgb(image), rgb(back));
    }

    @Test
    void aSubimageEncodesOnlyItsOwnPixels() throws IOException {
        BufferedImage whole = drawn(200, 120);
        BufferedImage part = whole.getSubimage(37, 45, 101, 70); // shares the pixel array, offset into it
        BufferedImage back = ChartImagesTest.decode(Png.encode(part));
        assertEquals(101, back.getWidth());
        assertArrayEquals(rgb(part), rgb(back));
    }

    @Test
    void everyCompressionLevelReadsBackTheSame() throws IOException {
        BufferedImage image = drawn(160, 90);
        for (int level = 0; level <= 9; level++) {
            assertArrayEquals(rgb(image), rgb(ChartImagesTest.decode(Png.encode(image, level))), "level " + level);
        }
    }

    @Test
    void imagesWithAlphaKeepItThroughImageIo() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, 0x80FF0000);
        BufferedImage back = ChartImagesTest.decode(Png.encode(image));
        assertEquals(0x80FF0000, back.getRGB(5, 5));
        assertEquals(0, back.getRGB(0, 0) >>> 24, "transparent stays transparent");
    }

    @Test
    void placeholdersAreOnePixelAndDistinct() throws IOException {
        BufferedImage first = ChartImagesTest.decode(Png.placeholder(0));
        assertEquals(1, first.getWidth());
        assertEquals(1, first.getHeight());
        assertEquals(0x000001, ChartImagesTest.decode(Png.placeholder(1)).getRGB(0, 0) & 0xFFFFFF);
        assertFalse(Arrays.equals(Png.placeholder(0), Png.placeholder(1)));
    }

    /** Lines, text and a gradient: every byte value in every channel, and runs deflate can match. */
    private static BufferedImage drawn(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartImages.hints(g);
        g.setPaint(new GradientPaint(0, 0, new Color(0x102030), width, height, new Color(0xF0E0D0)));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.setColor(new Color(0xD55E00));
        g.drawLine(0, height - 1, width - 1, height / 2);
        g.drawString("Throughput 1,234 tok/s", 4, height - 8);
        g.dispose();
        return image;
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
