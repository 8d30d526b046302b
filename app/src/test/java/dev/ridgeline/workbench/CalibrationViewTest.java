package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.Calibration;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.calibration.Fidelity;
import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.charts.CalibrationChart;
import dev.ridgeline.charts.CalibrationFit;
import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartStyle;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.charts.Tooltips;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.scenario.CalibrationChoice;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.serving.SystemResults;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The calibrated / roofline switch and the calibration view, driven as a user would: the switch edits the scenario
 * (undoable), every card and chart follows, and the view checks the built-in profile against its 23 points.
 */
@ExtendWith(ApplicationExtension.class)
class CalibrationViewTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final CalibrationProfile BUILT_IN = CalibrationProfile.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private void settle(FxRobot robot) {
        robot.interact(vm::flush);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String card(FxRobot robot, int index, String metric) {
        return robot.lookup("#card-" + index).lookup("#metric-" + metric).queryAs(Label.class).getText()
                .replace('\u00A0', ' ');
    }

    private String cardTip(FxRobot robot, int index, String metric) {
        return robot.lookup("#card-" + index).lookup("#metric-" + metric).queryAs(Label.class).getTooltip()
                .getText();
    }

    private XYPlot frontier() {
        return view.charts().chart(ChartKind.FRONTIER).getXYPlot();
    }

    /** The B200's frontier as drawn: output tok/s/GPU at its largest batch (the last point of its curve). */
    private double drawnB200Max() {
        XYDataset curves = frontier().getDataset(0);
        return curves.getYValue(2, curves.getItemCount(2) - 1);
    }

