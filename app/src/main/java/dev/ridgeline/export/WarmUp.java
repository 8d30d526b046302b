package dev.ridgeline.export;

import dev.ridgeline.charts.Palette;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Loads what an export will use (Java2D's fonts and rasteriser, the PNG encoder, POI and its XML schemas) on a
 * background thread while a fresh JVM reads the catalog and evaluates the scenario on the main one, so a cold
 * {@code ridgeline export} loads those classes on the otherwise idle second core.
 */
public final class WarmUp {
    private static volatile Thread running;

    private WarmUp() {
    }

    /** Starts loading, in the background, what exporting {@code formats} needs; returns at once. */
    public static synchronized void start(Set<ExportFormat> formats) {
        if (running != null) {
            return;
        }
        boolean pictures = formats.contains(ExportFormat.PNG) || formats.contains(ExportFormat.SVG)
                || formats.contains(ExportFormat.PPTX);
        boolean deck = formats.contains(ExportFormat.PPTX);
        Thread thread = new Thread(() -> {
            try {
                if (pictures) {
                    drawText();
                }
                if (deck) {
                    SlideDeck.warmUp();
                }
            } catch (RuntimeException | Error e) {
                // only a head start: the export itself meets and reports any problem
            }
        }, "export-warm-up");
        thread.setDaemon(true);
        running = thread;
        thread.start();
    }

    /** Waits for the warm-up, if one was started, so two threads never initialise POI's classes at once. */
    static void await() {
        Thread thread = running;
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void drawText() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartImages.hints(g);
            g.setFont(Palette.TICK_LABEL);
            g.drawString("0123456789 tok/s", 2, 20);
            g.setFont(Palette.TITLE);
            g.drawString("Throughput", 2, 30);
            g.setStroke(Palette.LINE);
            g.draw(new Line2D.Double(0, 0, 63, 31));
        } finally {
            g.dispose();
        }
        Png.encode(image);
    }
}
