package dev.ridgeline.export;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.Palette;
import dev.ridgeline.evaluation.ScenarioResults;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * A 16:9 deck of a scenario: a title slide, one slide per chart, the assumptions (every input with its source)
 * and the results table. Each chart is an SVG picture with a 2880-pixel-wide PNG fallback, the way PowerPoint
 * itself stores SVGs: PowerPoint 2016+ draws the vectors, older viewers (and LibreOffice 7) the PNG.
 */
public final class SlideDeck {
    /** 13.333 × 7.5 inches. */
    public static final double WIDTH = 960;
    public static final double HEIGHT = 540;
    /**
     * Chart pictures are this many pixels wide (1.5 × full HD, ~3 px a slide point), as tall as the room under the
     * title. 3840 (1:1 on a 4K screen) made the deck 0.4 MB larger and a cold export slower for text that looks the
     * same at 1080p and barely softer at 4K (issue 16); the SVG beside it stays sharp at any size.
     */
    public static final int PICTURE_WIDTH = 2880;
    /** On a chart slide, the smallest type (ticks, legends, labels) and the axis titles, in points. */
    static final double MIN_CHART_TEXT = 14;
    static final double MIN_AXIS_TITLE = 18;
    static final double MARGIN = 32;
    static final double TITLE_SIZE = 30;
    static final double TABLE_SIZE = 14;
    static final double RESULTS_SIZE = 18;
    static final double MIN_RESULTS_SIZE = 14;
    private static final double CONTENT_TOP = 60;
    private static final double BOTTOM_MARGIN = 14;
    /** Where a chart sits on its slide, in points. */
    private static final Rectangle2D CHART_AREA = new Rectangle2D.Double(8, CONTENT_TOP - 4, WIDTH - 16,
            HEIGHT - CONTENT_TOP - 2);

