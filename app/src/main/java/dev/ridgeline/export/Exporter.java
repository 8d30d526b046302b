package dev.ridgeline.export;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.decisions.DecisionKind;
import dev.ridgeline.charts.decisions.Decisions;
import dev.ridgeline.charts.ChartOptions;
import dev.ridgeline.app.BuildInfo;
import dev.ridgeline.evaluation.ScenarioResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.jfree.chart.JFreeChart;

/**
 * Writes a scenario's charts, deck and data into a folder, drawn from one {@link ScenarioResults} by the same
 * chart code as the screen. Needs no display.
 */
public final class Exporter {
    /** Picture sizes the command line accepts, per side, in pixels. */
    public static final int MIN_SIZE = 320;
    public static final int MAX_SIZE = 7680;

    private Exporter() {
    }

    /**
     * Writes {@code roofline}, {@code frontier}, {@code cost} and {@code memory} as .png and .svg,
     * {@code <scenario-slug>.pptx} and the CSVs of {@link SeriesCsv}, as {@code formats} asks.
     *
     * @param selected the system whose operating points the charts label
     * @return the files written, in that order
     * @throws IOException naming the folder or file that could not be made or written
     */
    public static List<Path> export(ScenarioResults results, Path dir, Set<ExportFormat> formats, int width,
            int height, int selected) throws IOException {
        return export(results, dir, formats, width, height, selected, ChartOptions.DEFAULT);
    }

    /** As above, the charts drawn with the workbench's options (a log throughput axis), as on screen. */
    public static List<Path> export(ScenarioResults results, Path dir, Set<ExportFormat> formats, int width,
            int height, int selected, ChartOptions options) throws IOException {
        checkSize(width, height);
        createFolder(dir);
        List<Path> written = new ArrayList<>();
        Decisions decisions = formats.contains(ExportFormat.PNG) || formats.contains(ExportFormat.SVG)
                || formats.contains(ExportFormat.CSV) ? Decisions.of(results, selected) : null;
        try (PngQueue pngs = new PngQueue()) {
            Map<Path, Future<byte[]>> encoding = new LinkedHashMap<>();
            if (formats.contains(ExportFormat.PNG)) {
                for (Map.Entry<String, JFreeChart> chart : charts(results, selected, options, decisions).entrySet()) {
                    Path file = dir.resolve(chart.getKey() + ".png");
                    encoding.put(file, pngs.submit(ChartImages.image(chart.getValue(), width, height,
                            ChartImages.scale(width, height))));
                    written.add(file);
                }
            }
            if (formats.contains(ExportFormat.SVG)) {
                for (Map.Entry<String, JFreeChart> chart : charts(results, selected, options, decisions).entrySet()) {
                    Path file = dir.resolve(chart.getKey() + ".svg");
                    write(file, picture(chart.getValue(), ExportFormat.SVG, width, height));
                    written.add(file);
                }
            }
            // the PNGs were encoded in the background while the SVGs were drawn
            for (Map.Entry<Path, Future<byte[]>> png : encoding.entrySet()) {
                write(png.getKey(), PngQueue.await(png.getValue()));
            }
            if (formats.contains(ExportFormat.PPTX)) {
                Path file = dir.resolve(slug(results.scenario().name()) + ".pptx");
                write(file, SlideDeck.build(results, selected, LocalDate.now(), BuildInfo.version(), options, pngs));
                written.add(file);
            }
        }
        if (formats.contains(ExportFormat.CSV)) {
            List<SeriesCsv.Table> tables = new ArrayList<>(SeriesCsv.tables(results));
            tables.addAll(DecisionCsv.tables(decisions));
            for (SeriesCsv.Table table : tables) {
                Path file = dir.resolve(table.fileName());
                write(file, table.text().getBytes(StandardCharsets.UTF_8));
                written.add(file);
            }
        }
        return written;
    }

    /**
     * The charts by file name (without extension): the five of {@link ChartKind}, then the decision views that apply
     * (issue 15: sensitivity, bridge, build vs buy, cascade); built afresh for each format, as before.
     */
    private static Map<String, JFreeChart> charts(ScenarioResults results, int selected, ChartOptions options,
            Decisions decisions) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (ChartKind kind : ChartKind.values()) {
            charts.put(kind.fileName(), kind.render(results, selected, options));
        }
        for (DecisionKind kind : DecisionKind.values()) {
            kind.render(decisions).ifPresent(chart -> charts.put(kind.fileName(), chart));
        }
        return charts;
    }

    /** One chart into {@code file}, as PNG or SVG by its extension (what the workbench's "export this chart" calls). */
    public static void exportChart(ChartKind kind, ScenarioResults results, Path file, int width, int height,
            int selected) throws IOException {
        exportChart(kind, results, file, width, height, selected, ChartOptions.DEFAULT);
    }

    public static void exportChart(ChartKind kind, ScenarioResults results, Path file, int width, int height,
            int selected, ChartOptions options) throws IOException {
        checkSize(width, height);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        ExportFormat format = name.endsWith(".png") ? ExportFormat.PNG : name.endsWith(".svg") ? ExportFormat.SVG
                : null;
        if (format == null) {
            throw new IllegalArgumentException(file + ": a chart exports as .png or .svg");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createFolder(parent);
        }
        write(file, picture(kind.render(results, selected, options), format, width, height));
    }

    private static byte[] picture(JFreeChart chart, ExportFormat format, int width, int height) {
        return format == ExportFormat.PNG ? ChartImages.png(chart, width, height)
                : ChartImages.svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels a side, was " + width + "x" + height);
        }
    }

    private static void createFolder(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot export into " + dir + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the folder " + dir + ": " + reason(e), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot export into " + dir + ": it is not a folder");
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** The operating system's reason alone ("Permission denied"), without the path Java repeats. */
    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        return reason != null ? reason : e.getClass().getSimpleName().replace("Exception", "").replaceAll(
                "([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** "Blackwell migration: Llama 3.3 70B" → "blackwell-migration-llama-3-3-70b"; at most 60 characters. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            int cut = slug.lastIndexOf('-', 60);
            slug = slug.substring(0, cut > 20 ? cut : 60);
        }
        return slug.isEmpty() ? "scenario" : slug;
    }
}
