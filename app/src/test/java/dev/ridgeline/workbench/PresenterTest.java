package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode, driven from the keyboard as in a meeting room. */
@ExtendWith(ApplicationExtension.class)
class PresenterTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Presenter presenter;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
    void theCalibrationViewComesAfterTheFiveChartsAndGoesDarkWithThem(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(ChartKind.MEMORY, view.charts().single());
        // issue 14: the latency chart, not in the workbench's grid, is the fifth page
        robot.type(KeyCode.RIGHT);
        assertEquals(ChartKind.LATENCY, view.charts().single(), "after the memory chart, the latency chart");
        robot.type(KeyCode.RIGHT);
        assertTrue(view.calibrationShown(), "after the latency chart, the calibration view");
        assertTrue(robot.lookup("#calibration-view").tryQuery().isPresent());
        assertFalse(robot.lookup("#charts").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT);
        assertFalse(view.calibrationShown());
        assertTrue(view.decisionsShown(), "after the calibration view, the decision views (issue 15)");
        assertTrue(robot.lookup("#decisions-view").tryQuery().isPresent());
        robot.type(KeyCode.RIGHT);
        assertFalse(view.decisionsShown());
        assertEquals(ChartKind.ROOFLINE, view.charts().single(), "wrapping round to the first chart");
        robot.type(KeyCode.LEFT);
        assertTrue(view.decisionsShown(), "and back");
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
        // the readout names whose value it is: the selected system's (issue 12)
        assertEquals("B200 HGX · NVFP4 — Memory bandwidth   8.09 TB/s", view.readout().getText());
        robot.type(KeyCode.MINUS);
        assertEquals(7.7, vm.scenario().systems().get(2).overridesOrNone().memoryBandwidthTBps(), 1e-9);
    }

    /**
     * Issue 12: presenter mode must leave the workbench as it found it — every chart back in its grid cell at its
     * size, every card whole with its last line visible, after single charts, the calibration view, the grid, dark
     * and hidden controls, and after a second F5/Esc.
     */
    @Test
    void leavingPresenterModeRestoresTheWorkbenchExactly(FxRobot robot) {
        settle();
        Map<String, Bounds> before = layout();
        Node focused = view.root().getScene().getFocusOwner();
        assertCardsWhole("before F5");
        robot.type(KeyCode.F5);
        settle();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        settle();
        robot.type(KeyCode.G);
        settle();
        assertEquals(4, view.charts().getChildren().size(), "G: the grid");
        robot.type(KeyCode.T);
        settle();
        robot.type(KeyCode.C);
        settle();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertFalse(presenter.onProperty().get());
        assertSameLayout(before, layout(), "after F5 → → → G T C Esc");
        assertEquals(ChartTheme.LIGHT, view.charts().theme(), "Esc leaves the dark theme");
        assertTrue(view.root().getStylesheets().isEmpty(), "no dark stylesheet left behind");
        assertTrue(view.root().getLeft() != null, "the controls are back");
        assertEquals(focused, view.root().getScene().getFocusOwner(), "the focus is back where it was");
        assertCardsWhole("after Esc");

        robot.type(KeyCode.F5);
        settle();
        robot.type(KeyCode.RIGHT);
        settle();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertSameLayout(before, layout(), "after a second F5 → Esc");
        assertCardsWhole("after a second F5 → Esc");
    }

    private static <T> T onFx(java.util.concurrent.Future<T> f) {
        return WaitForAsyncUtils.waitFor(f);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each chart's and card's bounds in its parent and its layout bounds, and the controls column's. */
    private Map<String, Bounds> layout() {
        return onFx(WaitForAsyncUtils.asyncFx(() -> {
            view.root().applyCss();
            view.root().layout();
            Map<String, Bounds> m = new LinkedHashMap<>();
            for (ChartKind kind : ChartKind.values()) {
                if (!kind.inGrid()) {
                    continue; // the latency chart is not on the workbench: it keeps its last presenter picture
                }
                Node viewer = view.charts().pane(kind);
                m.put("chart " + kind + " in parent", viewer.getBoundsInParent());
                m.put("chart " + kind + " layout", viewer.getLayoutBounds());
            }
            m.put("chart grid", view.charts().getBoundsInParent());
            m.put("cards", view.cards().getBoundsInParent());
            for (Node card : view.cards().getChildren()) {
                m.put(card.getId() + " in parent", card.getBoundsInParent());
                m.put(card.getId() + " layout", card.getLayoutBounds());
            }
            m.put("controls", view.root().getLeft().getBoundsInParent());
            return m;
        }));
    }

    private static void assertSameLayout(Map<String, Bounds> before, Map<String, Bounds> after, String when) {
        assertEquals(before.keySet(), after.keySet(), when);
        List<String> moved = new ArrayList<>();
        before.forEach((key, b) -> {
            Bounds a = after.get(key);
            if (Math.abs(a.getMinX() - b.getMinX()) > 0.5 || Math.abs(a.getMinY() - b.getMinY()) > 0.5
                    || Math.abs(a.getWidth() - b.getWidth()) > 0.5 || Math.abs(a.getHeight() - b.getHeight()) > 0.5) {
                moved.add(key + ": " + fmt(b) + " -> " + fmt(a));
            }
        });
        assertTrue(moved.isEmpty(), when + ", changed: " + String.join("; ", moved));
    }

    private static String fmt(Bounds b) {
        return String.format("[%.1f,%.1f %.1f×%.1f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Every card fits its row, and its last line lies inside it, above its bottom padding. */
    private void assertCardsWhole(String when) {
        List<String> cut = onFx(WaitForAsyncUtils.asyncFx(() -> {
            List<String> problems = new ArrayList<>();
            double rowHeight = view.cards().getHeight();
            for (Node n : view.cards().getChildren()) {
                VBox card = (VBox) n;
                Node last = card.getChildren().get(card.getChildren().size() - 1);
                double bottom = card.getHeight() - card.snappedBottomInset();
                if (last.getBoundsInParent().getMaxY() > bottom + 0.5) {
                    problems.add(card.getId() + " last line ends at " + last.getBoundsInParent().getMaxY()
                            + " below " + bottom);
                }
                if (card.getBoundsInParent().getMaxY() > rowHeight + 0.5
                        || card.getHeight() + 0.5 < card.prefHeight(card.getWidth())) {
                    problems.add(card.getId() + " is " + card.getHeight() + " high, needs "
                            + card.prefHeight(card.getWidth()) + " (row " + rowHeight + ")");
                }
                if (((Region) last).getHeight() + 0.5 < ((Region) last).prefHeight(((Region) last).getWidth())) {
                    problems.add(card.getId() + " last line squeezed");
                }
            }
            return problems;
        }));
        assertTrue(cut.isEmpty(), when + ": " + String.join("; ", cut));
    }
}
