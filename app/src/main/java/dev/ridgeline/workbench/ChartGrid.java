package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.charts.Tooltips;
import dev.ridgeline.evaluation.ScenarioResults;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/** The four live charts in a 2×2 grid; each redraws once per published result. */
public final class ChartGrid extends GridPane {
    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, Object> drawnFrom = new EnumMap<>(ChartKind.class);
    private ChartTheme theme = ChartTheme.LIGHT;
    private ChartKind single;
    private ChartKind pointedAt = ChartKind.FRONTIER;

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
        int i = 0;
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = kind.create();
            ChartViewer viewer = new ChartViewer(chart, false);
            viewer.setId("chart-" + kind.fileName());
            viewer.getStyleClass().add("chart-slot");
            viewer.setMinSize(200, 150);
            // A viewer's computed preferred size is its canvas's, i.e. whatever size it was last laid out at: after
            // a full-screen single chart the grid would ask for that much again and squeeze the cards (issue 12).
            // The grid grows into the space the cards leave; a chart asks for no more than its minimum.
            viewer.setPrefSize(200, 150);
            installHover(viewer, chart);
            viewer.setOnMouseEntered(e -> pointedAt = kind);
            charts.put(kind, chart);
            viewers.put(kind, viewer);
            add(viewer, i % 2, i / 2, 1, 1);
            i++;
        }
    }

    /** Exact values with units for the item under the mouse, computed only then (see Tooltips). */
    static void installHover(ChartViewer viewer, JFreeChart chart) {
        viewer.getCanvas().setTooltipEnabled(false);
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("chart-tooltip");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                ChartEntity entity = markerUnder(viewer, chart, event);
                String text = entity == null ? null : Tooltips.text(chart, entity);
                if (text == null) {
                    tip.hide();
                } else {
                    tip.setText(text);
                    tip.show(viewer, event.getTrigger().getScreenX() + 16, event.getTrigger().getScreenY() + 16);
                }
            }
        });
        viewer.setOnMouseExited(e -> tip.hide());
    }

    /**
     * The entity under the mouse, a marker in preference to the line beneath it and the nearest point among
     * neighbours (see {@link Tooltips#entityAt}): a measured point sitting on its curve gives its own figures.
     */
    private static ChartEntity markerUnder(ChartViewer viewer, JFreeChart chart, ChartMouseEventFX event) {
        ChartEntity hit = event.getEntity();
        if (!(hit instanceof XYItemEntity) || viewer.getCanvas().getRenderingInfo() == null) {
            return hit;
        }
        return Tooltips.entityAt(chart, viewer.getCanvas().getRenderingInfo().getEntityCollection(),
                event.getTrigger().getX(), event.getTrigger().getY());
    }

    public void show(ScenarioResults results, int selected) {
        charts.forEach((kind, chart) -> {
            Object key = kind.drawnFrom(results, selected);
            if (!key.equals(drawnFrom.get(kind))) {
                // one redraw per chart: each JFreeChart setter would otherwise fire its own
                chart.setNotify(false);
                kind.update(chart, results, selected);
                if (theme != ChartTheme.LIGHT) {
                    theme.apply(chart); // charts are drawn light; only dark needs the second pass
                }
                chart.setNotify(true);
                drawnFrom.put(kind, key);
            }
        });
    }

    /** Light (projector, slides) or dark; every chart redraws in it. */
    public void setTheme(ChartTheme newTheme) {
        theme = newTheme;
        charts.values().forEach(chart -> {
            chart.setNotify(false);
            theme.apply(chart);
            chart.setNotify(true);
        });
        setStyle("-fx-background-color: " + (theme == ChartTheme.DARK ? "#0d1117" : "#ffffff") + ";");
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
                add(viewers.get(k), i % 2, i / 2, 1, 1);
                i++;
            }
        } else {
            add(viewers.get(kind), 0, 0, 2, 2);
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

    public ChartViewer viewer(ChartKind kind) {
        return viewers.get(kind);
    }
}
