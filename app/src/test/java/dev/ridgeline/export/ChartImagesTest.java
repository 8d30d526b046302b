package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts as PNG and SVG, drawn with no display: exact sizes, real content on white, text kept as text. */
class ChartImagesTest {
    private final ScenarioResults results = Fixtures.blackwell();

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Fails unless the picture has content: many colours and a fair share of non-white pixels. */
    static void assertDrawn(BufferedImage image, String what) {
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        double share = inked / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
        assertTrue(colours.size() > 50, what + ": only " + colours.size() + " colours");
        assertTrue(share > 0.01, what + ": only " + share + " of the pixels are not white");
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, what + ": corner is not white");
        assertEquals(0xFFFFFF, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xFFFFFF,
                what + ": corner is not white");
    }

    @Test
    void rendersWithNoDisplay() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire runs the tests headless");
    }

    @Test
    void pngsHaveExactlyTheRequestedSizeAndAreDrawnOnWhite() throws IOException {
        for (ChartKind kind : ChartKind.values()) {
            for (int[] size : List.of(new int[] {1920, 1080}, new int[] {3840, 2160}, new int[] {800, 600})) {
                BufferedImage image = decode(ChartImages.png(kind.render(results, 2), size[0], size[1]));
                assertEquals(size[0], image.getWidth(), kind + " width");
                assertEquals(size[1], image.getHeight(), kind + " height");
                assertDrawn(image, kind + " at " + size[0] + "x" + size[1]);
            }
        }
    }

    @Test
    void fourKIsTheFullHdLayoutMagnifiedNotRelaidOut() throws IOException {
        // 3840 / 1280 = 3; 1920 / 1280 = 1.5: the 4K picture is the full-HD one at twice the size
        assertEquals(3.0, ChartImages.scale(3840, 2160));
        assertEquals(1.5, ChartImages.scale(1920, 1080));
        assertEquals(1.0, ChartImages.scale(1280, 720));
        for (ChartKind kind : ChartKind.values()) {
            BufferedImage small = decode(ChartImages.png(kind.render(results, 2), 1920, 1080));
            BufferedImage large = decode(ChartImages.png(kind.render(results, 2), 3840, 2160));
            // each 2×2 block of the 4K picture averages to the full-HD pixel when the layout is the same (0.4–1.4
            // grey levels apart); laid out afresh at 3840×2160, text at half the relative size, they are 3.7–7.7 apart
            double difference = 0;
            for (int y = 0; y < 1080; y++) {
                for (int x = 0; x < 1920; x++) {
                    difference += Math.abs(grey(small.getRGB(x, y)) - (grey(large.getRGB(2 * x, 2 * y))
                            + grey(large.getRGB(2 * x + 1, 2 * y)) + grey(large.getRGB(2 * x, 2 * y + 1))
                            + grey(large.getRGB(2 * x + 1, 2 * y + 1))) / 4);
                }
            }
            double mean = difference / (1920 * 1080);
            assertTrue(mean < 2.5, kind + ": the 4K picture differs from the full-HD one by " + mean + " grey levels");
        }
    }

    private static double grey(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3.0;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void svgsParseAndKeepAxisTitlesAsText() throws Exception {
        Document frontier = parse(ChartImages.svg(ChartKind.FRONTIER.render(results, 2), 1920, 1080));
        assertTrue(texts(frontier).contains("Interactivity (tok/s per user)"), texts(frontier).toString());
        assertTrue(texts(frontier).contains("Output tok/s per GPU"), "the rotated y-axis title");
        Document cost = parse(ChartImages.svg(ChartKind.COST.render(results, 2), 1920, 1080));
        assertTrue(texts(cost).contains("Cost ($ per million output tokens)"), texts(cost).toString());
        assertTrue(texts(cost).contains("Interactivity (tok/s per user)"));
        Document roofline = parse(ChartImages.svg(ChartKind.ROOFLINE.render(results, 2), 1920, 1080));
        assertTrue(texts(roofline).contains("Arithmetic intensity (FLOP/byte)"));
        assertTrue(texts(roofline).contains("Attainable TFLOP/s per GPU"));
        Document memory = parse(ChartImages.svg(ChartKind.MEMORY.render(results, 2), 1920, 1080));
        assertTrue(texts(memory).contains("HBM (GB per replica)"));
    }

    @Test
    void anSvgIsTheRequestedSizeOverTheSameLayoutAsThePng() throws Exception {
        Element root = parse(ChartImages.svg(ChartKind.COST.render(results, 2), 3840, 2160)).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("3840", root.getAttribute("width"));
        assertEquals("2160", root.getAttribute("height"));
        // the 1280×720 layout, scaled to the requested size by the viewer
        assertEquals("0.0 0.0 1280.0 720.0", root.getAttribute("viewBox"));
    }

    @Test
    void drawingAnSvgLeavesJFreeChartsTextSettingAsItWas() {
        boolean before = org.jfree.chart.text.TextUtils.isUseDrawRotatedStringWorkaround();
        ChartImages.svg(ChartKind.COST.render(results, 0), 1920, 1080);
        assertEquals(before, org.jfree.chart.text.TextUtils.isUseDrawRotatedStringWorkaround());
    }

    /** Issue 12: the cost chart's key keeps its spacing in an SVG ("solid: on-demand   dashed: spot"). */
    @Test
    void svgTextKeepsItsRunsOfSpaces() throws Exception {
        Document cost = parse(ChartImages.svg(ChartKind.COST.render(results, 2), 1920, 1080));
        assertEquals("preserve", cost.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace",
                "space"));
        assertTrue(texts(cost).stream().anyMatch(t -> t.startsWith("solid: on-demand   dashed: spot   ● at the target")),
                texts(cost).toString());
    }
}
