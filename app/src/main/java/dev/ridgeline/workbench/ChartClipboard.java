package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.export.ChartImages;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Copies a chart to the clipboard as a 1920×1080 image, drawn exactly as the PNG export draws it. */
final class ChartClipboard {
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private ChartClipboard() {
    }

    static void copy(ChartKind kind, ScenarioResults results, int selected, dev.ridgeline.charts.ChartOptions options) {
        BufferedImage image = ChartImages.image(kind.render(results, selected, options), WIDTH, HEIGHT,
                ChartImages.scale(WIDTH, HEIGHT));
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
