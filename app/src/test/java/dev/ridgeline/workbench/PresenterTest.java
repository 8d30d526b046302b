package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.scenario.ScenarioFiles;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presenter mode, driven from the keyboard as in a meeting room. */
@ExtendWith(ApplicationExtension.class)
class PresenterTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Presenter presenter;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1600, 900);
        Theme.apply(scene);
        presenter = new Presenter(stage, scene, view, vm);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void f5EntersArrowsTurnChartsEscLeaves(FxRobot robot) {
        robot.type(KeyCode.F5);
        assertTrue(presenter.onProperty().get());
        assertTrue(view.root().getStyleClass().contains("presenter"));
        assertEquals(ChartKind.FRONTIER, view.charts().single());
        assertEquals(1, view.charts().getChildren().size(), "one chart at a time");
        robot.type(KeyCode.RIGHT);
        assertEquals(ChartKind.COST, view.charts().single());
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertEquals(ChartKind.ROOFLINE, view.charts().single());
        robot.type(KeyCode.G);
        assertNull(view.charts().single());
        assertEquals(4, view.charts().getChildren().size(), "the grid");
        robot.type(KeyCode.T);
        assertEquals(ChartTheme.DARK, view.charts().theme());
        robot.type(KeyCode.ESCAPE);
        assertFalse(presenter.onProperty().get());
        assertFalse(view.root().getStyleClass().contains("presenter"));
        assertEquals(4, view.charts().getChildren().size());
    }

    @Test
    void theCalibrationViewComesAfterTheFourChartsAndGoesDarkWithThem(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(ChartKind.MEMORY, view.charts().single());
        robot.type(KeyCode.RIGHT);
        assertTrue(view.calibrationShown(), "after the memory chart, the calibration view");
        assertTrue(robot.lookup("#calibration-view").tryQuery().isPresent());
        assertFalse(robot.lookup("#charts").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT);
        assertFalse(view.calibrationShown());
        assertEquals(ChartKind.ROOFLINE, view.charts().single(), "wrapping round to the first chart");
        robot.type(KeyCode.LEFT);
        assertTrue(view.calibrationShown(), "and back");
        robot.type(KeyCode.T);
        assertTrue(view.calibration().getStyleClass().contains("dark"));
        assertEquals(ChartTheme.DARK.background(), view.calibration().chart().getBackgroundPaint());
        robot.type(KeyCode.G);
        assertFalse(view.calibrationShown());
        assertEquals(4, view.charts().getChildren().size(), "G: the grid");
        robot.type(KeyCode.T).type(KeyCode.ESCAPE);
        assertFalse(presenter.onProperty().get());
        assertFalse(view.calibration().getStyleClass().contains("dark"));
    }

    @Test
    void numberKeysPickASystemAndPlusMinusMoveTheSliderWithALargeReadout(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.DIGIT3);
        assertEquals(2, vm.selectedProperty().get());
        // the bandwidth control is the default "last touched": + is one log step, ×1.05
        robot.type(KeyCode.EQUALS);
        double tbps = vm.scenario().systems().get(2).overridesOrNone().memoryBandwidthTBps();
        assertEquals(7.7 * 1.05, tbps, 1e-9);
        assertTrue(view.readout().isVisible());
        assertEquals("Memory bandwidth   8.09 TB/s", view.readout().getText());
        robot.type(KeyCode.MINUS);
        assertEquals(7.7, vm.scenario().systems().get(2).overridesOrNone().memoryBandwidthTBps(), 1e-9);
    }
}
