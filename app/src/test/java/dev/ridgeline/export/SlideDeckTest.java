package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.decisions.DecisionKind;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.CalibrationChoice;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deck opens in POI, is 16:9, and carries the charts, every input with its source, and seed 001's figures. */
class SlideDeckTest {
    private static XMLSlideShow deck;

    @BeforeAll
    static void build() throws IOException {
        byte[] pptx = SlideDeck.build(Fixtures.blackwell(), 2, LocalDate.of(2026, 5, 22), "0.1.0");
        deck = new XMLSlideShow(new ByteArrayInputStream(pptx));
    }

    @AfterAll
    static void close() throws IOException {
        deck.close();
    }

    private static XMLSlideShow open(ScenarioResults results) throws IOException {
        return new XMLSlideShow(new ByteArrayInputStream(SlideDeck.build(results, 0, LocalDate.of(2026, 5, 22),
                "0.1.0")));
    }

    /** Every piece of text on the slide, tables included. */
    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    for (XSLFTableCell cell : row.getCells()) {
                        text.append(cell.getText()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static XSLFTable table(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst()
                .orElseThrow();
    }

    private static String title(XSLFSlide slide) {
        return ((XSLFTextShape) slide.getShapes().get(0)).getText();
    }

    @Test
    void isSixteenByNineWithTheExpectedSlides() {
        Dimension page = deck.getPageSize();
        assertEquals(960, page.width);
        assertEquals(540, page.height);
        List<String> titles = new ArrayList<>();
        deck.getSlides().stream().skip(1).forEach(s -> titles.add(title(s)));
        assertEquals(List.of(ChartKind.ROOFLINE.title(), ChartKind.FRONTIER.title(), ChartKind.COST.title(),
                ChartKind.MEMORY.title(), ChartKind.LATENCY.title(), DecisionKind.TORNADO.title(), DecisionKind.BRIDGE.title(),
                DecisionKind.BUILD_VS_BUY.title(), "Assumptions", "Results at 50 tok/s/user"), titles);
        assertEquals(11, deck.getSlides().size());
    }

    @Test
    void titleSlideNamesTheScenarioDateAndVersion() {
        String text = text(deck.getSlides().get(0));
        assertTrue(text.contains("Blackwell migration: Llama 3.3 70B, H100 FP8 to B200 NVFP4"), text);
        assertTrue(text.contains("Seed 001 (The Blackwell Migration Question)"), text);
        assertTrue(text.contains("22 May 2026"), text);
        assertTrue(text.contains("Ridgeline 0.1.0"), text);
    }

    @Test
    void eachChartSlideCarriesOneSvgPictureWithAPngFallback() {
        for (int s = 1; s <= 8; s++) { // five charts and three decision views
            List<XSLFPictureShape> pictures = deck.getSlides().get(s).getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
            assertEquals(1, pictures.size(), "slide " + (s + 1));
            XSLFPictureShape picture = pictures.get(0);
            assertEquals(PictureType.PNG, picture.getPictureData().getType());
            assertEquals(SlideDeck.PICTURE_WIDTH, picture.getPictureData().getImageDimensionInPixels().width);
            assertNotNull(picture.getSvgImage(), "slide " + (s + 1) + " has no SVG");
            assertEquals(PictureType.SVG, picture.getSvgImage().getType());
            String svg = new String(picture.getSvgImage().getData(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg "), svg.substring(0, 100));
            Rectangle2D anchor = picture.getAnchor();
            assertTrue(anchor.getWidth() > 0.9 * 960, "the chart spans the slide: " + anchor);
            assertOnSlide(anchor, "picture on slide " + (s + 1));
        }
    }

    /** The fallback is the chart's PNG as encoded (not a stand-in, not re-encoded) and stands alone in the deck. */
    @Test
    void chartPicturesAreTheEncodedPngsAndNoStandInIsLeft() throws IOException {
        var roofline = ChartKind.ROOFLINE.render(Fixtures.blackwell(), 2);
        roofline.setTitle((org.jfree.chart.title.TextTitle) null);
        byte[] expected = Png.encode(SlideDeck.picture(roofline));
        XSLFPictureShape first = deck.getSlides().get(1).getShapes().stream()
                .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).findFirst()
                .orElseThrow();
        assertArrayEquals(expected, first.getPictureData().getData());
        int png = 0;
        int svg = 0;
        for (var data : deck.getPictureData()) {
            if (data.getType() == PictureType.PNG) {
                png++;
                var image = ChartImagesTest.decode(data.getData());
                assertEquals(SlideDeck.PICTURE_WIDTH, image.getWidth(), data.getFileName());
                assertEquals(SlideDeck.pictureHeight(), image.getHeight(), data.getFileName());
                ChartImagesTest.assertDrawn(image, data.getFileName());
            } else {
                assertEquals(PictureType.SVG, data.getType(), data.getFileName());
                svg++;
            }
        }
        assertEquals(8, png, "a PNG per chart slide");
        assertEquals(8, svg, "an SVG per chart slide");
    }

    @Test
    void assumptionsListEveryInputWithItsSource() {
        XSLFSlide slide = deck.getSlides().get(9);
        String text = text(slide);
        assertTrue(text.contains(Fixtures.CATALOG.accelerator("b200-hgx").orElseThrow().source()), text);
        assertTrue(text.contains("Seed 001: Spheron published rates (22 May 2026)"), "the price sheet: " + text);
        assertTrue(text.contains("$6.03/GPU-hour on-demand, $2.12 spot"), "B200's prices: " + text);
        assertTrue(text.contains("SemiAnalysis InferenceMAX v1 via seed 001 §2"), "B200's pinned source: " + text);
        assertTrue(text.contains("Llama 3.3 70B"), text);
        assertTrue(text.contains("NVFP4 (4.5 bits)"), text);
        // the efficiencies the model used: the built-in calibration's for Blackwell (B200 bandwidth 0.562, FP4
        // 0.384), marked † as fitted; the overheads it did not fit stay marked * as defaults
        assertTrue(text.contains("bandwidth efficiency 0.56†, FP4 efficiency 0.38†, step overhead 1 ms* + 2 µs/seq*"),
                "calibrated values marked: " + text);
        assertTrue(text.contains("† calibrated: 23 measured points, CV MAPE 7.9 %"), "the basis: " + text);
        assertTrue(text.contains("batch 64,"), text);
        assertTrue(text.contains("800 input + 400 output tokens per request, 50 requests/s"), text);
        assertTrue(text.contains("* default"), text);
    }

    @Test
    void resultsTableHoldsSeed001sFigures() {
        XSLFTable table = table(deck.getSlides().get(10));
        assertEquals("B200 HGX · NVFP4", table.getCell(0, 3).getText());
        assertEquals("5.55", cell(table, "Decode floor (ms/token)", 3));
        assertEquals("21.69", cell(table, "Decode floor (ms/token)", 1));
        assertEquals("180", cell(table, "Per-user ceiling (tok/s/user)", 3));
        assertEquals("135.3", cell(table, "KV budget (GB)", 3));
        assertEquals("10,000 measured", cell(table, "output tok/s/GPU at 50 tok/s/user", 3));
        assertEquals("$0.168", cell(table, "$/M output tokens, on-demand", 3));
        assertEquals("$0.059", cell(table, "$/M output tokens, spot", 3));
        assertEquals("$0.489", cell(table, "$/M output tokens, on-demand", 1));
        assertEquals("2", cell(table, "Fleet for the workload (GPUs)", 3));
        assertEquals("$8,804", cell(table, "Monthly, on-demand", 3));
        // KV capacity, not throughput, sets the H100 fleet: 15 GPUs (throughput alone: 14), 15 × $2.64 × 730
        assertEquals("15 · KV-bound", cell(table, "Fleet for the workload (GPUs)", 1));
        assertEquals("$28,908", cell(table, "Monthly, on-demand", 1));
        assertTrue(cell(table, "output tok/s/GPU at 50 tok/s/user", 1).startsWith("⚠"), "H100's pin is beyond its ceiling");
    }

    @Test
    void everyModeledFigureOnTheDeckSaysItsBasis() throws IOException {
        // the B200 unpinned, so its cost rests on the model; calibrated (the default) and then roofline
        Scenario preset = ScenarioFiles.preset("blackwell-migration", Fixtures.CATALOG);
        Scenario unpinned = preset.withSystem(2, preset.systems().get(2).withMeasured(null));
        Scenario roofline = unpinned.withCalibration(unpinned.calibrationOrDefault()
                .withBasis(CalibrationChoice.ROOFLINE));
        ScenarioResults calibratedResults = Fixtures.evaluate(unpinned);
        ScenarioResults rooflineResults = Fixtures.evaluate(roofline);
        double calibratedTps = calibratedResults.systems().get(2).economics().outputTokensPerSecPerGpu();
        double rooflineTps = rooflineResults.systems().get(2).economics().outputTokensPerSecPerGpu();
        assertEquals("calibrated", calibratedResults.systems().get(2).economics().costBasis());
        assertEquals("roofline", rooflineResults.systems().get(2).economics().costBasis());
        assertTrue(Math.abs(calibratedTps / rooflineTps - 1) > 0.01, calibratedTps + " vs " + rooflineTps);
        double cv = CalibrationProfile.builtIn().crossValidatedMapePercent();
        assertEquals("7.9", Formats.fixed(cv, 1));
        try (XMLSlideShow calibrated = open(calibratedResults); XMLSlideShow uncalibrated = open(rooflineResults)) {
            // results: the figure and its basis in the cell, the profile's error in the note under the table
            XSLFSlide results = calibrated.getSlides().get(10);
            assertEquals(Formats.fixed(calibratedTps, 0) + " calibrated",
                    cell(table(results), "output tok/s/GPU at 50 tok/s/user", 3));
            assertEquals("10,000 measured", cell(table(deck.getSlides().get(10)),
                    "output tok/s/GPU at 50 tok/s/user", 3));
            assertTrue(text(results).contains("modeled: calibrated to 23 points, CV ±7.9 %"), text(results));
            XSLFSlide rooflineSlide = uncalibrated.getSlides().get(10);
            assertEquals(Formats.fixed(rooflineTps, 0) + " roofline",
                    cell(table(rooflineSlide), "output tok/s/GPU at 50 tok/s/user", 3));
            assertTrue(text(rooflineSlide).contains("modeled: roofline (uncalibrated)"), text(rooflineSlide));

            // assumptions: the values the model used, marked; the basis by the title, still on one slide
            assertEquals("Assumptions", title(uncalibrated.getSlides().get(9)));
            String assumptions = text(uncalibrated.getSlides().get(9));
            assertTrue(assumptions.contains("bandwidth efficiency 0.80*, FP4 efficiency 0.36*"), assumptions);
            assertTrue(assumptions.contains("model: roofline (uncalibrated)"), assumptions);

            // the frontier and cost charts: the basis line is text in the SVG
            assertTrue(svg(calibrated.getSlides().get(2)).contains(
                    "modeled: calibrated to 23 measured points, CV ±7.9 % (shaded band)"));
            assertTrue(svg(uncalibrated.getSlides().get(2)).contains("modeled: roofline (uncalibrated)"));
            assertTrue(svg(calibrated.getSlides().get(3)).contains("curves calibrated, CV ±7.9 %"));
            assertTrue(svg(uncalibrated.getSlides().get(3)).contains("curves roofline (uncalibrated)"));
        }
    }

    private static String svg(XSLFSlide slide) {
        XSLFPictureShape picture = slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
        return new String(picture.getSvgImage().getData(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cell(XSLFTable table, String label, int column) {
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            if (table.getCell(r, 0).getText().equals(label)) {
                return table.getCell(r, column).getText();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void legibleOnAProjector() {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTable table) {
                    for (XSLFTableRow row : table.getRows()) {
                        for (XSLFTableCell cell : row.getCells()) {
                            runs(cell).forEach(run -> assertTrue(run.getFontSize() >= 14, "table text at "
                                    + run.getFontSize() + " pt: " + run.getRawText()));
                        }
                    }
                }
            }
            if (slide.getSlideNumber() > 1) {
                runs((XSLFTextShape) slide.getShapes().get(0)).forEach(run -> assertTrue(run.getFontSize() >= 28,
                        "title at " + run.getFontSize() + " pt"));
            }
        }
    }

    private static List<XSLFTextRun> runs(XSLFTextShape shape) {
        List<XSLFTextRun> runs = new ArrayList<>();
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            runs.addAll(p.getTextRuns());
        }
        return runs;
    }

    @Test
    void everythingSitsOnTheSlide() {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                assertOnSlide(shape.getAnchor(), shape.getShapeName() + " on slide " + slide.getSlideNumber());
            }
        }
    }

    private static void assertOnSlide(Rectangle2D anchor, String what) {
        assertTrue(anchor.getMinX() >= 0 && anchor.getMinY() >= 0 && anchor.getMaxX() <= 960
                && anchor.getMaxY() <= 540, what + " runs off the slide: " + anchor);
    }

    @Test
    void sixSystemsSpreadTheirAssumptionsOverSlidesThatFit() throws IOException {
        Scenario preset = ScenarioFiles.preset("blackwell-migration", Fixtures.CATALOG);
        List<SystemSpec> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(preset.systems().get(i % 3).withLabel(preset.systems().get(i % 3).label() + " #" + (i + 1)));
        }
        try (XMLSlideShow six6 = open(Fixtures.evaluate(preset.withSystems(six, 0)))) {
            List<String> titles = six6.getSlides().stream().map(SlideDeckTest::title).toList();
            // title, five charts, three decision views (no cascade), then the assumptions
            assertEquals(List.of("Assumptions (1 of 2)", "Assumptions (2 of 2)"), titles.subList(9, 11));
            assertEquals(12, six6.getSlides().size());
            assertTrue(text(six6.getSlides().get(10)).contains("B200 HGX · NVFP4 #6"));
            for (XSLFSlide slide : six6.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    assertOnSlide(shape.getAnchor(), shape.getShapeName() + " on slide " + slide.getSlideNumber());
                }
            }
        }
    }

    /** Issue 12: the results slide words a gap as the cards do — "5 % dearer", not "1.1× dearer". */
    @Test
    void theResultsSlideGivesSmallGapsAsPercentages() {
        DeckTable table = ResultsTable.of(Fixtures.blackwell());
        DeckTable.Row vs = table.rows().stream().filter(r -> r.label().equals("On-demand $/M vs baseline"))
                .findFirst().orElseThrow();
        // H200 $0.513/M against the H100's $0.489/M: 4.9 % dearer; the B200's $0.168/M: 2.9× cheaper
        assertEquals(List.of("baseline", "5 % dearer", "2.9× cheaper"), vs.cells());
        DeckTable.Row concurrency = table.rows().stream().filter(r -> r.label().startsWith("Max concurrency"))
                .findFirst().orElseThrow();
        var systems = Fixtures.blackwell().systems();
        for (int i = 0; i < systems.size(); i++) {
            assertEquals(dev.ridgeline.charts.Formats.fixed(Math.floor(systems.get(i).physics().memory()
                    .concurrency()), 0), concurrency.cells().get(i), "whole sequences that fit");
        }
    }
}
