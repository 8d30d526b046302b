package dev.ridgeline.workbench;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The workbench: headline cards across the top, controls on the left, four charts (or the calibration view in their
 * place), a status bar with the model-basis switch.
 */
public final class WorkbenchView {
    private final BorderPane root = new BorderPane();
    private final WorkbenchViewModel vm;
    private final HeadlineCards cards = new HeadlineCards();
    private final ControlsPanel controls;
    private final ChartGrid charts = new ChartGrid();
    /** Built the first time it is shown or asked for: the start shows the charts (issue 16). */
    private CalibrationView calibration;
    private DecisionsView decisions;
    private final BooleanProperty decisionsShown = new SimpleBooleanProperty(false);
    private final BenchmarkImporter benchmarks;
    private final BooleanProperty calibrationShown = new SimpleBooleanProperty(false);
    private final VBox centre;
    private final Label status = new Label();
    private final Label problem = new Label();
    private final Label readout = new Label();
    private final PauseTransition readoutTimer = new PauseTransition(Duration.seconds(1.6));
    private ScrollPane controlsScroll;

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
        // ScrollPane's skin caches its content as one bitmap for smooth scrolling: every slider step re-rasterised
        // the whole controls column into that cache before the frame (7 ms of each drag frame, issue 12)
        controlsScroll.skinProperty().addListener((o, was, is) -> {
            javafx.scene.Node viewport = controlsScroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        controls.setPadding(new Insets(14, 16, 14, 14));

        benchmarks = new BenchmarkImporter(vm);
        cards.setMinHeight(Region.USE_PREF_SIZE); // the calibration view shrinks, the cards never
        centre = new VBox(10, cards, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        calibrationShown.addListener((o, was, is) -> {
            if (is && decisionsShown.get()) {
                decisionsShown.set(false);
            }
            centre.getChildren().set(1, is ? calibration() : decisionsShown.get() ? decisions() : charts);
            if (is || calibration != null) {
                calibration().setActive(is);
            }
        });
        // the decision views (issue 15) stand in the same place; one of the two at a time
        decisionsShown.addListener((o, was, is) -> {
            if (is && calibrationShown.get()) {
                calibrationShown.set(false);
            }
            centre.getChildren().set(1, is ? decisions() : calibrationShown.get() ? calibration() : charts);
            if (is || decisions != null) {
                decisions().setActive(is);
            }
        });
        centre.setPadding(new Insets(10));
        readout.setId("readout");
        readout.getStyleClass().add("readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        StackPane.setAlignment(readout, Pos.TOP_CENTER);
        StackPane.setMargin(readout, new Insets(270, 0, 0, 0));
        StackPane layered = new StackPane(centre, readout);
        root.setLeft(controlsScroll);
        this.controlsScroll = controlsScroll;
        // a slider drag holds the charts' axes and releases them, rescaled once, when the mouse comes up (issue 12)
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> charts.setDragging(insideSlider(e)));
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> charts.setDragging(false));
        root.setCenter(layered);

        status.setId("status");
        problem.setId("problem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.problemProperty());
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        BasisSwitch basis = new BasisSwitch(vm, "basis");
        ToggleButton showCalibration = new ToggleButton("Calibration view");
        showCalibration.setId("show-calibration");
        showCalibration.getStyleClass().add("view-button");
        showCalibration.selectedProperty().bindBidirectional(calibrationShown);
        showCalibration.setTooltip(new Tooltip("Measured against modeled, the calibration's error and its "
                + "parameters, in place of the charts (Ctrl+L)"));
        HBox statusBar = new HBox(16, problem, spacer, basis, showCalibration, status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        java.net.URL css = WorkbenchView.class.getResource("/ridgeline/workbench/calibration.css");
        if (css != null) {
            statusBar.getStylesheets().add(css.toExternalForm()); // the switch and the view button
        }
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

    private static boolean insideSlider(javafx.scene.input.MouseEvent e) {
        for (Object n = e.getTarget(); n instanceof javafx.scene.Node node; n = node.getParent()) {
            if (node instanceof javafx.scene.control.Slider) {
                return true;
            }
        }
        return false;
    }

    /** A large line over the charts ("Memory bandwidth  8.00 TB/s") so a room can follow a drag. */
    public void showReadout(String text) {
        readout.setText(text);
        readout.setVisible(true);
        readoutTimer.setOnFinished(e -> readout.setVisible(false));
        readoutTimer.playFromStart();
    }

    public Label readout() {
        return readout;
    }

    /** Hides or shows the controls column (presenter mode, key C). */
    public void setControlsVisible(boolean visible) {
        root.setLeft(visible ? controlsScroll : null);
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

    public CalibrationView calibration() {
        if (calibration == null) {
            calibration = new CalibrationView(vm, benchmarks);
            VBox.setVgrow(calibration, Priority.ALWAYS);
        }
        return calibration;
    }

    /** Imports your own benchmarks into the calibration (File → Import benchmark, the calibration view, a drop). */
    public BenchmarkImporter benchmarks() {
        return benchmarks;
    }

    /** Whether the calibration view stands in the charts' place (View → Calibration view, Ctrl+L). */
    public DecisionsView decisions() {
        if (decisions == null) {
            decisions = new DecisionsView(vm);
            VBox.setVgrow(decisions, Priority.ALWAYS);
        }
        return decisions;
    }

    /** Whether the decision views stand in the charts' place (View → Decisions, Ctrl+D). */
    public BooleanProperty decisionsShownProperty() {
        return decisionsShown;
    }

    public void showDecisions(boolean shown) {
        decisionsShown.set(shown);
    }

    public boolean decisionsShown() {
        return decisionsShown.get();
    }

    public BooleanProperty calibrationShownProperty() {
        return calibrationShown;
    }

    public void showCalibration(boolean shown) {
        calibrationShown.set(shown);
    }

    public boolean calibrationShown() {
        return calibrationShown.get();
    }

    public HeadlineCards cards() {
        return cards;
    }
}
