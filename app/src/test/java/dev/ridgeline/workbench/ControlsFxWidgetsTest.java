package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.export.ExportFormat;
import dev.ridgeline.export.Exporter;
import dev.ridgeline.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: the ControlsFX pieces earn their place: an error mark on a refused field, the segmented model switch, the export notice. */
@ExtendWith(ApplicationExtension.class)
class ControlsFxWidgetsTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus(); // a headless stage does not take focus when shown; typing needs it
    }

    @Test
    void anOutOfRangeValueIsMarkedOnTheFieldWithItsNameAndRange(FxRobot robot) {
        ValueControl bandwidth = view.controls().control("bandwidth");
        assertTrue(Decorator.getDecorations(bandwidth.field()) == null
                || Decorator.getDecorations(bandwidth.field()).isEmpty(), "no mark before a refusal");
        robot.clickOn("#control-bandwidth-field").write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = "Memory bandwidth: must be between 0.50 and 16.00 TB/s, was 40.00";
        // the status bar still says it, and the field carries a ControlsFX error mark whose hover text says the same
        assertEquals(expected, robot.lookup("#problem").queryAs(Label.class).getText());
        assertEquals(expected, bandwidth.refusal());
        assertEquals(1, Decorator.getDecorations(bandwidth.field()).size());
        assertTrue(tooltipTexts(stage.getScene().getRoot()).contains(expected), "the mark's hover text");
        assertTrue(bandwidth.field().getStyleClass().contains("invalid"));
        // the mark lies inside the field, so the field's hover text says the refusal too, and the help again after
        assertEquals(expected, bandwidth.field().getTooltip().getText());
        assertTrue(markOf(stage.getScene().getRoot(), expected).getParent() == bandwidth.field());

        // a valid value clears the mark
        robot.write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(bandwidth.refusal());
        assertTrue(Decorator.getDecorations(bandwidth.field()).isEmpty());
        assertFalse(tooltipTexts(stage.getScene().getRoot()).contains(expected));
        assertEquals(5.0, bandwidth.value(), 1e-9);
        assertTrue(bandwidth.field().getTooltip().getText().startsWith("Memory bandwidth in TB/s, between 0.50 and 16.00"),
                bandwidth.field().getTooltip().getText());
    }

    @Test
    void aWholeNumberFieldMarksAFraction(FxRobot robot) {
        robot.clickOn("#control-batch-field").write("2.6").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = view.controls().control("batch").refusal();
        assertTrue(refusal.startsWith("Batch size: must be a whole number between 1 and "), refusal);
        assertTrue(refusal.endsWith(", was 2.60"), refusal);
        assertTrue(tooltipTexts(stage.getScene().getRoot()).contains(refusal));
    }

    @Test
    void theModelSwitchIsOneSegmentedButton(FxRobot robot) {
        SegmentedButton segments = robot.lookup("#basis-segments").queryAs(SegmentedButton.class);
        assertEquals(List.of("Calibrated", "Roofline (uncalibrated)"),
                segments.getButtons().stream().map(ToggleButton::getText).toList());
        assertTrue(segments.getButtons().get(0).isSelected());
        robot.clickOn("#basis-roofline");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.scenario().calibrationOrDefault().calibrated());
        assertTrue(segments.getButtons().get(1).isSelected());
        // a click on the selected half keeps it selected: the switch never shows neither
        robot.clickOn("#basis-roofline");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(segments.getButtons().get(1).isSelected());
        assertFalse(segments.getButtons().get(0).isSelected());
    }

    @Test
    void aFinishedExportShowsANoticeBesidesTheStatusBar(FxRobot robot) throws Exception {
        Path out = dir.resolve("slides");
        robot.interact(() -> {
            vm.flush();
            new ExportActions(vm, view, stage).run("Exporting", () -> Exporter.export(vm.results(), out,
                    EnumSet.of(ExportFormat.CSV), 1920, 1080, 0));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Exported"));
        WaitForAsyncUtils.waitForFxEvents();
        String status = vm.statusProperty().get();
        assertTrue(status.matches("Exported \\d+ files to .*slides"), status);
        List<String> notices = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                notices.addAll(texts(w.getScene().getRoot()));
            }
        }
        assertTrue(notices.contains("Export finished"), notices.toString());
        assertTrue(notices.contains(status), notices.toString());
    }

    private static List<String> tooltipTexts(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof javafx.scene.control.Control c && c.getTooltip() != null) {
                out.add(c.getTooltip().getText());
            }
        });
        return out;
    }

    private static Labeled markOf(Parent root, String text) {
        List<Labeled> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled c && c.getTooltip() != null && text.equals(c.getTooltip().getText())) {
                out.add(c);
            }
        });
        return out.get(0);
    }

    private static List<String> texts(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && l.getText() != null) {
                out.add(l.getText());
            }
        });
        return out;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }
}
