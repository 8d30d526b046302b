package dev.ridgeline.workbench;

import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.files.Autosave;
import dev.ridgeline.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions and reports the workbench puts to the user; tests answer them without a modal window. */
public interface Dialogs {
    /** Unsaved changes are about to be lost. */
    enum Discard { SAVE, DISCARD, CANCEL }

    Discard confirmDiscard(String scenarioName);

    /** A file that failed to open: every problem with its JSON path. */
    void showProblems(String title, String file, List<Problem> problems);

    /** The last session ended without a clean exit: recover its work? */
    boolean offerRecovery(Autosave.Recovery recovery);

    Optional<Path> chooseOpen(Path initialDirectory);

    Optional<Path> chooseSave(Path initialDirectory, String suggestedName);

    void showError(String title, String message);

    /** A benchmark to import: a CSV, a {@code vllm bench serve --save-result} JSON or a measurement JSON. */
    Optional<Path> chooseBenchmark(Path initialDirectory);

    /**
     * The system a vLLM result ran on, which the file does not record: accelerator, model, formats, GPUs and
     * parallelism (EP and DP for a mixture-of-experts model), prefilled; empty when the user cancels.
     */
    Optional<ImportDefaults> askSystem(String file, ImportDefaults prefill, Catalog catalog);
}
