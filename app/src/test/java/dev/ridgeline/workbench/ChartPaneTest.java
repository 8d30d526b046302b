package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.scenario.ScenarioFiles;
import java.awt.geom.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live charts are pictures drawn off the render thread: the right size, redrawn only on change, hoverable. */
@ExtendWith(ApplicationExtension.class)
class ChartPaneTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        stage.setScene(new Scene(view.root(), 1600, 900));
        stage.show();
    }

    @Test
    void eachChartIsAPictureOfItsPaneSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (ChartKind kind : ChartKind.values()) {
            if (!kind.inGrid()) {
                continue; // the latency chart is drawn when shown alone (presenter mode), not in the grid
            }
            ChartPane pane = view.charts().pane(kind);
            Image image = ((ImageView) pane.getChildrenUnmodifiable().get(0)).getImage();
            assertNotNull(image, kind + " drawn");
            // render scale 1 under Monocle: one image pixel per pane pixel, rounded up
            assertEquals(Math.ceil(pane.getWidth()), image.getWidth(), kind + " width");
            assertEquals(Math.ceil(pane.getHeight()), image.getHeight(), kind + " height");
        }
    }

    @Test
    void aChangeRedrawsOnlyTheChartsItChanges(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        long before = view.charts().draws();
        // a GPU price moves only the cost chart: roofline, frontier and memory are physics
        robot.interact(() -> {
            var slider = view.controls().control("price-on-demand").slider();
            slider.setValue(slider.getValue() * 1.1);
            vm.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.charts().draws() - before);
    }

    @Test
    void aSmallPaneGivesUpMagnificationBeforeThePlotCollapses() {
        ChartPane pane = new ChartPane(ChartKind.COST.create());
        pane.setLayoutScale(1.5);
        assertEquals(1.5, pane.effectiveScale(1900, 950), 1e-9);
        // 770 px wide ÷ 600 px minimum layout = 1.283…: type shrinks to fit rather than the plot vanishing
        assertEquals(770 / 600.0, pane.effectiveScale(770, 470), 1e-9);
        assertEquals(1.0, pane.effectiveScale(400, 200), 1e-9, "never smaller than the workbench's own type");
    }

    @Test
    void hoverFindsThePointUnderTheMouseAtPresenterScale(FxRobot robot) {
        ChartPane pane = view.charts().pane(ChartKind.FRONTIER);
        robot.interact(() -> {
            view.charts().setLayoutScale(1.5);
            view.charts().showSingle(ChartKind.FRONTIER); // as presenter mode shows it
            view.charts().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        XYItemEntity item = null;
        for (Object e : pane.renderingInfo().getEntityCollection().getEntities()) {
            // a point on a frontier curve (dataset 0), not the calibration band under it
            if (e instanceof XYItemEntity x && x.getDataset() == pane.chart().getXYPlot().getDataset(0)
                    && x.getItem() == 10) {
                item = x;
                break;
            }
        }
        assertNotNull(item, "the frontier's points are hoverable");
        assertEquals(1.5, pane.effectiveScale(pane.getWidth(), pane.getHeight()), 1e-9, "room for the full scale");
        Rectangle2D box = item.getArea().getBounds2D();
        // entity bounds are in layout units: on screen they sit 1.5 times further from the corner
        ChartEntity hit = pane.entityAt(box.getCenterX() * 1.5, box.getCenterY() * 1.5);
        assertTrue(hit instanceof XYItemEntity, "a point, not the plot behind it: " + hit);
        assertSame(item.getDataset(), ((XYItemEntity) hit).getDataset());
    }

    @Test
    void aSliderDragHoldsTheAxesAndReleaseRescalesOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var frontier = view.charts().chart(ChartKind.FRONTIER).getXYPlot();
        var slider = view.controls().control("bandwidth").slider();
        robot.interact(() -> vm.selectedProperty().set(2)); // the B200: its frontier sets the x axis
        double before = frontier.getDomainAxis().getUpperBound();
        robot.interact(() -> {
            view.charts().setDragging(true);
            slider.setValue(slider.getValue() + 0.3); // bandwidth ×2: the B200's ceiling doubles
            vm.flush();
        });
        assertEquals(before, frontier.getDomainAxis().getUpperBound(), 1e-9, "held during the drag");
        robot.interact(() -> view.charts().setDragging(false));
        assertTrue(frontier.getDomainAxis().getUpperBound() > 1.5 * before, "rescaled at release: "
                + frontier.getDomainAxis().getUpperBound() + " after " + before);
    }

    @Test
    void lockedAxesStayThroughDragsUntilUnlocked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var frontier = view.charts().chart(ChartKind.FRONTIER).getXYPlot();
        var slider = view.controls().control("bandwidth").slider();
        robot.interact(() -> vm.selectedProperty().set(2));
        double before = frontier.getDomainAxis().getUpperBound();
        robot.interact(() -> {
            view.charts().axesLockedProperty().set(true);
            view.charts().setDragging(true);
            slider.setValue(slider.getValue() + 0.3);
            vm.flush();
            view.charts().setDragging(false);
        });
        assertEquals(before, frontier.getDomainAxis().getUpperBound(), 1e-9, "locked past the release");
        robot.interact(() -> view.charts().axesLockedProperty().set(false));
        assertTrue(frontier.getDomainAxis().getUpperBound() > 1.5 * before);
    }

    @Test
    void theLogOptionRedrawsTheFrontierOnALogThroughputAxis(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        long before = view.charts().draws();
        robot.interact(() -> view.charts().setOptions(view.charts().options().withLogThroughput(true)));
        assertTrue(view.charts().chart(ChartKind.FRONTIER).getXYPlot().getRangeAxis()
                instanceof org.jfree.chart.axis.LogAxis);
        assertEquals(1, view.charts().draws() - before, "only the frontier changes");
    }
}
