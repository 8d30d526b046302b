package dev.ridgeline.workbench;

import dev.ridgeline.files.Autosave;
import dev.ridgeline.files.RecentFiles;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The open document: which file, whether the scenario differs from what was last saved, open / save /
 * save as / recent / drop, the prompt before unsaved work is lost, and autosave with recovery.
 */
public final class DocumentController {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(5);
    private final WorkbenchViewModel vm;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Scenario> saved = new SimpleObjectProperty<>();
    private final BooleanBinding unsaved;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ridgeline-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline autosaveTimer;
    private volatile Scenario lastAutosaved;
    private Runnable onOpened = () -> { };

    public DocumentController(WorkbenchViewModel vm, Dialogs dialogs, RecentFiles recent, Autosave autosave,
            Path openedFile) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.recent = recent;
        this.autosave = autosave;
        file.set(openedFile);
        saved.set(vm.scenario());
        unsaved = Bindings.createBooleanBinding(() -> !vm.scenario().equals(saved.get()), vm.scenarioProperty(),
                saved);
        autosaveTimer = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
    }

    /** "Ridgeline — name — file.json •" with a dot while there are unsaved changes. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> "Ridgeline — " + vm.scenario().name()
                + (file.get() == null ? "" : " — " + file.get().getFileName())
                + (unsaved.get() ? "  • unsaved" : ""), vm.scenarioProperty(), file, unsaved);
    }

    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    public Path file() {
        return file.get();
    }

    /** Runs after a file, preset or recovery replaced the scenario (the controls reset their defaults). */
    public void setOnOpened(Runnable listener) {
        onOpened = listener;
    }

    public void open() {
        if (!mayDiscard()) {
            return;
        }
        dialogs.chooseOpen(directory()).ifPresent(this::openFile);
    }

    /** Opens a file; a bad one shows every problem and leaves the current scenario exactly as it was. */
    public boolean openFile(Path path) {
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(path, vm.catalog());
        } catch (InvalidInputException e) {
            dialogs.showProblems("Cannot open scenario", path.getFileName().toString(), e.problems());
            return false;
        }
        if (!vm.load(scenario)) {
            return false;
        }
        file.set(path);
        saved.set(scenario);
        recent.add(path);
        onOpened.run();
        return true;
    }

    /** Opens a file dropped on the window, asking first if unsaved work would be lost. */
    public boolean openDropped(List<Path> files) {
        Path json = files.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElse(null);
        if (json == null) {
            vm.reportProblem("Drop a Ridgeline scenario (.json) to open it");
            return false;
        }
        return mayDiscard() && openFile(json);
    }

    public void openPreset(String id) {
        if (mayDiscard() && vm.load(ScenarioFiles.preset(id, vm.catalog()))) {
            file.set(null);
            saved.set(vm.scenario());
            onOpened.run();
        }
    }

    public boolean save() {
        return file.get() == null ? saveAs() : write(file.get());
    }

    public boolean saveAs() {
        String name = file.get() != null ? file.get().getFileName().toString()
                : vm.scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase() + ".json";
        return dialogs.chooseSave(directory(), name).map(this::write).orElse(false);
    }

    /** Atomic: a temporary file, then a rename (ScenarioFiles.write). */
    public boolean write(Path path) {
        Path target = path.toString().endsWith(".json") ? path : Path.of(path + ".json");
        Scenario scenario = vm.scenario();
        try {
            ScenarioFiles.write(scenario, target);
        } catch (IOException e) {
            dialogs.showError("Cannot save", target + " could not be written (" + e.getMessage()
                    + "). Your scenario is still open; try another folder.");
            return false;
        }
        file.set(target);
        saved.set(scenario);
        recent.add(target);
        vm.reportProblem("");
        return true;
    }

    /** True when nothing unsaved would be lost, or the user chose to save it or let it go. */
    public boolean mayDiscard() {
        if (!unsaved.get()) {
            return true;
        }
        return switch (dialogs.confirmDiscard(vm.scenario().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** At start: offer what an unclean exit left behind. */
    public void recoverIfNeeded() {
        autosave.pending(vm.catalog()).ifPresent(recovery -> {
            if (dialogs.offerRecovery(recovery) && vm.load(recovery.scenario())) {
                file.set(recovery.document());
                saved.set(null);
                onOpened.run();
            }
            clearAutosave();
        });
    }

    /** Writes the working scenario off the FX thread when it changed since the last autosave. */
    void autosaveNow() {
        Scenario current = vm.scenario();
        if (!unsaved.get() || current.equals(lastAutosaved)) {
            return;
        }
        lastAutosaved = current;
        Path document = file.get();
        io.submit(() -> {
            try {
                autosave.save(current, document);
            } catch (IOException e) {
                javafx.application.Platform.runLater(() -> vm.reportProblem("Autosave failed: " + e.getMessage()));
            }
        });
    }

    /** A clean exit: nothing to recover next time. */
    public void closeCleanly() {
        autosaveTimer.stop();
        clearAutosave();
        io.shutdown();
    }

    private void clearAutosave() {
        try {
            io.submit(() -> {
                autosave.clear();
                return null;
            }).get();
        } catch (Exception e) {
            vm.reportProblem("Could not clear the autosave: " + e.getMessage());
        }
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    private Path directory() {
        return file.get() != null && file.get().getParent() != null ? file.get().getParent()
                : Path.of(System.getProperty("user.home"));
    }
}
