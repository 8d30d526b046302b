package dev.ridgeline.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The workbench: headline cards across the top, controls on the left, four charts, a status bar. */
public final class WorkbenchView {
    private final BorderPane root = new BorderPane();
    private final WorkbenchViewModel vm;
    private final HeadlineCards cards = new HeadlineCards();
    private final ControlsPanel controls;
    private final ChartGrid charts = new ChartGrid();
    private final Label status = new Label();
    private final Label problem = new Label();

    public WorkbenchView(WorkbenchViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("workbench");
        controls = new ControlsPanel(vm);
        ScrollPane controlsScroll = new ScrollPane(controls);
        controlsScroll.setFitToWidth(true);
        controlsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlsScroll.setPrefWidth(400);
        controlsScroll.setMinWidth(360);
        controlsScroll.getStyleClass().add("controls-scroll");
        controls.setPadding(new Insets(14, 16, 14, 14));

        VBox centre = new VBox(10, cards, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        centre.setPadding(new Insets(10));
        root.setLeft(controlsScroll);
        root.setCenter(centre);

        status.setId("status");
        problem.setId("problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.problemProperty());
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(16, problem, spacer, status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(6, 12, 6, 12));
        root.setBottom(statusBar);

        vm.revisionProperty().addListener((o, was, is) -> redraw());
        vm.selectedProperty().addListener((o, was, is) -> redraw());
        redraw();
    }

    private void redraw() {
        var results = vm.results();
        if (results == null) {
            return;
        }
        int selected = Math.min(vm.selectedProperty().get(), results.systems().size() - 1);
        cards.show(results, selected);
        charts.show(results, selected);
    }

    public BorderPane root() {
        return root;
    }

    public ControlsPanel controls() {
        return controls;
    }

    public ChartGrid charts() {
        return charts;
    }

    public HeadlineCards cards() {
        return cards;
    }
}