    @Test
    void theSwitchChangesTheBasisCardsAndB200FrontierAndUndoRestoresIt(FxRobot robot) {
        // the B200 unpinned, so its cost line rests on the model (the H200 keeps its pin)
        robot.interact(() -> vm.edit(s -> s.withSystem(2, s.systems().get(2).withMeasured(null))));
        settle(robot);
        Scenario before = vm.scenario();
        assertTrue(vm.isCalibrated());
        assertNull(before.calibration(), "the default: calibrated, built-in profile, nothing in the file");
        assertEquals("calibrated", vm.results().systems().get(2).resolved().modelBasis());
        assertTrue(robot.lookup("#basis-calibrated").queryAs(ToggleButton.class).isSelected());

        // calibrated: the B200's curve is the model with the profile's Blackwell values (FP4 0.384, bandwidth 0.562)
        SystemResults b200 = vm.results().systems().get(2).physics();
        double fp4 = BUILT_IN.calibration().values().get(Calibration.compute("blackwell", Precision.FP4));
        assertEquals(0.3842, fp4, 1e-4);
        assertEquals(fp4, b200.config().computeEfficiency(), 1e-12);
        assertEquals(0.5621, b200.config().efficiencies().bandwidth(), 1e-4);
        double calibratedMax = b200.maxThroughput().orElseThrow().outputTokensPerSecPerGpu();
        assertEquals(688, b200.maxThroughput().orElseThrow().batch());
        assertEquals(calibratedMax, drawnB200Max(), 1e-9);
        assertEquals("modeled: calibrated to 23 measured points, CV ±7.9 % (shaded band)",
                ChartStyle.basisSubtitle(view.charts().chart(ChartKind.FRONTIER)));
        // the band: ± the cross-validated MAPE (7.88 %) around every B200 point
        IntervalXYDataset band = (IntervalXYDataset) frontier().getDataset(3);
        int last = band.getItemCount(2) - 1;
        assertEquals(b200.frontier().size(), band.getItemCount(2));
        assertEquals(calibratedMax * (1 + BUILT_IN.crossValidatedMapePercent() / 100), band.getEndYValue(2, last),
                1e-6);
        assertEquals(calibratedMax * (1 - 0.07882166813305548), band.getStartYValue(2, last), 1e-6);
        assertEquals("180 tok/s/user ceiling · max " + Formats.fixed(calibratedMax, 0) + " output tok/s/GPU",
                card(robot, 2, "ceiling"));
        assertTrue(cardTip(robot, 2, "ceiling").contains("(modeled, calibrated, CV ±7.9 %)"),
                cardTip(robot, 2, "ceiling"));
        String b200Cost = card(robot, 2, "target");
        double atTarget = vm.results().systems().get(2).economics().outputTokensPerSecPerGpu();
        assertTrue(b200Cost.startsWith(Formats.fixed(atTarget, 0) + " output tok/s/GPU · $"), b200Cost);
        assertTrue(b200Cost.contains("/M (calibrated)"), b200Cost);
        assertTrue(cardTip(robot, 2, "target").contains("Calibrated: the model with the efficiencies fitted to 23 "
                + "measured points, cross-validated error ±7.9 %."), cardTip(robot, 2, "target"));
        assertTrue(card(robot, 1, "target").contains(" (measured)"), "the pinned H200 stays measured");

        // switch to roofline with the status-bar button
        robot.clickOn("#basis-roofline");
        settle(robot);
        assertEquals(CalibrationChoice.ROOFLINE, vm.scenario().calibrationOrDefault().basis());
        assertFalse(vm.isCalibrated());
        assertTrue(robot.lookup("#basis-roofline").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#basis-calibrated").queryAs(ToggleButton.class).isSelected());
        SystemResults roofline = vm.results().systems().get(2).physics();
        assertEquals(0.36, roofline.config().computeEfficiency(), 1e-12, "the uncalibrated FP4 default");
        assertEquals(0.80, roofline.config().efficiencies().bandwidth(), 1e-12);
        double rooflineMax = roofline.maxThroughput().orElseThrow().outputTokensPerSecPerGpu();
        assertTrue(Math.abs(rooflineMax / calibratedMax - 1) > 0.01, rooflineMax + " vs " + calibratedMax);
        assertEquals(rooflineMax, drawnB200Max(), 1e-9);
        // the same system evaluated by hand with the profile applied gives back the calibrated curve
        SystemConfig recalibrated = BUILT_IN.calibration().apply(roofline.config());
        assertEquals(calibratedMax, ServingModel.evaluate(recalibrated, vm.scenario().workload()).maxThroughput()
                .orElseThrow().outputTokensPerSecPerGpu(), 1e-9);
        assertEquals("modeled: roofline (uncalibrated)", ChartStyle.basisSubtitle(
                view.charts().chart(ChartKind.FRONTIER)));
        assertEquals(0, ((IntervalXYDataset) frontier().getDataset(3)).getItemCount(2), "no band uncalibrated");
        assertEquals("180 tok/s/user ceiling · max " + Formats.fixed(rooflineMax, 0) + " output tok/s/GPU",
                card(robot, 2, "ceiling"));
        assertTrue(card(robot, 2, "target").contains("/M (roofline)"), card(robot, 2, "target"));
        assertTrue(card(robot, 1, "target").contains(" (measured)"), card(robot, 1, "target"));
        assertTrue(cardTip(robot, 2, "target").contains("Roofline: the model at its uncalibrated defaults"),
                cardTip(robot, 2, "target"));
        assertTrue(cardTip(robot, 2, "ceiling").contains("(modeled, roofline (uncalibrated))"),
                cardTip(robot, 2, "ceiling"));
        assertEquals("roofline", vm.results().systems().get(2).economics().costBasis());
        assertEquals("measured", vm.results().systems().get(1).economics().costBasis());

        // undo restores the calibrated scenario exactly; redo goes back to roofline; the switch follows both
        robot.interact(vm::undo);
        settle(robot);
        assertEquals(before, vm.scenario());
        assertTrue(robot.lookup("#basis-calibrated").queryAs(ToggleButton.class).isSelected());
        assertEquals(calibratedMax, drawnB200Max(), 1e-9);
        assertEquals(b200Cost, card(robot, 2, "target"));
        robot.interact(vm::redo);
        settle(robot);
        assertEquals(rooflineMax, drawnB200Max(), 1e-9);

        // the same switch in the calibration view; the basis is saved with the scenario
        robot.interact(() -> view.showCalibration(true));
        robot.clickOn("#calibration-basis-calibrated");
        settle(robot);
        assertEquals(CalibrationChoice.CALIBRATED, vm.scenario().calibrationOrDefault().basis());
        assertTrue(ScenarioFiles.toJson(vm.scenario()).contains("\"basis\" : \"calibrated\""));
        assertEquals(calibratedMax, vm.results().systems().get(2).physics().maxThroughput().orElseThrow()
                .outputTokensPerSecPerGpu(), 1e-9);
    }

    @Test
    void theCalibrationViewListsThe23PointsWithTheProfilesCrossValidatedError(FxRobot robot) {
        long[] showNanos = new long[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            view.showCalibration(true);
            showNanos[0] = System.nanoTime() - t0;
        });
        assertTrue(robot.lookup("#calibration-view").tryQuery().isPresent());
        assertFalse(robot.lookup("#charts").tryQuery().isPresent(), "the view stands in the charts' place");
        // the profile's own figures show at once; the cross-validated MAPE is the headline
        assertEquals("±" + Formats.fixed(BUILT_IN.crossValidatedMapePercent(), 1) + " %",
                robot.lookup("#calibration-cv-mape").queryAs(Label.class).getText());
        assertEquals("±7.9 %", robot.lookup("#calibration-cv-mape").queryAs(Label.class).getText());
        assertEquals("5.6 %", robot.lookup("#calibration-in-sample").queryAs(Label.class).getText());
        assertEquals("1.23×  (modeled ÷ measured)", robot.lookup("#calibration-worst").queryAs(Label.class)
                .getText());
        assertTrue(robot.lookup("#calibration-profile").queryAs(Label.class).getText()
                .endsWith("fitted " + BUILT_IN.date()));
        assertEquals("0.384", robot.lookup("#calibration-param-compute-blackwell-FP4").queryAs(Label.class)
                .getText());
        assertEquals("1", robot.lookup("#calibration-param-overhead-stepMs").queryAs(Label.class).getText());
        // parameters kept at their defaults say why, in the profile's words
        List<String> notes = robot.lookup(".calibration-note").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertEquals(BUILT_IN.parameters().stream().filter(v -> !v.fitted()).map(v -> v.note()).toList(), notes);
        assertEquals("not fitted: a 10 % change moves these points 0.18 % on average", notes.get(1));

        // the leave-one-out check (23 refits) ran on the worker: the FX thread was back long before it ended
        assertTrue(WorkbenchTest.WaitForAsyncUtilsHelper.await(() -> view.calibration().fitProperty().get() != null),
                "the check finished");
        WaitForAsyncUtils.waitForFxEvents();
        CalibrationFit fit = view.calibration().fitProperty().get();
        assertTrue(showNanos[0] / 1e6 < Math.max(50, fit.millis() / 2.0),
                "showing took " + showNanos[0] / 1e6 + " ms, the check " + fit.millis() + " ms");
        List<CalibrationFit.Point> rows = view.calibration().table().getItems();
        assertEquals(23, rows.size());
        assertEquals(BUILT_IN.points(), rows.stream().map(p -> p.measurement().id()).toList());
        // every row is what the model makes of the point: calibrated with the profile, and uncalibrated
        for (CalibrationFit.Point p : rows) {
            Measurement m = p.measurement();
            assertEquals(Fidelity.row(CATALOG, m, BUILT_IN.calibration()).modeled().orElseThrow(), p.calibrated(),
                    1e-9, m.id());
            assertEquals(Fidelity.row(CATALOG, m).modeled().orElseThrow(), p.roofline(), 1e-9, m.id());
        }
        // the held-out column is the leave-one-out: its MAPE and worst ratio are the profile's
        double cvMape = rows.stream().mapToDouble(p -> Math.abs(p.heldOutRatio() - 1)).average().orElseThrow() * 100;
        assertEquals(BUILT_IN.crossValidatedMapePercent(), cvMape, 0.01);
        double inSample = rows.stream().mapToDouble(p -> Math.abs(p.ratio() - 1)).average().orElseThrow() * 100;
        assertEquals(BUILT_IN.inSampleMapePercent(), inSample, 0.01);
        assertEquals("Recomputed now, 23 points: the same figures.",
                robot.lookup("#calibration-recomputed").queryAs(Label.class).getText());

        // the first row: B200 Llama 3.3 70B at 128/128, 11,147 measured
        CalibrationFit.Point first = rows.get(0);
        assertEquals("trtllm-perf-llama-3.3-70b-b200-tp1-128-128", first.measurement().id());
        assertEquals(11_147, first.measured(), 0.5);
        assertEquals("Llama 3.3 70B · B200 HGX TP1", first.system());
        String tip = CalibrationChart.tooltip(first);
        assertTrue(tip.startsWith("trtllm-perf-llama-3.3-70b-b200-tp1-128-128\nLlama 3.3 70B · B200 HGX TP1 · "
                + "ISL/OSL 128/128\nmeasured 11,147 output tok/s/GPU\nmodeled (calibrated) "
                + Formats.fixed(first.calibrated(), 0)), tip);
        assertTrue(tip.contains("held-out (CV) " + Formats.fixed(first.heldOut(), 0)), tip);

        // the scatter: 23 calibrated points on log-log axes with units, each hover naming its point
        XYPlot plot = view.calibration().chart().getXYPlot();
        assertEquals("Measured output tok/s per GPU", plot.getDomainAxis().getLabel());
        assertEquals("Modeled output tok/s per GPU", plot.getRangeAxis().getLabel());
        assertTrue(plot.getDomainAxis() instanceof org.jfree.chart.axis.LogAxis);
        assertTrue(plot.getRangeAxis() instanceof org.jfree.chart.axis.LogAxis);
        XYDataset points = plot.getDataset(0);
        int count = 0;
        for (int s = 0; s < points.getSeriesCount(); s++) {
            count += points.getItemCount(s);
        }
        assertEquals(23, count);
        assertEquals(5, points.getSeriesCount(), "B200, H200, H100 × 70B; H200, H100 × 8B");
        // the y = x line and its ±15 % band
        IntervalXYDataset identity = (IntervalXYDataset) plot.getDataset(2);
        assertEquals(identity.getXValue(0, 3), identity.getYValue(0, 3), 1e-9);
        assertEquals(1.15 * identity.getXValue(0, 3), identity.getEndYValue(0, 3), 1e-6);
        // hovering: the registered text for the B200 128/128 point
        assertEquals(tip, hover(plot, 0, 0));
    }

