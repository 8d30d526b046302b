package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.charts.Palette;
import dev.ridgeline.charts.decisions.DecisionKind;
import dev.ridgeline.charts.decisions.Decisions;
import dev.ridgeline.evaluation.ScenarioResults;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;

/**
 * The decision views (issue 15) in the charts' place: sensitivity (tornado), the migration bridge from the baseline,
 * build versus buy over volume and the model cascade, for the selected system, in a 2 × 2 grid. Live with the
 * sliders: each edit recomputes them off the FX thread (some twenty one-system evaluations, tens of ms) and the
 * newest result wins. A view that does not apply says why in its slot.
 */
public final class DecisionsView extends VBox {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ridgeline-decisions");
        t.setDaemon(true);
        return t;
    });

    private final WorkbenchViewModel vm;
    private final Map<DecisionKind, StackPane> slots = new EnumMap<>(DecisionKind.class);
    private final Map<DecisionKind, ChartPane> panes = new EnumMap<>(DecisionKind.class);
    private final Label heading = new Label();
    /** The views that do not apply, and why, in one line under the heading. */
    private final Label absent = new Label();
    private final GridPane grid;
    private final AtomicLong generation = new AtomicLong();
    private boolean active;
    private double layoutScale = 1.0;
    private ChartTheme theme = ChartTheme.LIGHT;
    private Decisions shown;

    DecisionsView(WorkbenchViewModel vm) {
        super(8);
        this.vm = vm;
        setId("decisions-view");
        Label title = new Label("Decisions");
        title.getStyleClass().add("calibration-title");
        heading.setId("decisions-heading");
        heading.getStyleClass().add("calibration-muted");
        heading.setMinWidth(0);
        HBox header = new HBox(14, title, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (DecisionKind kind : DecisionKind.values()) {
            StackPane slot = new StackPane();
            slot.setId("decision-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            slot.getStyleClass().add("chart-slot");
            slot.setMinSize(200, 160);
            slots.put(kind, slot);
        }
        this.grid = grid;
        absent.setId("decisions-absent");
        absent.getStyleClass().add("calibration-muted");
        absent.setWrapText(true);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header, absent, grid);
        vm.revisionProperty().addListener((o, was, is) -> refresh());
        vm.selectedProperty().addListener((o, was, is) -> refresh());
    }

    /** Shown (compute and follow the sliders) or hidden (do nothing). */
    void setActive(boolean value) {
        active = value;
        if (value) {
            refresh();
        }
    }

    private void refresh() {
        ScenarioResults results = vm.results();
        if (!active || results == null) {
            return;
        }
        int selected = vm.selectedProperty().get();
        long ticket = generation.incrementAndGet();
        WORKER.execute(() -> {
            if (generation.get() != ticket) {
                return; // a newer edit is queued behind this one
            }
            Decisions d;
            try {
                d = Decisions.of(results, selected);
            } catch (RuntimeException e) {
                Platform.runLater(() -> heading.setText("the decision views could not be computed: " + e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                if (generation.get() == ticket) {
                    show(d);
                }
            });
        });
    }

    /** Draws the views of {@code d} (on the FX thread). */
    void show(Decisions d) {
        shown = d;
        heading.setText("for " + d.system() + (d.bridge().isPresent() ? "; bridge from " + d.baseline() + " to "
                + d.bridge().get().selected() : "") + " — pick a system with 1–6");
        java.util.List<StackPane> present = new java.util.ArrayList<>();
        java.util.List<String> why = new java.util.ArrayList<>();
        for (DecisionKind kind : DecisionKind.values()) {
            StackPane slot = slots.get(kind);
            var chart = kind.render(d);
            if (chart.isPresent()) {
                // one pane per view, kept across results: a new pane per slider step made new images and tooltips
                ChartPane pane = panes.get(kind);
                if (pane == null) {
                    pane = ChartPane.standalone(chart.get());
                    pane.setMinSize(200, 160);
                    pane.setLayoutScale(layoutScale);
                    panes.put(kind, pane);
                } else {
                    pane.setChart(chart.get());
                }
                theme(chart.get());
                if (slot.getChildren().size() != 1 || slot.getChildren().get(0) != pane) {
                    slot.getChildren().setAll(pane);
                }
                present.add(slot);
            } else {
                panes.remove(kind);
                slot.getChildren().clear();
                why.add(kind.title() + ": " + kind.absentBecause(d));
            }
        }
        absent.setText(String.join(".  ", why));
        absent.setVisible(!why.isEmpty());
        absent.setManaged(!why.isEmpty());
        // only the views that apply, as large as they can be: 1 whole, 2 side by side, 3 with the last spanning
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(column(present.size() == 1 ? 100 : 50));
        if (present.size() > 1) {
            grid.getColumnConstraints().add(column(50));
        }
        int rows = present.size() <= 2 ? 1 : 2;
        grid.getRowConstraints().clear();
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < present.size(); i++) {
            boolean spans = present.size() == 3 && i == 2;
            grid.add(present.get(i), i % 2, i / 2, spans ? 2 : 1, 1);
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        return c;
    }

    /** The latest views drawn, or null before the first. */
    public Decisions shown() {
        return shown;
    }

    /** The chart drawn for {@code kind}, or null where it does not apply. */
    public JFreeChart chart(DecisionKind kind) {
        ChartPane p = panes.get(kind);
        return p == null ? null : p.chart();
    }

    void setLayoutScale(double scale) {
        layoutScale = scale;
        panes.values().forEach(p -> p.setLayoutScale(scale));
    }

    void setTheme(ChartTheme value) {
        theme = value;
        getStyleClass().remove("dark");
        if (value == ChartTheme.DARK) {
            getStyleClass().add("dark");
        }
        panes.values().forEach(p -> {
            theme(p.chart());
            p.invalidate();
        });
    }

    private void theme(JFreeChart chart) {
        chart.setNotify(false);
        theme.apply(chart);
        if (chart.getPlot() instanceof XYPlot xy) {
            java.awt.Color ink = theme.text(Palette.INK);
            for (var layer : org.jfree.chart.ui.Layer.values()) {
                recolour(xy.getRangeMarkers(layer), ink);
                recolour(xy.getDomainMarkers(layer), ink);
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) != null) {
                    xy.getRenderer(i).setDefaultItemLabelPaint(ink);
                }
            }
            xy.getDomainAxis().setTickLabelPaint(ink);
        }
        chart.setNotify(true);
    }

    private static void recolour(java.util.Collection<?> markers, java.awt.Color ink) {
        if (markers != null) {
            markers.forEach(m -> {
                Marker marker = (Marker) m;
                if (Palette.INK.equals(marker.getPaint()) || marker.getPaint() instanceof java.awt.Color) {
                    marker.setLabelPaint(ink);
                }
                if (Palette.INK.equals(marker.getPaint())) {
                    marker.setPaint(ink);
                }
            });
        }
    }
}
