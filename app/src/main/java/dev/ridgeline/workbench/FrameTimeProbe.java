package dev.ridgeline.workbench;

import com.sun.javafx.perf.PerformanceTracker;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

/**
 * Measures what a planner sees while dragging: for each of N slider values, the time from the change to the
 * frame that shows it, in a real window. Also the FX-thread work per change (recompute and chart redraw).
 * A benchmark, run by `ridgeline bench-ui`, never a test.
 */
public final class FrameTimeProbe {
    private final int values;
    private final Consumer<String> out;
    private final CountDownLatch done = new CountDownLatch(1);
    private final long[] latencyNanos;
    private final long[] workNanos;
    private int index = -1;
    private long changedAt;
    private long redrawEnd;
    private long revisionAtChange;
    private WorkbenchViewModel vm;
    private Slider slider;
    private Stage stage;

    public FrameTimeProbe(int values, Consumer<String> out) {
        this.values = values;
        this.out = out;
        this.latencyNanos = new long[values];
        this.workNanos = new long[values];
    }

    /** Runs on the FX thread: builds the workbench at 1920×1080 and starts dragging once it has shown. */
    public void start(Stage stage) {
        this.stage = stage;
        vm = new WorkbenchViewModel(Catalog.builtIn(), ScenarioFiles.defaultScenario(Catalog.builtIn()));
        WorkbenchView view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Ridgeline — frame-time probe");
        stage.show();
        vm.selectedProperty().set(2);
        slider = view.controls().control("bandwidth").slider();
        // the view redraws on the same revision, registered first: this listener runs after cards and charts
        vm.revisionProperty().addListener((o, a, b) -> redrawEnd = System.nanoTime());
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> Platform.runLater(this::onFrame));
        Platform.runLater(this::next);
    }

    private void onFrame() {
        if (index < 0 || index >= values || vm.revisionProperty().get() == revisionAtChange) {
            return;
        }
        latencyNanos[index] = System.nanoTime() - changedAt;
        workNanos[index] = redrawEnd - vm.lastRecomputeStartNanos();
        next();
    }

    private void next() {
        index++;
        if (index >= values) {
            report();
            done.countDown();
            return;
        }
        // sweep the B200's bandwidth from 4 to 12 TB/s across the values, as a drag would
        double tbps = 4 + 8.0 * index / (values - 1);
        revisionAtChange = vm.revisionProperty().get();
        changedAt = System.nanoTime();
        slider.setValue(Math.log10(tbps));
    }

    private void report() {
        out.accept(String.format(Locale.ROOT, "%d slider values on a 1920x1080 window (3 systems, 4 charts)", values));
        out.accept(summary("change → rendered frame", latencyNanos));
        out.accept(summary("FX-thread work per change (recompute + cards + charts)", workNanos));
        stage.close();
    }

    private static String summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-55s median %6.2f ms   p95 %6.2f ms   max %6.2f ms", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    public void await() throws InterruptedException {
        done.await();
    }
}
