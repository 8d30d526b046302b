package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

    /** Issue 12: F1 lists every accelerator the menus have, Ctrl+E and Ctrl+Shift+C among them. */
    @Test
    void theShortcutsListHasEveryMenuAccelerator(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        String text = WorkbenchMenus.shortcutsText(bar);
        int accelerators = 0;
        java.util.Deque<MenuItem> items = new java.util.ArrayDeque<>();
        bar.getMenus().forEach(items::add);
        while (!items.isEmpty()) {
            MenuItem item = items.pop();
            if (item instanceof Menu menu) {
                items.addAll(menu.getItems());
            } else if (item.getAccelerator() != null) {
                String keys = WorkbenchMenus.keys(item.getAccelerator());
                assertTrue(java.util.Arrays.stream(text.split("\n")).anyMatch(line -> line.startsWith(keys + " ")
                        && line.contains(item.getText().replace("_", "").replace("…", "").trim())),
                        keys + " " + item.getText() + " missing from:\n" + text);
                accelerators++;
            }
        }
        assertTrue(accelerators >= 14, "menus with " + accelerators + " accelerators");
        for (String keys : new String[] {"Ctrl+E ", "Ctrl+Shift+E ", "Ctrl+Shift+C ", "Ctrl+L ", "Ctrl+B ", "Ctrl+I ",
                "Ctrl+O ", "Ctrl+S ", "Ctrl+Shift+S ", "Ctrl+Z ", "Ctrl+Shift+Z ", "Ctrl+Y ", "Ctrl+Q ", "F5 ", "F1 "}) {
            assertTrue(text.contains("\n" + keys) || text.startsWith(keys), keys + " missing from:\n" + text);
        }
        assertTrue(text.contains("1 – 6") && text.contains("+ / −"), text);
    }
}
