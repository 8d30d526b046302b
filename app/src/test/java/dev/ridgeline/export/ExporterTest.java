package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    // issue 14: the latency chart in PNG and SVG and its curves in CSV
    private static final List<String> ALL_FILES = List.of("roofline.png", "frontier.png", "cost.png", "memory.png",
            "latency.png", "decision-sensitivity.png", "decision-bridge.png", "decision-build-vs-buy.png",
            "roofline.svg", "frontier.svg", "cost.svg", "memory.svg", "latency.svg",
            "decision-sensitivity.svg", "decision-bridge.svg", "decision-build-vs-buy.svg",
            "blackwell-migration-llama-3-3-70b-h100-fp8-to-b200-nvfp4.pptx", "roofline.csv", "frontier.csv",
            "frontier-points.csv", "cost.csv", "cost-points.csv", "memory.csv", "latency.csv", "decision-sensitivity.csv",
            "decision-bridge.csv", "decision-build-vs-buy.csv");
    private final ScenarioResults results = Fixtures.blackwell();

    @Test
    void formatsParseCaseInsensitively() {
        assertEquals(EnumSet.allOf(ExportFormat.class), ExportFormat.parse(ExportFormat.ALL));
        assertEquals(EnumSet.of(ExportFormat.PNG, ExportFormat.SVG), ExportFormat.parse("PNG, Svg"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("png,gif"));
        assertEquals("unknown format \"gif\"; use any of png,svg,pptx,csv", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(" , "));
    }

    /** Issue 13: a free baseline (price 0) has no ratio and no point on the log cost axis; nothing says NaN. */
    @Test
    void aFreeBaselineExportsNoNaNOrInfinity(@TempDir Path tmp) throws IOException {
        dev.ridgeline.scenario.Scenario preset = dev.ridgeline.scenario.ScenarioFiles.preset("blackwell-migration",
                Fixtures.CATALOG);
        dev.ridgeline.scenario.Scenario free = preset.withSystem(0, preset.systems().get(0).withPrice(
                new dev.ridgeline.scenario.GpuPricing(null, null, 0.0, 0.0, null)));
        List<Path> files = Exporter.export(Fixtures.evaluate(free), tmp, EnumSet.allOf(ExportFormat.class), 1920,
                1080, 2);
        StringBuilder text = new StringBuilder();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".svg") || name.endsWith(".csv")) {
                text.append(Files.readString(f, StandardCharsets.UTF_8));
            } else if (name.endsWith(".pptx")) {
                try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(f));
                        var extractor = new org.apache.poi.sl.extractor.SlideShowExtractor<>(deck)) {
                    text.append(extractor.getText());
                }
            }
        }
        String all = text.toString();
        assertTrue(all.length() > 10_000, "the SVGs, CSVs and the deck were read");
        for (String bad : List.of("NaN", "Infinity", "∞")) {
            assertTrue(!all.contains(bad), bad + " in an export of a free baseline");
        }
    }

    @Test
    void writesEveryFileIntoAFolderItMakes(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("deck/for/monday");
        List<Path> written = Exporter.export(results, dir, EnumSet.allOf(ExportFormat.class), 1920, 1080, 2);
        assertEquals(ALL_FILES.stream().map(dir::resolve).toList(), written);
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file + " is empty");
        }
        BufferedImage png = ChartImagesTest.decode(Files.readAllBytes(dir.resolve("cost.png")));
        assertEquals(1920, png.getWidth());
        // UTF-8 with a byte-order mark (EF BB BF), so Excel on Windows shows the "·" of "B200 HGX · NVFP4"
        byte[] memory = Files.readAllBytes(dir.resolve("memory.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(memory[0], memory[1], memory[2]));
        String text = new String(memory, 3, memory.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("system,component,gb_per_replica\n"), text);
        assertTrue(text.contains("\nB200 HGX · NVFP4,HBM capacity,180\n"), text);
    }

    @Test
    void writesOnlyTheFormatsAsked(@TempDir Path dir) throws IOException {
        List<Path> written = Exporter.export(results, dir, Set.of(ExportFormat.PNG), 3840, 2160, 0);
        // five charts (the four and the latency chart) and three decision views (the default preset has no cascade)
        assertEquals(8, written.size());
        for (Path file : written) {
            BufferedImage image = ChartImagesTest.decode(Files.readAllBytes(file));
            assertEquals(3840, image.getWidth());
            assertEquals(2160, image.getHeight());
            ChartImagesTest.assertDrawn(image, file.toString());
        }
        try (var files = Files.list(dir)) {
            assertEquals(8, files.count());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAnIoErrorNamingIt(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        Path dir = file.resolve("exports");
        IOException e = assertThrows(IOException.class, () -> Exporter.export(results, dir,
                EnumSet.allOf(ExportFormat.class), 1920, 1080, 0));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        IOException onFile = assertThrows(IOException.class, () -> Exporter.export(results, file,
                EnumSet.of(ExportFormat.CSV), 1920, 1080, 0));
        assertTrue(onFile.getMessage().contains(file + " is a file, not a folder"), onFile.getMessage());
    }

    @Test
    void oneChartExportsAsPngOrSvgByItsExtension(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("sub/Cost.PNG");
        Exporter.exportChart(ChartKind.COST, results, png, 1600, 900, 0);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(Files.readAllBytes(png),
                4));
        assertEquals(1600, ChartImagesTest.decode(Files.readAllBytes(png)).getWidth());
        Path svg = dir.resolve("roofline.svg");
        Exporter.exportChart(ChartKind.ROOFLINE, results, svg, 1920, 1080, 0);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).startsWith("<?xml"));
        assertThrows(IllegalArgumentException.class, () -> Exporter.exportChart(ChartKind.COST, results,
                dir.resolve("cost.pdf"), 1920, 1080, 0));
    }

    @Test
    void slugsAreShortPlainFileNames() {
        assertEquals("blackwell-migration-llama-3-3-70b-h100-fp8-to-b200-nvfp4",
                Exporter.slug("Blackwell migration: Llama 3.3 70B, H100 FP8 to B200 NVFP4"));
        assertEquals("cafe-deja-vu", Exporter.slug("  Café — déjà vu!  "));
        assertEquals("scenario", Exporter.slug("→ ←"));
        assertTrue(Exporter.slug("x".repeat(30) + " " + "y".repeat(40)).length() <= 60);
    }
}
