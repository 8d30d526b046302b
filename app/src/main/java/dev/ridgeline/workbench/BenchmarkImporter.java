package dev.ridgeline.workbench;

import dev.ridgeline.calibration.BenchmarkImport;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.CalibrationFit;
import dev.ridgeline.scenario.CalibrationChoice;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Bring your own benchmark: reads a CSV, a {@code vllm bench serve} result (asking for the system it ran on when the
 * file does not say) or a measurement JSON, and refits the calibration to the scenario's profile's points plus the
 * new ones, off the FX thread. The fitted profile goes into the scenario as one edit (one undo step, saved with the
 * file), so every chart and card follows. A bad file shows its problems by row and column and changes nothing; a
 * point the model cannot place is kept out of the fit and listed with why. An import while a refit runs waits its
 * turn and is fitted on top of the one before.
 *
 * <p>A profile names its points by id only, and imported points are not in the catalog: the points of every profile
 * fitted here are kept for the session, so the calibration view can show them (and undo, redo and reopening a file
 * saved in this session find them again).
 */
public final class BenchmarkImporter {
    /** One worker, daemon: a refit still running when the window closes must not keep the JVM alive. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ridgeline-import");
        t.setDaemon(true);
        return t;
    });
    /** The keys of a vLLM result's system: a problem with one of them means the file does not record it. */
    private static final Set<String> SYSTEM_KEYS = Set.of("accelerator", "model", "weight_format", "kv_format", "tp",
            "gpus");
    private static final Pattern VLLM_KEY = Pattern.compile(
            "\"(output_throughput|total_output_tokens|completed)\"\\s*:");
    private static final Pattern SCENARIO_KEY = Pattern.compile("\"(systems|workload)\"\\s*:");
    private static final Pattern ROW = Pattern.compile(", (row \\d+|result \\d+)");

    /** A point kept out of the fit, and why: the model cannot place it. */
    public record NotFitted(Measurement point, String why) {
        /** "mine-row-4 (mine.csv, row 4): the model cannot place it: …". */
        @Override
        public String toString() {
            return point.id() + " (" + point.source() + "): " + why;
        }
    }

    /**
     * What a profile fitted here rests on beyond its ids.
     *
     * @param base      the profile it was fitted on top of
     * @param yours     the imported points it was fitted to (this import's and the base's)
     * @param notFitted imported points left out, with why (this import's and the base's)
     * @param files     the files imported, in order
     * @param leftOut   ids of the base profile's points this session does not hold (imported in another session)
     * @param fit       the profile checked against its points (leave-one-out), for the calibration view
     */
    public record Imported(CalibrationProfile base, List<Measurement> yours, List<NotFitted> notFitted,
            List<String> files, List<String> leftOut, CalibrationFit fit) {
    }

    /** A file read and waiting for its refit. */
    private record Job(String file, List<Measurement> points) {
    }

    /** What a refit produced: a profile, or none when no point could be placed. */
    private record Outcome(Job job, CalibrationProfile base, CalibrationProfile profile, Imported imported,
            List<NotFitted> notFitted) {
    }

    private final WorkbenchViewModel vm;
    private Dialogs dialogs;
    private Path directory;
    /** Every profile fitted this session, with its points. */
    private final Map<CalibrationProfile, Imported> fitted = new HashMap<>();
    private final Deque<Job> queue = new ArrayDeque<>();
    private Task<Outcome> task;
    private Job runningJob;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final javafx.beans.property.IntegerProperty queuedCount = new javafx.beans.property.SimpleIntegerProperty();

