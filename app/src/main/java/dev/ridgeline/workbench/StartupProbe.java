package dev.ridgeline.workbench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Cold-start measurement, on with {@code -Dridgeline.startupProbe=true}: prints the time from JVM start to the
 * window being shown and to the first frame rendered with the whole workbench in it (cards, controls, the four
 * charts drawn), then exits. A benchmark, never a test; the numbers are noisy on a busy machine.
 */
public final class StartupProbe {
    static final String PROPERTY = "ridgeline.startupProbe";
    /** "epoch-millis step", in the order the steps ended. */
    private static final java.util.List<String> MARKS = java.util.Collections.synchronizedList(
            new java.util.ArrayList<>());
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile long shownAt;
    private volatile long armedAt;

    private StartupProbe() {
    }

    /** Notes when a step of the start ended (printed with the report; nothing when the probe is off). */
    public static void mark(String step) {
        if (enabled()) {
            MARKS.add(System.currentTimeMillis() + " " + step);
        }
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Watches the scene: it is armed by the first layout pulse after which {@code full} holds, and reports the next
     * frame the render thread finishes (the charts are drawn in the layout pass, so that frame shows them).
     */
    static void attach(Stage stage, Scene scene, BooleanSupplier full) {
        StartupProbe probe = new StartupProbe();
        stage.setOnShown(e -> probe.shownAt = System.currentTimeMillis());
        Runnable check = () -> {
            if (!probe.armed.get() && full.getAsBoolean()) {
                probe.armedAt = System.currentTimeMillis();
                probe.armed.set(true);
            }
        };
        scene.addPostLayoutPulseListener(check);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            if (probe.armed.get() && probe.reported.compareAndSet(false, true)) {
                probe.report(System.currentTimeMillis());
            }
        });
    }

    private void report(long frameAt) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime(); // read late: its classes are not start's
        // started by DesktopLaunch from a first JVM: count from that one's start
        start = Math.min(start, Long.getLong("ridgeline.launchedAt", start));
        System.out.println(String.format(Locale.ROOT,
                "startup: window shown %.3f s, workbench laid out %.3f s, first full frame %.3f s after JVM start"
                        + " (frame at epoch ms %d)",
                (shownAt - start) / 1e3, (armedAt - start) / 1e3, (frameAt - start) / 1e3, frameAt));
        synchronized (MARKS) {
            for (String m : MARKS) {
                int space = m.indexOf(' ');
                System.out.println(String.format(Locale.ROOT, "  %6.3f s  %s",
                        (Long.parseLong(m.substring(0, space)) - start) / 1e3, m.substring(space + 1)));
            }
        }
        System.out.flush();
        Platform.runLater(() -> System.exit(0)); // exit hooks still run (a flight recording is written)
    }
}
