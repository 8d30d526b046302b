package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14: the workbench's Disaggregated serving controls split the selected system into pools, and undo. */
@ExtendWith(ApplicationExtension.class)
class DisaggregationControlsTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        Scenario scenario = ScenarioFiles.preset("disaggregation", CATALOG);
        vm = new WorkbenchViewModel(CATALOG, scenario);
        WorkbenchView view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void settle(FxRobot robot) {
        robot.interact(vm::flush);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String fleet(FxRobot robot) {
        return robot.lookup("#card-0").lookup("#metric-fleet").queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    @Test
    void theSwitchSplitsTheSelectedSystemAndUndoJoinsIt(FxRobot robot) {
        // system 0 is the preset's aggregated B200: one pool, 21 GPUs (throughput-bound)
        assertNull(vm.selectedSystem().disaggregation());
        assertEquals("21 GPUs · $92,440/month", fleet(robot));
        TextField link = robot.lookup("#control-link-gbps-field").queryAs(TextField.class);
        assertTrue(link.isDisabled(), "the pool controls wait for the switch");

        CheckBox split = robot.lookup("#control-disaggregation").queryAs(CheckBox.class);
        robot.interact(split::fire);
        settle(robot);
        // the same pools as the preset's system 1, which states only the default link: 14P6D, 20 GPUs
        assertTrue(fleet(robot).startsWith("xPyD 14P6D · 20 GPUs (TTFT-bound) · $88,038/month"), fleet(robot));
        assertEquals(vm.results().systems().get(1).economics().outputOnDemandPerMillion(),
                vm.results().systems().get(0).economics().outputOnDemandPerMillion(), 1e-12);
        assertFalse(link.isDisabled());

        // an NVLink-domain link: 1.31 GB at 900 GB/s is 1.46 ms instead of 26.2 ms
        robot.interact(() -> {
            link.setText("900");
            link.fireEvent(new javafx.event.ActionEvent());
        });
        settle(robot);
        assertEquals(900, vm.selectedSystem().disaggregation().linkGBps(), 0);
        assertEquals(1.31072 / 900, vm.results().systems().get(0).disaggregated().orElseThrow()
                .kvTransferSeconds(), 1e-9);

        robot.interact(vm::undo);
        robot.interact(vm::undo);
        settle(robot);
        assertNull(vm.selectedSystem().disaggregation());
        assertEquals("21 GPUs · $92,440/month", fleet(robot));
        assertFalse(split.isSelected());
    }
}
