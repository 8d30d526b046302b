package dev.ridgeline.workbench;

import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.validation.Problem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and file choosers, owned by the workbench window. */
final class FxDialogs implements Dialogs {
    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Discard confirmDiscard(String scenarioName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "\"" + scenarioName
                + "\" has changes that are not saved. Save them first?", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Unsaved changes");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Discard.SAVE : answer == discard ? Discard.DISCARD : Discard.CANCEL;
    }

    @Override
    public void showProblems(String title, String file, List<Problem> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ". Your current scenario is unchanged.");
        TextArea text = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public boolean offerRecovery(Autosave.Recovery recovery) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault())
                .format(recovery.savedAt());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Ridgeline did not close cleanly last time. Recover \""
                + recovery.scenario().name() + "\" as it was at " + when
                + (recovery.document() == null ? "" : " (" + recovery.document().getFileName() + ")") + "?",
                recover, discard);
        alert.initOwner(owner);
        alert.setHeaderText("Recover unsaved work?");
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<Path> chooseOpen(Path initialDirectory) {
        FileChooser chooser = chooser("Open scenario", initialDirectory);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseBenchmark(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import benchmark");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Benchmarks (*.csv, *.json)", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("vllm bench serve result or measurements (*.json)", "*.json"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<ImportDefaults> askSystem(String file, ImportDefaults prefill, Catalog catalog) {
        return SystemQuestion.ask(owner, file, prefill, catalog);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ridgeline scenarios (*.json)", "*.json"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
