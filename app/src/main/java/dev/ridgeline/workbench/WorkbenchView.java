package dev.ridgeline.workbench;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The workbench frame: controls on the left, a 2×2 chart area in the centre, a status bar below. */
public final class WorkbenchView {
    static final String[] CHART_TITLES = {"Roofline", "Throughput–interactivity", "Cost per million tokens", "Memory"};

    private final BorderPane root = new BorderPane();
    private final VBox controls = new VBox(12);
    private final GridPane charts = new GridPane();
    private final Label status = new Label("Ready");

    public WorkbenchView() {
        root.getStyleClass().add("workbench");

        controls.setId("controls");
        controls.getStyleClass().add("controls-pane");
        controls.setPadding(new Insets(16));
        Label controlsTitle = new Label("Controls");
        controlsTitle.getStyleClass().add("pane-title");
        controls.getChildren().add(controlsTitle);
        ScrollPane controlsScroll = new ScrollPane(controls);
        controlsScroll.setFitToWidth(true);
        controlsScroll.setPrefWidth(380);
        root.setLeft(controlsScroll);

        charts.setId("charts");
        charts.getStyleClass().add("chart-area");
        charts.setHgap(12);
        charts.setVgap(12);
        charts.setPadding(new Insets(12));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(row);
        }
        for (int i = 0; i < CHART_TITLES.length; i++) {
            charts.add(chartSlot(CHART_TITLES[i]), i % 2, i / 2);
        }
        root.setCenter(charts);

        status.setId("status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(6, 12, 6, 12));
        root.setBottom(statusBar);
    }

    private static Region chartSlot(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("chart-placeholder-title");
        StackPane slot = new StackPane(label);
        slot.getStyleClass().add("chart-slot");
        return slot;
    }

    public BorderPane root() {
        return root;
    }

    public Label status() {
        return status;
    }
}