    public BenchmarkImporter(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** Where the questions and reports go (the window's dialogs, or a test's). */
    public void setDialogs(Dialogs value) {
        dialogs = value;
    }

    // ---- importing ---------------------------------------------------------------------------------------------

    /** File → Import benchmark: choose a file, then {@link #importFile}. */
    public void importBenchmark() {
        if (dialogs == null) {
            vm.reportProblem("Import benchmark: no window to ask in");
            return;
        }
        dialogs.chooseBenchmark(directory != null ? directory : Path.of(System.getProperty("user.home")))
                .ifPresent(this::importFile);
    }

    /**
     * Reads a benchmark file and queues its refit. A file that cannot be read shows every problem (row and column)
     * and changes nothing.
     *
     * @return whether its points were read and the refit started or queued
     */
    public boolean importFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (file.getParent() != null) {
            directory = file.getParent();
        }
        List<Measurement> points;
        try {
            points = read(file, name);
        } catch (InvalidInputException e) {
            problems(name, e.problems());
            return false;
        }
        if (points == null) {
            vm.reportProblem("Import of " + name + " cancelled: nothing changed");
            return false;
        }
        // ids must be unique among the points the refit will hold (the base's and those queued before)
        Set<String> taken = new LinkedHashSet<>(CalibrationBasis.profile(vm.scenario()).points());
        queued().forEach(j -> j.points().forEach(m -> taken.add(m.id())));
        List<Problem> duplicates = new ArrayList<>();
        for (Measurement m : points) {
            if (taken.contains(m.id())) {
                duplicates.add(new Problem(where(m) + "id", "\"" + m.id() + "\" is already one of the calibration's "
                        + "points (imported before, or built in); give the point another id, or remove your points "
                        + "first"));
            }
        }
        if (!duplicates.isEmpty()) {
            problems(name, duplicates);
            return false;
        }
        queue.addLast(new Job(name, points));
        queuedCount.set(queue.size());
        if (task == null) {
            next();
        }
        return true;
    }

    /** The points of a file; null when the user cancelled the question a vLLM result needs. */
    private List<Measurement> read(Path file, String name) {
        Catalog catalog = vm.catalog();
        if (BenchmarkImport.detect(file) != BenchmarkImport.Format.VLLM_BENCH_SERVE) {
            return BenchmarkImport.read(file, catalog);
        }
        try {
            return BenchmarkImport.read(file, catalog, ImportDefaults.NONE);
        } catch (InvalidInputException e) {
            if (!needsSystem(e) || dialogs == null) {
                throw e;
            }
        }
        Optional<ImportDefaults> given = dialogs.askSystem(name, prefill(), catalog);
        return given.map(d -> BenchmarkImport.read(file, catalog, d)).orElse(null);
    }

    /** Whether a vLLM result failed for want of its system (accelerator, model, formats, parallelism). */
    static boolean needsSystem(InvalidInputException e) {
        return e.problems().stream().anyMatch(p -> SYSTEM_KEYS.contains(p.path().replaceFirst("^result \\d+\\.", "")));
    }

    /** The selected system as the answer to "what did the vLLM result run on?". */
    ImportDefaults prefill() {
        SystemSpec s = vm.selectedSystem();
        Parallelism p = s.parallelismOrTensor();
        boolean moe = vm.catalog().model(s.model()).map(m -> m.isMoe()).orElse(false);
        return new ImportDefaults(s.accelerator(), s.model(), s.weightFormat(), s.kvFormat(), p.gpus(), p.tp(),
                moe ? p.ep() : null, moe ? p.dp() : null);
    }

    /** "row 3." from a point's source ("mine.csv, row 3"), for a problem about the whole point. */
    private static String where(Measurement m) {
        Matcher r = m.source() == null ? null : ROW.matcher(m.source());
        return r != null && r.find() ? r.group(1) + "." : "";
    }

