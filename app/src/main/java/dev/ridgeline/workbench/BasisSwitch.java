package dev.ridgeline.workbench;

import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.scenario.Scenario;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;

/**
 * Two buttons, "Calibrated" and "Roofline (uncalibrated)", showing and switching the basis of every modeled figure:
 * one ControlsFX segmented button, so they read as one switch with two halves. A click edits the scenario (one undo
 * step, saved with the file); the buttons follow the scenario, so undo, open and the View menu move them too.
 */
final class BasisSwitch extends HBox {
    private final ToggleButton calibrated = new ToggleButton("Calibrated");
    private final ToggleButton roofline = new ToggleButton("Roofline (uncalibrated)");
    private final WorkbenchViewModel vm;
    private final Tooltip calibratedTip = tip("");

    /** {@code prefix} makes the ids unique where the switch appears twice: "basis" → #basis-calibrated. */
    BasisSwitch(WorkbenchViewModel vm, String prefix) {
        super(0);
        this.vm = vm;
        setId(prefix + "-switch");
        getStyleClass().add("basis-switch");
        java.net.URL css = BasisSwitch.class.getResource("/ridgeline/workbench/calibration.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label("Model:");
        caption.getStyleClass().add("basis-caption");
        calibrated.setId(prefix + "-calibrated");
        roofline.setId(prefix + "-roofline");
        // the segmented button groups them and gives the halves their left-pill / right-pill classes
        calibrated.getStyleClass().add("basis-button");
        roofline.getStyleClass().add("basis-button");
        SegmentedButton segments = new SegmentedButton(calibrated, roofline);
        segments.setId(prefix + "-segments");
        calibrated.setTooltip(calibratedTip);
        roofline.setTooltip(tip("Modeled figures use the model's uncalibrated defaults: the roofline with "
                + "the efficiencies and overheads of model/MODEL.md, fitted to no measurement. Ctrl+B switches."));
        calibrated.setOnAction(e -> choose(true));
        roofline.setOnAction(e -> choose(false));
        getChildren().addAll(caption, segments);
        setSpacing(0);
        HBox.setMargin(caption, new javafx.geometry.Insets(0, 8, 0, 0));
        vm.scenarioProperty().addListener((o, was, is) -> follow(is));
        follow(vm.scenario());
    }

    private void choose(boolean value) {
        vm.setCalibrated(value);
        follow(vm.scenario()); // a click on the selected button would otherwise leave neither selected
    }

    private void follow(Scenario scenario) {
        boolean on = scenario.calibrationOrDefault().calibrated();
        calibrated.setSelected(on);
        roofline.setSelected(!on);
        var profile = CalibrationBasis.profile(scenario);
        // the hover text is set in place: a new Tooltip on every edit cost a style pass per change
        calibratedTip.setText("Modeled figures use the efficiencies fitted to " + profile.points().size()
                + " measured points (" + profile.name() + ", " + profile.date() + "); cross-validated error ±"
                + CalibrationBasis.percent(profile.crossValidatedMapePercent()) + ". Ctrl+B switches.");
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(460);
        return t;
    }

    ToggleButton calibratedButton() {
        return calibrated;
    }

    ToggleButton rooflineButton() {
        return roofline;
    }
}