    static {
        // POI logs through the Log4j API; with no Log4j back end on the class path it prints an error on first use
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private SlideDeck() {
    }

    /** The deck as .pptx bytes; {@code selected} is the system whose points the charts label. */
    public static byte[] build(ScenarioResults results, int selected, LocalDate date, String version) {
        return build(results, selected, date, version, dev.ridgeline.charts.ChartOptions.DEFAULT);
    }

    /** As above, the charts drawn with the workbench's options, as on screen. */
    public static byte[] build(ScenarioResults results, int selected, LocalDate date, String version,
            dev.ridgeline.charts.ChartOptions options) {
        try (PngQueue pngs = new PngQueue()) {
            return build(results, selected, date, version, options, pngs);
        }
    }

    /** As above, the chart pictures encoded by {@code pngs} while the rest of the deck is built. */
    static byte[] build(ScenarioResults results, int selected, LocalDate date, String version,
            dev.ridgeline.charts.ChartOptions options, PngQueue pngs) {
        WarmUp.await();
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            titleSlide(deck, results, date, version);
            List<Fallback> fallbacks = new ArrayList<>();
            for (ChartKind kind : ChartKind.values()) {
                fallbacks.add(chartSlide(deck, kind.title(), kind.render(results, selected, options), results,
                        pngs));
            }
            // the decision views that apply (issue 15), one slide each
            var decisions = dev.ridgeline.charts.decisions.Decisions.of(results, selected);
            for (var kind : dev.ridgeline.charts.decisions.DecisionKind.values()) {
                kind.render(decisions).ifPresent(chart -> fallbacks.add(chartSlide(deck, kind.title(), chart,
                        results, pngs)));
            }
            assumptionSlides(deck, results);
            resultsSlides(deck, results);
            // last, once no picture is added after them: POI decodes a picture again when one is added later
            for (Fallback fallback : fallbacks) {
                fallback.data().getPackagePart().clear(); // setData appends to what the part holds
                fallback.data().setData(PngQueue.await(fallback.png()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deck.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads POI and the schemas a deck uses, by building a throwaway slide with text (see {@link WarmUp}). */
    static void warmUp() {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlide slide = deck.createSlide();
            SlideText.box(slide, new Rectangle2D.Double(0, 0, 100, 20), "warm-up", TABLE_SIZE, false,
                    SlideText.INK);
            slide.createPicture(deck.addPicture(Png.placeholder(0), PictureType.PNG)); // and ImageIO's PNG reader
            deck.write(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // nothing to do: the deck itself will meet and report it
        }
    }

    private static void titleSlide(XMLSlideShow deck, ScenarioResults results, LocalDate date, String version) {
        XSLFSlide slide = deck.createSlide();
        double width = WIDTH - 2 * 56;
        double y = 120;
        String name = results.scenario().name();
        double nameHeight = TextFit.height(name, 36, true, width);
        SlideText.box(slide, new Rectangle2D.Double(56, y, width, nameHeight), name, 36, true, SlideText.INK);
        y += nameHeight + 18;
        String description = results.scenario().description();
        if (description != null && !description.isBlank()) {
            double h = TextFit.height(description, 18, false, width);
            SlideText.box(slide, new Rectangle2D.Double(56, y, width, h), description, 18, false, SlideText.MUTED);
            y += h + 18;
        }
        var systems = SlideText.box(slide, new Rectangle2D.Double(56, y, width, 30), "", 20, true, SlideText.INK);
        var paragraph = systems.getTextParagraphs().get(0);
        paragraph.getTextRuns().get(0).setText("Systems: ");
        for (int i = 0; i < results.systems().size(); i++) {
            var run = paragraph.addNewTextRun();
            boolean baseline = i == results.scenario().baselineIndex();
            // each name wraps as a whole (no-break spaces inside it); the line breaks between names
            run.setText((results.systems().get(i).label() + (baseline ? " (baseline)" : "")).replace(' ', '\u00A0')
                    + (i + 1 < results.systems().size() ? "   " : ""));
            SlideText.style(run, 20, true, SlideText.systemInk(i));
        }
        String footer = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + "  ·  Ridgeline "
                + version;
        SlideText.box(slide, new Rectangle2D.Double(56, HEIGHT - 64, width, 24), footer, 16, false, SlideText.MUTED);
    }

    /** A chart's PNG fallback: a placeholder in the deck until its encoding is done. */
    private record Fallback(XSLFPictureData data, Future<byte[]> png) {
    }

    private static Fallback chartSlide(XMLSlideShow deck, String title, JFreeChart chart, ScenarioResults results,
            PngQueue pngs) {
        XSLFSlide slide = deck.createSlide();
        title(slide, title);
        chart.setTitle((TextTitle) null); // the slide's title says it, at a size the room can read
        Future<byte[]> encoding = pngs.submit(picture(chart));
        // POI reads a picture's size by decoding it, on adding it and on every later addPicture: the slide gets a
        // 1-pixel stand-in (unique, as POI shares identical pictures) and the chart's PNG replaces it at the end
        XSLFPictureData png = deck.addPicture(Png.placeholder(deck.getPictureData().size()), PictureType.PNG);
        XSLFPictureData svg = deck.addPicture(ChartImages.svg(chart, PICTURE_WIDTH, pictureHeight(), pictureScale())
                .getBytes(StandardCharsets.UTF_8), PictureType.SVG);
        XSLFPictureShape picture = slide.createPicture(png);
        picture.setSvgImage(svg);
        picture.setAnchor(CHART_AREA);
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(title + " chart of "
                + results.scenario().name());
        return new Fallback(png, encoding);
    }

    /** A chart slide's picture, drawn (title removed) as its PNG fallback is. */
    static BufferedImage picture(JFreeChart chart) {
        return ChartImages.image(chart, PICTURE_WIDTH, pictureHeight(), pictureScale());
    }

    /** As tall as the room under the title, at {@link #PICTURE_WIDTH} wide. */
    static int pictureHeight() {
        return (int) Math.round(PICTURE_WIDTH * CHART_AREA.getHeight() / CHART_AREA.getWidth());
    }

    /** Laid out about as many px wide as it is placed pt wide, then magnified: a 15 px tick label is ~15 pt. */
    static double pictureScale() {
        return PICTURE_WIDTH / (CHART_AREA.getWidth() / pointsPerLayoutPixel());
    }

    /**
     * Slide points per layout pixel of a chart: 1, or more where a chart font is too small at 1 (axis titles of
     * 17 px need 18/17 to reach 18 pt), so its smallest type reaches {@link #MIN_CHART_TEXT} and its axis titles
     * {@link #MIN_AXIS_TITLE}.
     */
    static double pointsPerLayoutPixel() {
        double smallest = Math.min(Math.min(Palette.TICK_LABEL.getSize2D(), Palette.LEGEND.getSize2D()),
                Palette.ANNOTATION.getSize2D());
        return Math.max(1, Math.max(MIN_CHART_TEXT / smallest, MIN_AXIS_TITLE / Palette.AXIS_LABEL.getSize2D()));
    }

    /** One slide, or as many as it takes to keep every system's inputs on the slide at a legible size. */
    private static void assumptionSlides(XMLSlideShow deck, ScenarioResults results) {
        DeckTable all = Assumptions.of(results);
        double room = HEIGHT - CONTENT_TOP - BOTTOM_MARGIN;
        List<int[]> pages = pages(all, 3, t -> sum(SlideText.columnsHeights(t, WIDTH - 2 * MARGIN, TABLE_SIZE))
                <= room);
        for (int p = 0; p < pages.size(); p++) {
            XSLFSlide slide = deck.createSlide();
            title(slide, "Assumptions" + pageOf(p, pages.size()));
            DeckTable table = columns(all, pages.get(p)[0], pages.get(p)[1]);
            SlideText.columns(slide, table, MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, TABLE_SIZE,
                    colors(pages.get(p)[0], pages.get(p)[1]));
            note(slide, table.footnote());
        }
    }

    /** The results on one slide at the largest type that fits (18, 16 or 14 pt), else over several at 14 pt. */
    private static void resultsSlides(XMLSlideShow deck, ScenarioResults results) {
        DeckTable all = ResultsTable.of(results);
        String title = "Results at " + Assumptions.trim(results.scenario().workload().targetTokensPerSecPerUser())
                + " tok/s/user";
        double size = MIN_RESULTS_SIZE;
        for (double candidate = RESULTS_SIZE; candidate > MIN_RESULTS_SIZE; candidate -= 2) {
            if (resultsFit(all, candidate)) {
                size = candidate;
                break;
            }
        }
        double chosen = size;
        List<int[]> pages = pages(all, all.header().size() - 1, t -> resultsFit(t, chosen));
        for (int p = 0; p < pages.size(); p++) {
            XSLFSlide slide = deck.createSlide();
            title(slide, title + pageOf(p, pages.size()));
            note(slide, ResultsTable.basisNote(results));
            DeckTable table = columns(all, pages.get(p)[0], pages.get(p)[1]);
            double height = SlideText.table(slide, table, MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN,
                    resultsLabelWidth(chosen), chosen, colors(pages.get(p)[0], pages.get(p)[1]));
            footnote(slide, table.footnote(), CONTENT_TOP + height + 8);
        }
    }

    private static boolean resultsFit(DeckTable table, double size) {
        double width = WIDTH - 2 * MARGIN;
        return SlideText.tableHeight(table, width, resultsLabelWidth(size), size) + 8
                + TextFit.height(table.footnote(), TABLE_SIZE, false, width) <= HEIGHT - CONTENT_TOP - BOTTOM_MARGIN;
    }

    /** Wide enough for "$/M output tokens, on-demand" on one line. */
    private static double resultsLabelWidth(double size) {
        return Math.ceil(TextFit.width("$/M output tokens, on-demand", size, true)) + 2 * SlideText.CELL_INSET_X + 4;
    }

    private static String pageOf(int page, int pages) {
        return pages == 1 ? "" : " (" + (page + 1) + " of " + pages + ")";
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /**
     * Splits the systems into runs of columns, at most {@code perPage} to a slide, each run a table that
     * {@code fits}: all on one slide if they fit, else the fewest slides of equal runs (one system a slide at worst).
     *
     * @return {from, to} system indexes per slide, {@code to} exclusive
     */
    static List<int[]> pages(DeckTable table, int perPage, Predicate<DeckTable> fits) {
        int systems = table.header().size() - 1;
        for (int n = Math.min(systems, perPage); n >= 1; n--) {
            List<int[]> pages = new ArrayList<>();
            boolean allFit = true;
            for (int from = 0; from < systems; from += n) {
                int to = Math.min(systems, from + n);
                pages.add(new int[] {from, to});
                allFit &= fits.test(columns(table, from, to));
            }
            if (allFit || n == 1) {
                return pages;
            }
        }
        throw new IllegalStateException("a table with no systems");
    }

    /** The table with only systems {@code from} (inclusive) to {@code to} (exclusive). */
    static DeckTable columns(DeckTable table, int from, int to) {
        List<String> header = new ArrayList<>(table.header().subList(0, 1));
        header.addAll(table.header().subList(from + 1, to + 1));
        List<DeckTable.Row> rows = table.rows().stream()
                .map(r -> new DeckTable.Row(r.label(), r.cells().subList(from, to))).toList();
        return new DeckTable(header, rows, table.footnote());
    }

    private static List<Color> colors(int from, int to) {
        List<Color> colors = new ArrayList<>();
        for (int i = from; i < to; i++) {
            colors.add(SlideText.systemInk(i));
        }
        return colors;
    }

    private static void title(XSLFSlide slide, String text) {
        SlideText.box(slide, new Rectangle2D.Double(MARGIN, 14, WIDTH - 2 * MARGIN, 40), text, TITLE_SIZE, true,
                SlideText.INK);
    }

    /** A short note at the right end of the title line. */
    private static void note(XSLFSlide slide, String text) {
        double width = TextFit.width(text, TABLE_SIZE, false) + 4;
        var box = SlideText.box(slide, new Rectangle2D.Double(WIDTH - MARGIN - width, 30, width, 20), text,
                TABLE_SIZE, false, SlideText.MUTED);
        box.getTextParagraphs().get(0).setTextAlign(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
    }

    private static void footnote(XSLFSlide slide, String text, double y) {
        double width = WIDTH - 2 * MARGIN;
        double height = TextFit.height(text, TABLE_SIZE, false, width);
        SlideText.box(slide, new Rectangle2D.Double(MARGIN, y, width, height), text, TABLE_SIZE, false,
                SlideText.MUTED);
    }
}
