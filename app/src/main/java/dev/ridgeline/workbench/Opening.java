package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartOptions;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the window opens on: the built-in catalog, the scenario (the file given on the command line, or the default
 * preset when there is none or it cannot be read, with why), resolved and evaluated. None of it needs JavaFX, so
 * {@link #begin} loads it on a worker thread while the toolkit starts (issue 16: Jackson and the catalog were
 * a third of a second on the FX thread before the window existed).
 */
final class Opening {
    final WorkbenchViewModel.First first;
    /** The file the scenario came from; null for the default preset. */
    final Path opened;
    /** Why the file given could not be opened (the window then shows the default preset and this). */
    final InvalidInputException openFailure;

    private Opening(WorkbenchViewModel.First first, Path opened, InvalidInputException openFailure) {
        this.first = first;
        this.opened = opened;
        this.openFailure = openFailure;
    }

    /** Loads on the calling thread. A broken built-in catalog throws, as it always did, before any window. */
    static Opening load(Path file) {
        Catalog catalog = Catalog.builtIn();
        Scenario scenario = null;
        Path opened = null;
        InvalidInputException failure = null;
        if (file != null) {
            try {
                scenario = ScenarioFiles.read(file, catalog);
                opened = file;
            } catch (InvalidInputException e) {
                failure = e;
            }
        }
        if (scenario == null) {
            scenario = ScenarioFiles.defaultScenario(catalog);
        }
        return new Opening(WorkbenchViewModel.First.of(catalog, scenario), opened, failure);
    }

    /**
     * Starts loading on a daemon thread. When the data is in, the same thread loads the classes the window will need
     * ({@link ClassWarmer}) and draws the four charts once off screen, so that Java2D's fonts and JFreeChart are ready
     * before the window draws them for real.
     */
    static CompletableFuture<Opening> begin(Path file) {
        CompletableFuture<Opening> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            Opening opening;
            try {
                opening = load(file);
            } catch (Throwable e) {
                future.completeExceptionally(e);
                return;
            }
            future.complete(opening);
            StartupProbe.mark("opening loaded (worker)");
            ClassWarmer.run();
            warmCharts(opening.first);
            StartupProbe.mark("charts warmed (worker)");
        }, "ridgeline-opening");
        worker.setDaemon(true);
        worker.start();
        return future;
    }

    /** The result of {@link #begin}: its exception, if it failed, rethrown as it was thrown. */
    static Opening await(CompletableFuture<Opening> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Draws each chart of the grid into a small image and throws it away: warm-up only, so it never fails the start. */
    private static void warmCharts(WorkbenchViewModel.First first) {
        if (first.results() == null) {
            return;
        }
        try {
            BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB_PRE);
            for (ChartKind kind : ChartKind.values()) {
                if (!kind.inGrid()) {
                    continue;
                }
                Graphics2D g = image.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                    kind.render(first.results(), 0, ChartOptions.DEFAULT).draw(g, new Rectangle2D.Double(0, 0, 640, 400));
                } finally {
                    g.dispose();
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // the window draws the charts itself; a failed warm-up only means it does so cold
        }
    }
}
