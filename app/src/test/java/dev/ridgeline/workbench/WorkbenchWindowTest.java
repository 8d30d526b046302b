package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens headless (Monocle) with the workbench frame in place. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WorkbenchApp().start(stage);
    }

    @Test
    void windowIsTitledRidgelineAndShowsTheFrame(FxRobot robot) {
        assertTrue(stage.getTitle().startsWith("Ridgeline — Blackwell migration"), stage.getTitle());
        assertTrue(stage.isShowing());
        Node controls = robot.lookup("#controls").query();
        GridPane charts = robot.lookup("#charts").queryAs(GridPane.class);
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertNotNull(controls);
        assertEquals(4, charts.getChildren().size(), "a 2x2 chart area");
        assertTrue(stage.getTitle().startsWith("Ridgeline"));
        assertTrue(status.isVisible());
    }
}
