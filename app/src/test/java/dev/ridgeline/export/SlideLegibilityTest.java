package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 12: the deck read from the back of a room: chart type in points on the slide, coloured text at AA. */
class SlideLegibilityTest {
    private static XMLSlideShow deck;

    @BeforeAll
    static void build() throws IOException {
        deck = open(Fixtures.blackwell());
    }

    @AfterAll
    static void close() throws IOException {
        deck.close();
    }

    private static XMLSlideShow open(dev.ridgeline.evaluation.ScenarioResults results) throws IOException {
        return new XMLSlideShow(new ByteArrayInputStream(SlideDeck.build(results, 2, LocalDate.of(2026, 5, 22),
                "0.1.0")));
    }

    /**
     * Issue 12: on the 13.33-inch slide every piece of chart text is at least 14 pt (tick labels, legends, labels)
     * and the axis titles at least 18 pt: each SVG text's size in layout px × the picture's placed width in points
     * ÷ the layout's width in px (the SVG's viewBox; the PNG fallback is the same layout, magnified).
     */
    @Test
    void chartTypeIsAtLeast14PtAndAxisTitles18PtOnTheSlide() throws Exception {
        for (int s = 1; s <= 4; s++) {
            ChartKind kind = ChartKind.values()[s - 1];
            XSLFPictureShape picture = picture(deck.getSlides().get(s));
            org.w3c.dom.Element svg = ChartImagesTest.parse(svg(deck.getSlides().get(s))).getDocumentElement();
            double layoutWidth = Double.parseDouble(svg.getAttribute("viewBox").trim().split("\\s+")[2]);
            double pointsPerPx = picture.getAnchor().getWidth() / layoutWidth;
            // the fonts the chart asks for (the roofline's log-axis ticks reach the SVG as outlines, not text)
            org.jfree.chart.JFreeChart chart = kind.render(Fixtures.blackwell(), 2);
            for (org.jfree.chart.axis.Axis axis : axes(chart)) {
                double tick = axis.getTickLabelFont().getSize2D() * pointsPerPx;
                assertTrue(tick >= SlideDeck.MIN_CHART_TEXT - 1e-6, kind + " tick labels at " + tick + " pt");
                if (axis.getLabel() != null && !axis.getLabel().isEmpty()) {
                    double title = axis.getLabelFont().getSize2D() * pointsPerPx;
                    assertTrue(title >= SlideDeck.MIN_AXIS_TITLE - 1e-6, kind + " axis title at " + title + " pt");
                }
            }
            if (chart.getLegend() != null) {
                double legend = chart.getLegend().getItemFont().getSize2D() * pointsPerPx;
                assertTrue(legend >= SlideDeck.MIN_CHART_TEXT - 1e-6, kind + " legend at " + legend + " pt");
            }
            // and the text as drawn
            org.w3c.dom.NodeList texts = svg.getElementsByTagNameNS("*", "text");
            int axes = 0;
            List<String> axisTitles = axes(chart).stream().map(org.jfree.chart.axis.Axis::getLabel)
                    .filter(t -> t != null && !t.isEmpty()).toList();
            for (int i = 0; i < texts.getLength(); i++) {
                org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
                java.util.regex.Matcher size = java.util.regex.Pattern.compile("font-size: ?([0-9.]+)px")
                        .matcher(text.getAttribute("style"));
                assertTrue(size.find(), "no size: " + text.getAttribute("style"));
                double points = Double.parseDouble(size.group(1)) * pointsPerPx;
                String content = text.getTextContent();
                assertTrue(points >= SlideDeck.MIN_CHART_TEXT - 1e-6, kind + ": \"" + content + "\" at " + points + " pt");
                if (axisTitles.contains(content)) {
                    assertTrue(points >= SlideDeck.MIN_AXIS_TITLE - 1e-6, kind + " axis title \"" + content + "\" at "
                            + points + " pt");
                    axes++;
                }
            }
            assertEquals(axisTitles.size(), axes, kind + ": axis titles found " + axisTitles);
            assertTrue(texts.getLength() >= 5, kind + ": only " + texts.getLength() + " texts");
        }
    }

    private static List<org.jfree.chart.axis.Axis> axes(org.jfree.chart.JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            return List.of(xy.getDomainAxis(), xy.getRangeAxis());
        }
        org.jfree.chart.plot.CategoryPlot c = (org.jfree.chart.plot.CategoryPlot) chart.getPlot();
        return List.of(c.getDomainAxis(), c.getRangeAxis());
    }

    private static XSLFPictureShape picture(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
                .findFirst().orElseThrow();
    }

    /** Issue 12: text in a system's colour (title slide, table headers) reaches WCAG AA on white and header fill. */
    @Test
    void colouredTextReachesAaContrast() throws IOException {
        Scenario preset = ScenarioFiles.preset("blackwell-migration", Fixtures.CATALOG);
        List<SystemSpec> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(preset.systems().get(i % 3).withLabel("System " + (i + 1)));
        }
        try (XMLSlideShow six6 = open(Fixtures.evaluate(preset.withSystems(six, 0)))) {
            int coloured = 0;
            for (XSLFSlide slide : six6.getSlides()) {
                List<XSLFTextRun> all = new ArrayList<>();
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        all.addAll(runs(t));
                    } else if (shape instanceof XSLFTable table) {
                        table.getRows().forEach(row -> row.getCells().forEach(cell -> all.addAll(runs(cell))));
                    }
                }
                for (XSLFTextRun run : all) {
                    if (run.getRawText().isBlank()
                            || !(run.getFontColor() instanceof org.apache.poi.sl.usermodel.PaintStyle.SolidPaint p)) {
                        continue;
                    }
                    int rgb = p.getSolidColor().getColor().getRGB() & 0xFFFFFF;
                    for (int background : new int[] {0xFFFFFF, SlideText.HEADER_FILL.getRGB() & 0xFFFFFF}) {
                        double ratio = Legible.contrast(rgb, background);
                        assertTrue(ratio >= 4.5, String.format("\"%s\" #%06x on #%06x: %.2f:1", run.getRawText(), rgb,
                                background, ratio));
                    }
                    coloured += rgb != (SlideText.INK.getRGB() & 0xFFFFFF)
                            && rgb != (SlideText.MUTED.getRGB() & 0xFFFFFF) ? 1 : 0;
                }
            }
            assertTrue(coloured >= 12, "six systems' names in colour on the title and table slides: " + coloured);
        }
    }

    private static String svg(XSLFSlide slide) {
        return new String(picture(slide).getSvgImage().getData(), StandardCharsets.UTF_8);
    }

    private static List<XSLFTextRun> runs(XSLFTextShape shape) {
        List<XSLFTextRun> runs = new ArrayList<>();
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            runs.addAll(p.getTextRuns());
        }
        return runs;
    }
}
