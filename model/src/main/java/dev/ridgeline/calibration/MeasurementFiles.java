package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file of measured points in assets/reference's format, checking every catalog reference by row. */
public final class MeasurementFiles {
    private MeasurementFiles() {
    }

    /** The file's shape: the same as assets/reference/measurements.json. */
    public record File(@Range(min = 1) int schemaVersion, List<Measurement> measurements) {
    }

    public static List<Measurement> read(Path path, Catalog catalog) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "no such file: " + path)));
        } catch (IOException e) {
            throw new InvalidInputException(name, List.of(new Problem("", "cannot be read: " + e.getMessage())));
        }
        List<Measurement> points = JsonDocuments.read(bytes, name, File.class).measurements();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Measurement m = points.get(i);
            String row = "measurements[" + i + "]";
            if (catalog.accelerator(m.accelerator()).isEmpty()) {
                problems.add(new Problem(row + ".accelerator", "unknown accelerator \"" + m.accelerator() + "\""));
            }
            if (catalog.model(m.model()).isEmpty()) {
                problems.add(new Problem(row + ".model", "unknown model \"" + m.model() + "\""));
            }
            for (String f : new String[] {m.weightFormat(), m.kvFormat()}) {
                if (f != null && catalog.format(f).isEmpty()) {
                    problems.add(new Problem(row, "unknown format \"" + f + "\""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        return points;
    }
}
