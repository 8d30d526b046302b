package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartAxes;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartOptions;
import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.evaluation.ScenarioResults;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.JFreeChart;

/**
 * The four live charts in a 2×2 grid ({@link ChartKind#inGrid()}; the latency chart is shown alone, in presenter
 * mode). Each change updates the charts whose picture it changes, then draws those
 * into their images, shown together in the same frame.
 */
public final class ChartGrid extends GridPane {
    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ChartPane> panes = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, Object> drawnFrom = new EnumMap<>(ChartKind.class);
    private ChartTheme theme = ChartTheme.LIGHT;
    private ChartOptions options = ChartOptions.DEFAULT;
    /** Axes held during a slider drag, so the other systems do not squash mid-demo; rescaled once at release. */
    private boolean dragging;
    /** Axes held until unlocked (View → Lock axes): for presenting a sweep against fixed scales. */
    private final BooleanProperty axesLocked = new SimpleBooleanProperty(false);
    private ScenarioResults lastResults;
    private int lastSelected;
    private ChartKind single;
    private ChartKind pointedAt = ChartKind.FRONTIER;
    private long draws;

    public ChartGrid() {
        setId("charts");
        getStyleClass().add("chart-area");
        setHgap(10);
        setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        axesLocked.addListener((o, was, is) -> applyHold());
        int i = 0;
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = kind.create();
            ChartPane pane = new ChartPane(chart);
            pane.setId("chart-" + kind.fileName());
            pane.getStyleClass().add("chart-slot");
            // a chart asks for no more than its minimum: the grid grows into the space the cards leave (issue 12)
            pane.setMinSize(200, 150);
            pane.setOnMouseEntered(e -> pointedAt = kind);
            charts.put(kind, chart);
            panes.put(kind, pane);
            if (kind.inGrid()) {
                add(pane, i % 2, i / 2, 1, 1);
                i++;
            }
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        drawStale(); // a resized chart is drawn again at its new size, in this same pulse
    }

    /** Draws every shown chart whose picture is out of date, then shows them all in the same frame. */
    private void drawStale() {
        List<ChartPane> stale = new ArrayList<>();
        for (ChartPane pane : panes.values()) {
            if (pane.getParent() == this && pane.needsDraw()) {
                stale.add(pane);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        double renderScale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getRenderScaleX();
        // one after another on the FX thread: drawing them on worker threads at once measured no faster (Java2D
        // serialises their text and rasterising), and kept two threads on a chart
        for (ChartPane pane : stale) {
            pane.show(pane.draw(pane.getWidth(), pane.getHeight(), renderScale));
        }
        draws += stale.size();
    }

    /** How many chart pictures have been drawn: a test and the frame-time probe read it. */
    public long draws() {
        return draws;
    }

    public void show(ScenarioResults results, int selected) {
        lastResults = results;
        lastSelected = selected;
        charts.forEach((kind, chart) -> {
            Object key = kind.drawnFrom(results, selected, options);
            if (!key.equals(drawnFrom.get(kind))) {
                // one redraw per chart: each JFreeChart setter would otherwise fire its own
                chart.setNotify(false);
                kind.update(chart, results, selected, options);
                if (theme != ChartTheme.LIGHT) {
                    theme.apply(chart); // charts are drawn light; only dark needs the second pass
                }
                chart.setNotify(true);
                drawnFrom.put(kind, key);
                panes.get(kind).invalidate();
            }
        });
        drawStale();
    }

    /** Light (projector, slides) or dark; every chart redraws in it. */
    public void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        charts.values().forEach(chart -> {
            chart.setNotify(false);
            theme.apply(chart);
            chart.setNotify(true);
        });
        panes.values().forEach(ChartPane::invalidate);
        setStyle("-fx-background-color: " + (theme == ChartTheme.DARK ? "#0d1117" : "#ffffff") + ";");
        drawStale();
    }

    /** The chart options (log throughput axis) the charts are drawn with, on screen and in exports. */
    public ChartOptions options() {
        return options;
    }

    public void setOptions(ChartOptions value) {
        options = value;
        redrawLast();
    }

    /** A slider drag began or ended: axes hold during it and rescale once when it ends (unless locked). */
    public void setDragging(boolean value) {
        if (dragging != value) {
            dragging = value;
            applyHold();
        }
    }

    public BooleanProperty axesLockedProperty() {
        return axesLocked;
    }

    private void applyHold() {
        boolean held = dragging || axesLocked.get();
        boolean released = false;
        for (Map.Entry<ChartKind, JFreeChart> e : charts.entrySet()) {
            if (ChartAxes.held(e.getValue()) != held) {
                e.getValue().setNotify(false);
                ChartAxes.hold(e.getValue(), held);
                e.getValue().setNotify(true);
                panes.get(e.getKey()).invalidate();
                released |= !held;
            }
        }
        if (released) {
            drawStale(); // release applies the ranges the last update asked for: one rescale
        }
    }

    private void redrawLast() {
        if (lastResults != null) {
            show(lastResults, lastSelected);
        }
    }

    /** Magnifies chart type and lines (presenter mode: 1.5, the workbench: 1); charts redraw at the next layout. */
    public void setLayoutScale(double scale) {
        panes.values().forEach(p -> p.setLayoutScale(scale));
        requestLayout();
    }

    public ChartTheme theme() {
        return theme;
    }

    /**
     * One chart filling the area (presenter mode), or null for the 2×2 grid. Every placement sets a chart's cell and
     * its span both: {@code add(node, column, row)} leaves the span a single chart was given, and a chart still
     * spanning 2×2 in the grid keeps its single-chart size, overlaps the others and squeezes the cards (issue 12).
     */
    public void showSingle(ChartKind kind) {
        single = kind;
        getChildren().clear();
        if (kind == null) {
            int i = 0;
            for (ChartKind k : ChartKind.values()) {
                if (k.inGrid()) {
                    add(panes.get(k), i % 2, i / 2, 1, 1);
                    i++;
                } else {
                    panes.get(k).resizeRelocate(0, 0, 0, 0); // out of the grid, as before it was ever shown
                }
            }
        } else {
            add(panes.get(kind), 0, 0, 2, 2);
            pointedAt = kind;
        }
    }

    public ChartKind single() {
        return single;
    }

    /** The chart "this chart" means: the one shown alone, else the last one the mouse was over. */
    public ChartKind current() {
        return single != null ? single : pointedAt;
    }

    public JFreeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    public ChartPane pane(ChartKind kind) {
        return panes.get(kind);
    }
}
