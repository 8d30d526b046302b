package dev.ridgeline.workbench;

import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test, recording what was shown. */
final class ScriptedDialogs implements Dialogs {
    Discard discardAnswer = Discard.CANCEL;
    boolean recoverAnswer = true;
    Path saveTo;
    Path openFrom;
    final List<String> shown = new ArrayList<>();
    List<Problem> problems = List.of();
    /** The benchmark the import's file chooser returns; null: cancelled. */
    Path benchmarkFrom;
    /** The answer to "what system did this vLLM result run on?"; null: cancelled. */
    ImportDefaults systemAnswer;
    /** What that question was prefilled with. */
    ImportDefaults systemPrefill;
    String lastError;

    @Override
    public Discard confirmDiscard(String scenarioName) {
        shown.add("confirmDiscard " + scenarioName);
        return discardAnswer;
    }

    @Override
    public void showProblems(String title, String file, List<Problem> list) {
        shown.add("problems " + file);
        problems = list;
    }

    @Override
    public boolean offerRecovery(Autosave.Recovery recovery) {
        shown.add("offerRecovery " + recovery.scenario().name());
        return recoverAnswer;
    }

    @Override
    public Optional<Path> chooseOpen(Path initialDirectory) {
        return Optional.ofNullable(openFrom);
    }

    @Override
    public Optional<Path> chooseSave(Path initialDirectory, String suggestedName) {
        shown.add("chooseSave " + suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error " + message);
        lastError = message;
    }

    @Override
    public Optional<Path> chooseBenchmark(Path initialDirectory) {
        shown.add("chooseBenchmark");
        return Optional.ofNullable(benchmarkFrom);
    }

    @Override
    public Optional<ImportDefaults> askSystem(String file, ImportDefaults prefill, Catalog catalog) {
        shown.add("askSystem " + file);
        systemPrefill = prefill;
        return Optional.ofNullable(systemAnswer);
    }
}
