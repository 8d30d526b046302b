package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** Subtitles keep to one line by choosing a shorter form on a narrow chart; their text is the full form. */
class FittedTitleTest {
    private static final String FULL = "lines: modeled, prefill paid   ● current batch   ○ batch 1, 8, 64 …   ◆ measured, "
            + "per GPU of the server named";

    private static boolean drawn(JFreeChart chart, int width, int height, String text) {
        return ChartDrawing.draw(chart, width, height).stream().anyMatch(t -> t.text().equals(text));
    }

    @Test
    void aNarrowChartShowsAShorterKeyOnOneLine() {
        JFreeChart chart = ChartKind.FRONTIER.render(ChartDrawing.preset("blackwell-migration"), 2);
        TextTitle key = (TextTitle) chart.getSubtitle(1);
        assertEquals(FULL, key.getText());
        assertTrue(drawn(chart, 1280, 640, FULL));
        assertTrue(drawn(chart, 620, 330, "● current batch   ○ batch 1, 8, 64 …   ◆ measured per GPU"));
        assertEquals(FULL, key.getText(), "the chart's text is the full form whatever was drawn");
        // the basis line likewise
        assertTrue(drawn(chart, 1280, 640, "modeled: calibrated to 23 measured points, CV ±7.9 % (shaded band)"));
    }

    @Test
    void textSetDirectlyReplacesEveryForm() {
        JFreeChart chart = ChartKind.FRONTIER.render(ChartDrawing.preset("blackwell-migration"), 2);
        TextTitle key = (TextTitle) chart.getSubtitle(1);
        key.setText("a key of one form");
        assertEquals("a key of one form", key.getText());
        assertTrue(drawn(chart, 620, 330, "a key of one form"));
        ChartStyle.setSubtitle(key, "a long form that is far too wide for a chart this narrow to hold on one line, "
                + "six hundred pixels across",
                "short");
        assertEquals(List.of("short"), ChartDrawing.draw(chart, 620, 330).stream().map(TextRecorder.Text::text)
                .filter(t -> t.equals("short") || t.startsWith("a long")).toList());
    }
}
