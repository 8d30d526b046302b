package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.ScenarioFiles;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the dark theme's value text was white on mid-grey. Every piece of chart text meets WCAG AA (4.5:1,
 * relative luminance per WCAG 2) against its theme's background, in both themes: ticks, titles, subtitles, legend,
 * labels (system-coloured ones made readable), the key box.
 */
class ThemeContrastTest {
    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21.0, Palette.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Palette.contrast(Color.GRAY, Color.GRAY), 1e-9);
        // WCAG's worked figure: #767676 on white is the lightest grey with 4.5:1
        assertEquals(4.54, Palette.contrast(new Color(0x767676), Color.WHITE), 0.01);
    }

    @Test
    void theThemesNeutralTextHasAaContrast() {
        assertTrue(Palette.contrast(Palette.MUTED, Color.WHITE) >= 4.5, "light muted on white");
        assertTrue(Palette.contrast(Palette.INK, Color.WHITE) >= 4.5, "light ink on white");
        for (ChartTheme theme : ChartTheme.values()) {
            for (Color c : List.of(Palette.INK, Palette.MUTED, Palette.ALERT, Palette.system(0), Palette.system(1),
                    Palette.system(2), Palette.system(3), Palette.system(4), Palette.system(5))) {
                double ratio = Palette.contrast(theme.text(c), theme.background());
                assertTrue(ratio >= 4.5, theme + " " + c + ": " + ratio);
            }
        }
        // a colour that already reads is left as it is: Okabe–Ito blue on white
        assertEquals(Palette.system(0), ChartTheme.LIGHT.text(Palette.system(0)));
    }

    @Test
    void everyTextEveryChartDrawsReadsOnItsBackground() {
        List<String> problems = new ArrayList<>();
        for (String preset : ScenarioFiles.PRESETS) {
            ScenarioResults results = ChartDrawing.preset(preset);
            for (ChartTheme theme : ChartTheme.values()) {
                for (ChartKind kind : ChartKind.values()) {
                    JFreeChart chart = kind.render(results, results.systems().size() - 1);
                    theme.apply(chart);
                    for (TextRecorder.Text t : ChartDrawing.draw(chart, 945, 430)) {
                        double ratio = Palette.contrast((Color) t.paint(), theme.background());
                        if (ratio < Palette.MIN_TEXT_CONTRAST) {
                            problems.add(String.format("%s %s %s: \"%s\" in %s, %.2f:1", preset, theme, kind,
                                    t.text(), t.paint(), ratio));
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Presenter mode magnifies the layout 1.5×; slides lay it out at ~1 px per pt. */
    @Test
    void typeIsLargeEnoughForTheBackOfTheRoom() {
        double presenter = 1.5;
        assertTrue(Palette.TICK_LABEL.getSize() * presenter >= 22, "ticks ≥ 22 px in presenter mode");
        assertTrue(Palette.AXIS_LABEL.getSize() * presenter >= 26, "axis titles ≥ 26 px");
        assertTrue(Palette.ANNOTATION.getSize() * presenter >= 22 && Palette.ANNOTATION_BOLD.getSize() * presenter
                >= 22, "point labels and boxes ≥ 22 px");
        assertTrue(Palette.TICK_LABEL.getSize() >= 14 && Palette.LEGEND.getSize() >= 14, "slides: ticks ≥ 14 pt");
        assertTrue(Palette.AXIS_LABEL.getSize() >= 18, "slides: axis titles ≥ 18 pt");
    }
}