    private String hover(XYPlot plot, int series, int item) {
        var chart = view.calibration().chart();
        var entity = new org.jfree.chart.entity.XYItemEntity(new java.awt.Rectangle(0, 0, 1, 1),
                plot.getDataset(0), series, item, null, null);
        return Tooltips.text(chart, entity);
    }

    @Test
    void theCalibrationViewFollowsTheScenariosSystemsColours(FxRobot robot) {
        robot.interact(() -> view.showCalibration(true));
        assertTrue(WorkbenchTest.WaitForAsyncUtilsHelper.await(() -> view.calibration().fitProperty().get() != null));
        CalibrationFit fit = view.calibration().fitProperty().get();
        var colours = CalibrationChart.colours(fit, List.of("h100-sxm", "h200-sxm", "b200-hgx"));
        assertEquals(dev.ridgeline.charts.Palette.system(2), colours.get("b200-hgx"));
        assertEquals(dev.ridgeline.charts.Palette.system(0), colours.get("h100-sxm"));
        // the toggle button and the menu both drive the same property
        robot.clickOn("#show-calibration");
        assertFalse(view.calibrationShown());
        assertTrue(robot.lookup("#charts").tryQuery().isPresent());
        robot.clickOn("#show-calibration");
        assertTrue(view.calibrationShown());
        try {
            WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> view.calibration().table().getItems().size() == 23);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the table kept its rows from the cache", e);
        }
    }
}