    private void problems(String name, List<Problem> problems) {
        if (dialogs != null) {
            dialogs.showProblems("Cannot import benchmark", name, problems);
        }
        vm.reportProblem(name + " not imported: " + (problems.isEmpty() ? "unreadable" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")));
    }

    private List<Job> queued() {
        List<Job> all = new ArrayList<>(queue);
        if (runningJob != null) {
            all.add(runningJob);
        }
        return all;
    }

    // ---- refitting ---------------------------------------------------------------------------------------------

    /** The points of a profile this session holds (the catalog's and any imported here), and the ids it lacks. */
    private record BasePoints(List<Measurement> points, List<Measurement> yours, List<String> missing) {
    }

    private BasePoints basePoints(CalibrationProfile base) {
        Map<String, Measurement> byId = new HashMap<>();
        vm.catalog().measurements().forEach(m -> byId.put(m.id(), m));
        Imported before = fitted.get(base);
        Set<String> mine = new LinkedHashSet<>();
        // a profile saved with the scenario carries your points itself
        base.ownPoints().forEach(m -> {
            byId.put(m.id(), m);
            mine.add(m.id());
        });
        if (before != null) {
            before.yours().forEach(m -> {
                byId.put(m.id(), m);
                mine.add(m.id());
            });
        }
        List<Measurement> points = new ArrayList<>();
        List<Measurement> yours = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : base.points()) {
            Measurement m = byId.get(id);
            if (m == null) {
                missing.add(id);
            } else {
                points.add(m);
                if (mine.contains(id)) {
                    yours.add(m);
                }
            }
        }
        return new BasePoints(points, yours, missing);
    }

    /** Starts the next queued refit, on top of the scenario's profile as it is now. */
    private void next() {
        Job job = queue.pollFirst();
        queuedCount.set(queue.size());
        if (job == null) {
            task = null;
            runningJob = null;
            running.set(false);
            message.set("");
            progress.set(0);
            return;
        }
        Catalog catalog = vm.catalog();
        CalibrationProfile base = CalibrationBasis.profile(vm.scenario());
        boolean builtIn = base.equals(CalibrationProfile.builtIn());
        Imported before = fitted.get(base);
        BasePoints basePoints = basePoints(base);
        Set<String> baseIds = basePoints.points().stream().map(Measurement::id).collect(Collectors.toSet());
        List<Measurement> fresh = job.points().stream().filter(m -> !baseIds.contains(m.id())).toList();
        String prefix = builtIn ? "built-in" : base.name();
        Task<Outcome> t = new Task<>() {
            @Override
            protected Outcome call() {
                updateProgress(0, 3);
                updateMessage("placing " + count(fresh.size()) + " from " + job.file() + "…");
                List<Measurement> placed = new ArrayList<>();
                List<NotFitted> notFitted = new ArrayList<>();
                for (Measurement m : fresh) {
                    Fidelity.Row row = Fidelity.row(catalog, m);
                    if (row.modeled().isPresent()) {
                        placed.add(m);
                    } else {
                        notFitted.add(new NotFitted(m, "not fitted: the model cannot place it: " + row.why()));
                    }
                }
                if (placed.isEmpty() || isCancelled()) {
                    return new Outcome(job, base, null, null, notFitted);
                }
                List<Measurement> all = new ArrayList<>(basePoints.points());
                all.addAll(placed);
                updateProgress(1, 3);
                updateMessage("fitting " + all.size() + " points with " + count(placed.size()) + " from "
                        + job.file() + ", cross-validating (leave-one-out)…");
                String name = prefix + " + " + job.file() + " (" + count(placed.size()) + ")";
                CalibrationProfile profile = CalibrationProfile.fit(name, catalog, all, LocalDate.now());
                Set<String> kept = Set.copyOf(profile.points());
                List<Measurement> yours = new ArrayList<>();
                for (Measurement m : basePoints.yours()) {
                    if (kept.contains(m.id())) {
                        yours.add(m);
                    }
                }
                for (Measurement m : placed) {
                    if (kept.contains(m.id())) {
                        yours.add(m);
                    } else {
                        notFitted.add(new NotFitted(m, "not fitted: the fit could not place it"));
                    }
                }
                updateProgress(2, 3);
                updateMessage("checking " + profile.points().size() + " points, each held out of a refit…");
                CalibrationFit check = CalibrationFit.compute(catalog, profile, yours);
                updateProgress(3, 3);
                List<NotFitted> allNotFitted = new ArrayList<>(before == null ? List.of() : before.notFitted());
                allNotFitted.addAll(notFitted);
                List<String> files = new ArrayList<>(before == null ? List.of() : before.files());
                files.add(job.file());
                List<String> leftOut = new ArrayList<>(before == null ? List.of() : before.leftOut());
                leftOut.addAll(basePoints.missing());
                return new Outcome(job, base, profile, new Imported(base, List.copyOf(yours),
                        List.copyOf(allNotFitted), List.copyOf(files), List.copyOf(leftOut), check), notFitted);
            }
        };
        task = t;
        runningJob = job;
        running.set(true);
        message.unbind();
        progress.unbind();
        message.bind(javafx.beans.binding.Bindings.createStringBinding(() -> t.getMessage()
                + (queuedCount.get() == 0 ? "" : "  (" + queuedCount.get() + " more queued)"), t.messageProperty(),
                queuedCount));
        progress.bind(t.progressProperty());
        t.setOnSucceeded(e -> finished(t, t.getValue()));
        t.setOnFailed(e -> {
            Throwable x = t.getException();
            finished(t, null);
            if (dialogs != null) {
                dialogs.showError("Cannot refit the calibration", job.file() + ": the refit failed ("
                        + x.getMessage() + "). Your scenario is unchanged.");
            }
            vm.reportProblem(job.file() + ": the refit failed: " + x.getMessage());
        });
        WORKER.submit(t);
    }

    private void finished(Task<Outcome> t, Outcome outcome) {
        if (task != t) {
            return;
        }
        message.unbind();
        progress.unbind();
        task = null;
        Job job = runningJob;
        runningJob = null;
        if (outcome != null) {
            apply(outcome, job);
        }
        next();
    }

    private void apply(Outcome o, Job job) {
        if (o.profile() == null) {
            String why = o.notFitted().stream().map(NotFitted::toString).collect(Collectors.joining("\n"));
            if (dialogs != null) {
                dialogs.showError("Nothing to fit", job.file() + ": none of its " + count(job.points().size())
                        + " could be fitted. Your scenario is unchanged.\n" + why);
            }
            vm.reportProblem(job.file() + ": no point could be fitted; nothing changed");
            return;
        }
        if (!CalibrationBasis.profile(vm.scenario()).equals(o.base())) {
            // the scenario's profile changed while this ran (undo, open): fit again on top of the one in place now
            queue.addFirst(job);
            queuedCount.set(queue.size());
            return;
        }
        fitted.put(o.profile(), o.imported());
        boolean ok = vm.edit(s -> s.withCalibration(s.calibrationOrDefault().withProfile(o.profile())));
        if (!ok) {
            fitted.remove(o.profile());
            return;
        }
        vm.flush(); // the recompute writes the scenario's status line: this report goes after it
        long added = o.imported().yours().stream().filter(job.points()::contains).count();
        vm.reportInfo(String.format("Imported %s from %s: CV MAPE %s → %s%s (Ctrl+Z undoes)", count(added),
                job.file(), CalibrationBasis.percent(o.base().crossValidatedMapePercent()),
                CalibrationBasis.percent(o.profile().crossValidatedMapePercent()),
                o.notFitted().isEmpty() ? "" : "; " + o.notFitted().size() + " not fitted"));
    }

    private static String count(long n) {
        return n + (n == 1 ? " point" : " points");
    }

    // ---- removing ----------------------------------------------------------------------------------------------

    /** Back to the built-in profile: one edit (undo brings your points back). */
    public boolean removeYours() {
        return vm.edit(s -> {
            CalibrationChoice c = s.calibrationOrDefault().withProfile(null);
            return s.withCalibration(c.equals(CalibrationChoice.DEFAULT) ? null : c);
        });
    }

    /** Whether the scenario carries a profile of its own (imported points, or one saved with the file). */
    public static boolean hasOwnProfile(Scenario s) {
        return s.calibrationOrDefault().profile() != null;
    }

    // ---- what the view asks ------------------------------------------------------------------------------------

    /** What a profile fitted this session rests on; empty for the built-in one or one from a file. */
    public Optional<Imported> imported(CalibrationProfile profile) {
        return Optional.ofNullable(fitted.get(profile));
    }

    /** The imported points of a profile fitted this session (none otherwise). */
    public List<Measurement> yours(CalibrationProfile profile) {
        Imported i = fitted.get(profile);
        return i == null ? List.of() : i.yours();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Refits waiting behind the running one. */
    public int queuedCount() {
        return queuedCount.get();
    }

    // ---- dropping ----------------------------------------------------------------------------------------------

    /**
     * Whether a dropped file is a benchmark to import rather than a scenario to open: a {@code .csv}, a measurement
     * file, or a JSON with a vLLM result's keys and none of a scenario's.
     */
    public static boolean isBenchmark(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return true;
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        BenchmarkImport.Format format;
        try {
            format = BenchmarkImport.detect(file);
        } catch (InvalidInputException e) {
            return false; // let the scenario reader say what is wrong with it
        }
        if (format == BenchmarkImport.Format.MEASUREMENTS) {
            return true;
        }
        if (format != BenchmarkImport.Format.VLLM_BENCH_SERVE) {
            return false;
        }
        // detect reads any other JSON as a vLLM result: a scenario has systems and a workload, a result neither
        String head = head(file);
        return VLLM_KEY.matcher(head).find() && !SCENARIO_KEY.matcher(head).find();
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Files dropped on the window: benchmarks are imported, a scenario is opened. */
    static boolean dropped(List<Path> files, BenchmarkImporter importer, DocumentController doc) {
        List<Path> benchmarks = files.stream().filter(BenchmarkImporter::isBenchmark).toList();
        if (benchmarks.isEmpty()) {
            return doc.openDropped(files);
        }
        boolean any = false;
        for (Path p : benchmarks) {
            any |= importer.importFile(p);
        }
        return any;
    }
}
