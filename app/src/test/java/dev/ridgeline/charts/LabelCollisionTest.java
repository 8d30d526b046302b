package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.ScenarioFiles;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: labels overprinted ("Decode, batch 688, k = 3" over "Prefill, 800 tokens", "batch 688" over the
 * target's label, stacked ridge labels, y-axis titles over subtitles). Every chart of every preset, as shipped and
 * with every batch at its KV limit, drawn at the layouts it is shown at — presenter grid (620×330), workbench
 * grid (945×430), slide (896×440), presenter single chart (1280×640, 1300×700): no two pieces of text overlap (ticks,
 * titles, legend, labels, key box) and none leaves the picture.
 */
class LabelCollisionTest {
    private static final int[][] LAYOUTS = {{620, 330}, {945, 430}, {896, 440}, {1280, 640}, {1300, 700}};
    /** Logical text boxes of stacked lines touch; rounding may make them overlap by a hair. */
    private static final double TOLERANCE = 0.5;

    static Stream<Arguments> cases() {
        return ScenarioFiles.PRESETS.stream().flatMap(id -> Stream.of(Arguments.of(id, false),
                Arguments.of(id, true)));
    }

    @ParameterizedTest(name = "{0}, batch at limit: {1}")
    @MethodSource("cases")
    void noTextOverlapsOtherTextOrLeavesThePicture(String preset, boolean atLimit) {
        ScenarioResults results = atLimit ? ChartDrawing.atBatchLimit(preset) : ChartDrawing.preset(preset);
        int selected = results.systems().size() - 1;
        List<String> problems = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            for (int[] size : LAYOUTS) {
                JFreeChart chart = kind.render(results, selected);
                List<TextRecorder.Text> texts = ChartDrawing.draw(chart, size[0], size[1]);
                String where = kind + " at " + size[0] + "×" + size[1] + ": ";
                problems.addAll(overlaps(texts, size[0], size[1]).stream().map(p -> where + p).toList());
                for (String required : required(kind, results)) {
                    if (texts.stream().noneMatch(t -> t.text().equals(required))) {
                        problems.add(where + "no \"" + required + "\"");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The labels a chart must show at every size: they say what the chart is about. */
    private static List<String> required(ChartKind kind, ScenarioResults results) {
        String target = "target " + Formats.fixed(results.scenario().workload().targetTokensPerSecPerUser(), 0)
                + " tok/s/user";
        var selected = results.systems().get(results.systems().size() - 1).physics();
        return switch (kind) {
            case FRONTIER -> selected.current().isPresent() ? List.of(target, "batch " + selected.current().get()
                    .batch()) : List.of(target);
            case COST -> List.of(target);
            case ROOFLINE -> selected.operatingPoints().stream().map(p -> p.name()).toList();
            case MEMORY -> List.of();
            // the latency chart says what it plots at every size: TTFT at the peak, per system
            case LATENCY -> List.of("At the peak: TTFT p50 / p90, TPOT");
        };
    }

    /** Pairs of texts that overlap, and texts not wholly inside the picture, in words. */
    static List<String> overlaps(List<TextRecorder.Text> texts, int width, int height) {
        List<String> problems = new ArrayList<>();
        Rectangle2D picture = new Rectangle2D.Double(-TOLERANCE, -TOLERANCE, width + 2 * TOLERANCE,
                height + 2 * TOLERANCE);
        for (int i = 0; i < texts.size(); i++) {
            TextRecorder.Text a = texts.get(i);
            if (!picture.contains(a.bounds())) {
                problems.add("\"" + a.text() + "\" leaves the picture: " + a.bounds());
            }
            for (int j = i + 1; j < texts.size(); j++) {
                TextRecorder.Text b = texts.get(j);
                if (shrunk(a.bounds()).intersects(shrunk(b.bounds()))) {
                    problems.add("\"" + a.text() + "\" " + a.bounds() + " overlaps \"" + b.text() + "\" "
                            + b.bounds());
                }
            }
        }
        return problems;
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + TOLERANCE, r.getY() + TOLERANCE, r.getWidth() - 2 * TOLERANCE,
                r.getHeight() - 2 * TOLERANCE);
    }
}
