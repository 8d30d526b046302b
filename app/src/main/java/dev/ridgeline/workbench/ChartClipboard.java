package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.export.ChartImages;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Copies a chart to the clipboard as a 1920×1080 image, drawn by the export code and laid out for pasting on a slide. */
final class ChartClipboard {
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private ChartClipboard() {
    }

    static void copy(ChartKind kind, ScenarioResults results, int selected, dev.ridgeline.charts.ChartOptions options) {
        // laid out at 960×540 and magnified ×2: pasted full-width on a 13.33-inch slide its 15 px ticks are ~15 pt
        BufferedImage image = ChartImages.image(kind.render(results, selected, options), WIDTH, HEIGHT, 2.0);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
