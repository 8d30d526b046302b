package dev.ridgeline.cli;

import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.calibration.MeasurementFiles;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Fits the step model's efficiencies and overheads to measured points and reports the cross-validated error. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the model's efficiencies (per accelerator family and precision) and host overheads to "
                + "the measured points by least squares in log space; report which parameters the points pin down, "
                + "the in-sample and the leave-one-out cross-validated error, and optionally write the profile.")
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--points", paramLabel = "FILE", arity = "1..*",
            description = "Measurement files (assets/reference's format) to fit besides the built-in points.")
    List<Path> points = new ArrayList<>();

    @Option(names = "--only", description = "Fit the given files' points alone, not the built-in ones too.")
    boolean only;

    @Option(names = "--out", paramLabel = "PROFILE", description = "Write the calibration profile (JSON) here.")
    Path out;

    @Option(names = "--name", description = "The profile's name (default: what it was fitted to).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        List<Measurement> all = new ArrayList<>(only ? List.of() : catalog.measurements());
        try {
            for (Path p : points) {
                all.addAll(MeasurementFiles.read(p, catalog));
            }
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (all.stream().noneMatch(Measurement::reproducible)) {
            spec.commandLine().getErr().println("no point carries what the model needs (ISL/OSL, parallelism, "
                    + "formats, frontier point): nothing to fit");
            return 1;
        }
        long start = System.nanoTime();
        CalibrationProfile profile = CalibrationProfile.fit(name != null ? name
                : (only ? "" : "built-in measurements") + (points.isEmpty() ? "" : (only ? "" : " + ") + points),
                catalog, all, LocalDate.now());
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.print(report(profile, seconds));
        if (out != null) {
            try {
                profile.write(out);
                o.println("wrote " + out);
            } catch (IOException e) {
                spec.commandLine().getErr().println("cannot write " + out + ": " + e.getMessage());
                return 1;
            }
        }
        o.flush();
        return 0;
    }

    static String report(CalibrationProfile p, double seconds) {
        TextTable t = new TextTable("parameter", "what", "default", "calibrated", "").numeric(2, 3);
        for (CalibrationProfile.Value v : p.parameters()) {
            t.row(v.key(), v.description(), Numbers.fixed(v.defaultValue(), 3),
                    v.fitted() ? Numbers.fixed(v.value(), 3) : "(default)", v.note() == null ? "fitted" : v.note());
        }
        return String.format("Calibration on %d points (%s)%n%n", p.points().size(), p.method()) + t.render()
                + String.format("%nin-sample MAPE %.1f %%; leave-one-out cross-validated MAPE %.1f %%, worst held-out "
                        + "modeled ÷ measured %.2f×; fit and cross-validation took %.2f s%n", p.inSampleMapePercent(),
                        p.crossValidatedMapePercent(), p.crossValidatedWorstRatio(), seconds);
    }
}
