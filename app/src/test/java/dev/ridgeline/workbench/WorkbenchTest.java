package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemResults;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moves the workbench's controls headless and checks that cards and charts show what the model computes. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        Scenario scenario = ScenarioFiles.defaultScenario(CATALOG);
        vm = new WorkbenchViewModel(CATALOG, scenario);
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        // since JavaFX 20 a headless stage does not take focus when shown; typing needs it
        stage.requestFocus();
    }

    private void settle(FxRobot robot) {
        robot.interact(vm::flush);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String card(FxRobot robot, int index, String metric) {
        return robot.lookup("#card-" + index).lookup("#metric-" + metric).queryAs(Label.class).getText();
    }

    private static double roofRidge(XYPlot plot, int system) {
        // the roof's knee is its second point: (ridge FLOP/byte, peak TFLOP/s)
        return plot.getDataset(0).getXValue(system, 1);
    }

    @Test
    void cardsShowSeed001sFiguresWithRatios(FxRobot robot) {
        settle(robot);
        // B200: 42.70 GB / 7.7 TB/s = 5.55 ms; 21.69 / 5.55 = 3.9× faster than the H100 baseline
        assertEquals("5.55 ms floor   3.9× faster", card(robot, 2, "floor"));
        // $6.03 / (10,000 × 3,600) × 1e6 = $0.168/M; 0.489 / 0.168 = 2.9× cheaper
        assertEquals("10,000 tok/s/GPU · $0.168/M (measured)   2.9× cheaper", card(robot, 2, "target"));
        // 2 × $6.03 × 730 = $8,804 a month against 14 H100s' $26,981: 3.1× cheaper
        assertEquals("2 GPUs · $8,804/month   3.1× cheaper", card(robot, 2, "fleet"));
        assertEquals("14 GPUs · $26,981/month", card(robot, 0, "fleet"));
    }

    @Test
    void typingABandwidthMovesTheFloorTheRoofAndTheCard(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(2));
        robot.clickOn("#control-bandwidth-field").write("8.0").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        SystemResults b200 = vm.results().systems().get(2).physics();
        // 42.70 GB / 8.0 TB/s = 5.338 ms
        assertEquals(5.338, b200.decodeFloorMs(), 0.002);
        assertEquals("5.34 ms floor   4.1× faster", card(robot, 2, "floor"));
        // ridge 9,000 TFLOP/s / 8.0 TB/s = 1,125 FLOP/byte, drawn as the knee of the B200 roof
        XYPlot roofline = view.charts().chart(ChartKind.ROOFLINE).getXYPlot();
        assertEquals(1125, roofRidge(roofline, 2), 1e-9);
        // the other systems did not move
        assertEquals(3.35, vm.results().systems().get(0).physics().config().accelerator().memoryBandwidthTBps());
    }

    @Test
    void changingTheWeightFormatChangesFootprintAndPrecision(FxRobot robot) {
        robot.interact(() -> {
            vm.selectedProperty().set(2);
            vm.editSystem(s -> s.withFormats("fp8", s.kvFormat()));
        });
        settle(robot);
        SystemResults b200 = vm.results().systems().get(2).physics();
        // FP8 weights: 72.65 GB / 7.7 TB/s = 9.43 ms; ridge at FP8 = 4,500 / 7.7 = 584 FLOP/byte
        assertEquals(9.435, b200.decodeFloorMs(), 0.005);
        assertEquals(584.4, roofRidge(view.charts().chart(ChartKind.ROOFLINE).getXYPlot(), 2), 0.1);
    }

    @Test
    void theCurrentBatchMarkerSitsWhereTheModelSays(FxRobot robot) {
        robot.interact(() -> {
            vm.selectedProperty().set(2);
            view.controls().control("batch").nudge(128);
        });
        settle(robot);
        FrontierPoint expected = ServingModel.sustained(vm.results().systems().get(2).physics().config(),
                vm.scenario().workload(), 128);
        XYDataset current = view.charts().chart(ChartKind.FRONTIER).getXYPlot().getDataset(1);
        assertEquals(expected.tokensPerSecPerUser(), current.getXValue(2, 0), 1e-9);
        assertEquals(expected.outputTokensPerSecPerGpu(), current.getYValue(2, 0), 1e-9);
    }

    @Test
    void outOfRangeTypingIsRefusedAndTheWorkIsKept(FxRobot robot) {
        Scenario before = vm.scenario();
        robot.clickOn("#control-bandwidth-field").write("40").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        assertEquals("Memory bandwidth: must be between 0.50 and 16.00 TB/s, was 40.00",
                robot.lookup("#problem").queryAs(Label.class).getText());
        assertEquals(before, vm.scenario());
        // the refused value was replaced by the valid one, selected: typing again replaces it, no click needed
        assertEquals("3.35", robot.lookup("#control-bandwidth-field").queryAs(javafx.scene.control.TextField.class)
                .getSelectedText());
        robot.write("abc").type(javafx.scene.input.KeyCode.ENTER);
        String problem = robot.lookup("#problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("Memory bandwidth: \"abc\" is not a number"), problem);
        assertEquals(before, vm.scenario());
    }

    @Test
    void aBurstOfEditsRecomputesOncePerFrame(FxRobot robot) {
        settle(robot);
        int before = vm.recomputesProperty().get();
        robot.interact(() -> {
            for (int i = 0; i < 50; i++) {
                double tbps = 5 + i * 0.05;
                vm.editSystem(s -> s.withOverrides(s.overridesOrNone().withMemoryBandwidthTBps(tbps)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtilsHelper.await(() -> vm.recomputesProperty().get() > before));
        assertEquals(before + 1, vm.recomputesProperty().get(), "50 edits in one frame, one recompute");
        assertEquals(5 + 49 * 0.05, vm.results().systems().get(0).physics().config().accelerator()
                .memoryBandwidthTBps(), 1e-9);
    }

    @Test
    void applyToAllEditsEverySystem(FxRobot robot) {
        robot.interact(() -> {
            vm.applyToAllProperty().set(true);
            view.controls().control("draft").nudge(3);
            view.controls().control("alpha").nudge(0.8);
        });
        settle(robot);
        vm.results().systems().forEach(o -> {
            assertEquals(3, o.physics().config().draftTokens());
            assertEquals(0.8, o.physics().config().acceptanceRate(), 1e-12);
        });
    }

    @Test
    void systemsCanBeDuplicatedRemovedAndRebaselined(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(2));
        robot.clickOn("#system-duplicate");
        settle(robot);
        assertEquals(4, vm.results().systems().size());
        assertEquals("B200 HGX · NVFP4 (copy)", vm.results().systems().get(3).label());
        assertEquals(4, view.charts().chart(ChartKind.FRONTIER).getXYPlot().getDataset(0).getSeriesCount());
        assertTrue(robot.lookup("#card-3").tryQuery().isPresent());
        robot.clickOn("#system-baseline");
        settle(robot);
        assertEquals(3, vm.scenario().baselineIndex());
        // against a B200 baseline the H100's floor is 3.9× slower
        assertEquals("21.69 ms floor   3.9× slower", card(robot, 0, "floor"));
        robot.clickOn("#system-remove");
        settle(robot);
        assertEquals(3, vm.scenario().systems().size());
        assertEquals(0, vm.scenario().baselineIndex(), "removing the baseline falls back to the first system");
    }

    /** Waits for a condition on the FX side without a fixed sleep. */
    static final class WaitForAsyncUtilsHelper {
        static boolean await(java.util.function.BooleanSupplier condition) {
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            }
        }
    }

    ScenarioResults results() {
        return vm.results();
    }
}
