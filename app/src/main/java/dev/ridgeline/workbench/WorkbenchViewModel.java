package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.validation.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The workbench's single source of truth. Controls call the edit methods; each edit builds one new immutable
 * Scenario, refused (with a message naming the field) if it does not resolve, so the user's work is never
 * lost. Results are recomputed at most once per frame, however many edits a slider drag fires.
 */
public final class WorkbenchViewModel {
    private final Catalog catalog;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScenarioResults> results = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final BooleanProperty applyToAll = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Counts published results: views redraw on it once per frame (Scene Builder's revision-counter idea). */
    private final LongProperty revision = new SimpleLongProperty(0);
    private final IntegerProperty recomputes = new SimpleIntegerProperty(0);
    private boolean dirty;
    /** The current scenario resolved against the catalog: validated once per edit, then reused by recompute. */
    private ScenarioResolver.Resolution resolution;
    private long lastRecomputeStartNanos;
    /** Undo history: scenarios before each gesture; a drag of one control is one gesture. */
    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private String lastGesture;
    private long lastGestureNanos;
    static final int UNDO_LIMIT = 200;
    /** Edits of one control closer together than this are one undo step (a slider drag, a typed burst). */
    static final long GESTURE_NANOS = 1_000_000_000L;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (dirty) {
                recompute();
            }
        }
    };

    public WorkbenchViewModel(Catalog catalog, Scenario initial) {
        this(First.of(catalog, initial));
    }

    /** Opens on a scenario already resolved and evaluated (on a worker thread, while the window was built). */
    WorkbenchViewModel(First first) {
        this.catalog = first.catalog();
        resolution = first.resolution();
        scenario.set(first.scenario());
        if (first.results() != null) {
            lastRecomputeStartNanos = System.nanoTime();
            publish(first.results());
        } else {
            recompute();
        }
        pulse.start();
    }

    /**
     * The first scenario resolved (which throws, as an edit would refuse it, if it does not resolve) and evaluated
     * (null results if the evaluation refused it: the model view then recomputes and reports why). Touches no
     * JavaFX state, so a worker thread can make it.
     */
    record First(Catalog catalog, Scenario scenario, ScenarioResolver.Resolution resolution, ScenarioResults results) {
        static First of(Catalog catalog, Scenario scenario) {
            ScenarioResolver.Resolution resolution = ScenarioResolver.resolveAll(scenario, catalog);
            ScenarioResults results;
            try {
                results = ScenarioEvaluator.evaluate(scenario, resolution, catalog);
            } catch (InvalidInputException e) {
                results = null;
            }
            return new First(catalog, scenario, resolution, results);
        }
    }

    /** Recomputes now if an edit is pending (tests and exports call this rather than wait for a frame). */
    public void flush() {
        if (dirty) {
            recompute();
        }
    }

    private void recompute() {
        dirty = false;
        try {
            lastRecomputeStartNanos = System.nanoTime();
            publish(ScenarioEvaluator.evaluate(scenario.get(), resolution, catalog));
        } catch (InvalidInputException e) {
            problem.set(firstLine(e));
        }
    }

    private void publish(ScenarioResults r) {
        results.set(r);
        recomputes.set(recomputes.get() + 1);
        revision.set(revision.get() + 1);
        status.set(String.format("%s · %d system%s · target %s tok/s/user", scenario.get().name(),
                r.systems().size(), r.systems().size() == 1 ? "" : "s",
                dev.ridgeline.charts.Formats.fixed(scenario.get().workload().targetTokensPerSecPerUser(), 0)));
    }

    /** Applies an edit to the whole scenario, or refuses it with a message and keeps the scenario as it was. */
    public boolean edit(UnaryOperator<Scenario> change) {
        return edit(null, change);
    }

    /**
     * As {@link #edit(UnaryOperator)}; edits with the same gesture key (a control's id) in quick succession
     * make one undo step, so undoing a drag restores where it began.
     */
    public boolean edit(String gesture, UnaryOperator<Scenario> change) {
        Scenario before = scenario.get();
        Scenario next;
        ScenarioResolver.Resolution resolved;
        try {
            next = change.apply(before);
            resolved = ScenarioResolver.resolveAll(next, catalog);
        } catch (InvalidInputException e) {
            problem.set(firstLine(e));
            return false;
        }
        problem.set("");
        if (next.equals(before)) {
            return true;
        }
        long now = System.nanoTime();
        boolean sameGesture = gesture != null && gesture.equals(lastGesture) && now - lastGestureNanos < GESTURE_NANOS;
        if (!sameGesture) {
            undo.push(before);
            while (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        lastGesture = gesture;
        lastGestureNanos = now;
        redo.clear();
        set(next, resolved);
        return true;
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(scenario.get());
            Scenario previous = undo.pop();
            set(previous, ScenarioResolver.resolveAll(previous, catalog));
            lastGesture = null;
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(scenario.get());
            Scenario next = redo.pop();
            set(next, ScenarioResolver.resolveAll(next, catalog));
            lastGesture = null;
        }
    }

    /** The resolution first: listeners of the scenario read it. */
    private void set(Scenario next, ScenarioResolver.Resolution resolved) {
        resolution = resolved;
        scenario.set(next);
        selected.set(Math.min(selected.get(), next.systems().size() - 1));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        dirty = true;
    }

    /** Edits the selected system, or every system when "apply to all systems" is on. */
    public boolean editSystem(UnaryOperator<SystemSpec> change) {
        return editSystem(null, change);
    }

    public boolean editSystem(String gesture, UnaryOperator<SystemSpec> change) {
        int index = selected.get();
        String key = gesture == null ? null : gesture + "@" + (applyToAll.get() ? "all" : index);
        return edit(key, s -> {
            List<SystemSpec> systems = new ArrayList<>(s.systems());
            for (int i = 0; i < systems.size(); i++) {
                if (applyToAll.get() || i == index) {
                    systems.set(i, change.apply(systems.get(i)));
                }
            }
            return s.withSystems(systems, s.baseline());
        });
    }

    /** Replaces the scenario wholesale (open, preset, recovery): one undo step. */
    public boolean load(Scenario next) {
        return edit(s -> next);
    }

    /**
     * Switches the modeled figures between the calibration profile and the uncalibrated roofline defaults: an edit
     * of the scenario like any other, so it is one undo step and is saved with the file.
     */
    public boolean setCalibrated(boolean calibrated) {
        if (calibrated == isCalibrated()) {
            return true;
        }
        String basis = calibrated ? dev.ridgeline.scenario.CalibrationChoice.CALIBRATED
                : dev.ridgeline.scenario.CalibrationChoice.ROOFLINE;
        return edit(s -> s.withCalibration(s.calibrationOrDefault().withBasis(basis)));
    }

    /** Whether the scenario's modeled figures use the calibration profile. */
    public boolean isCalibrated() {
        return scenario.get().calibrationOrDefault().calibrated();
    }

    public void toggleCalibrated() {
        setCalibrated(!isCalibrated());
    }

    public void reportProblem(String message) {
        problem.set(message);
    }

    /** A passing message in the status bar (an export finished), replacing the scenario line until the next edit. */
    public void reportInfo(String message) {
        status.set(message);
    }

    private static String firstLine(InvalidInputException e) {
        return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString()
                + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "");
    }

    /** The selected system with its catalog references resolved and overrides applied. */
    public dev.ridgeline.scenario.ResolvedSystem selectedResolved() {
        return resolution.systems().get(Math.min(selected.get(), resolution.systems().size() - 1));
    }

    /** The system at an index, resolved as the current scenario was validated. */
    public dev.ridgeline.scenario.ResolvedSystem resolved(int index) {
        return resolution.systems().get(index);
    }

    public SystemSpec selectedSystem() {
        return scenario.get().systems().get(Math.min(selected.get(), scenario.get().systems().size() - 1));
    }

    public Catalog catalog() {
        return catalog;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<ScenarioResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ScenarioResults results() {
        return results.get();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public BooleanProperty applyToAllProperty() {
        return applyToAll;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public javafx.beans.value.ObservableBooleanValue canUndoProperty() {
        return canUndo;
    }

    public javafx.beans.value.ObservableBooleanValue canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyIntegerProperty recomputesProperty() {
        return recomputes;
    }

    /** When the latest recompute began (System.nanoTime), for frame-time measurement. */
    public long lastRecomputeStartNanos() {
        return lastRecomputeStartNanos;
    }

    public void dispose() {
        pulse.stop();
    }
}
