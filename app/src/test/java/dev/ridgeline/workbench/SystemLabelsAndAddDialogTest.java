package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: labels follow the configuration; systems added from the catalog are priced and in a native format. */
@ExtendWith(ApplicationExtension.class)
class SystemLabelsAndAddDialogTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        Scenario scenario = ScenarioFiles.defaultScenario(CATALOG);
        vm = new WorkbenchViewModel(CATALOG, scenario);
        WorkbenchView view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private void chooseWeights(FxRobot robot, String formatId) {
        ComboBox<NumberFormat> box = robot.lookup("#control-weight-format").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(CATALOG.format(formatId).orElseThrow()));
        robot.interact(vm::flush);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void switchingB200FromNvfp4ToFp8RelabelsItAndUndoRestoresTheLabel(FxRobot robot) {
        assertEquals("B200 HGX · NVFP4", vm.scenario().systems().get(2).label());
        robot.interact(() -> vm.selectedProperty().set(2));
        chooseWeights(robot, "fp8");
        assertEquals("fp8", vm.scenario().systems().get(2).weightFormat());
        assertEquals("B200 HGX · FP8", vm.scenario().systems().get(2).label());
        ComboBox<?> selector = robot.lookup("#system-selector").queryAs(ComboBox.class);
        assertEquals("3. B200 HGX · FP8", selector.getConverter().toString(cast(2)));
        robot.interact(vm::undo);
        assertEquals("nvfp4", vm.scenario().systems().get(2).weightFormat());
        assertEquals("B200 HGX · NVFP4", vm.scenario().systems().get(2).label());
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    void aRenamedSystemKeepsItsName(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(2));
        robot.interact(() -> vm.editSystem(s -> s.withLabel("Our Blackwell pod")));
        chooseWeights(robot, "fp8");
        assertEquals("fp8", vm.scenario().systems().get(2).weightFormat());
        assertEquals("Our Blackwell pod", vm.scenario().systems().get(2).label());
    }

    private SystemBar.AddForm form(FxRobot robot) {
        AtomicReference<SystemBar.AddForm> form = new AtomicReference<>();
        robot.interact(() -> form.set(new SystemBar.AddForm(CATALOG, new SystemInputs(CATALOG), vm.selectedSystem())));
        return form.get();
    }

    @Test
    void addingAnMi355xDefaultsToMxfp4AndWarnsAboutNvfp4(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(2)); // the B200 NVFP4 prefills the dialog
        SystemBar.AddForm form = form(robot);
        assertEquals("nvfp4", form.weights.getValue().id());
        assertFalse(form.formatWarning.isVisible());
        robot.interact(() -> form.accelerator.setValue(CATALOG.accelerator("mi355x").orElseThrow()));
        assertEquals("mxfp4", form.weights.getValue().id());
        assertFalse(form.formatWarning.isVisible());
        robot.interact(() -> form.weights.setValue(CATALOG.format("nvfp4").orElseThrow()));
        assertTrue(form.formatWarning.isVisible());
        assertEquals("⚠ Instinct MI355X 288GB does not run NVFP4 natively (NVFP4 is NVIDIA's format; AMD parts do"
                + " not have it); its native format is MXFP4", form.formatWarning.getText());
        // no sheet lists the MI355X: the dialog asks for a price, and without one it stays unpriced
        assertEquals("No price sheet lists AMD Instinct MI355X 288GB: type a price", form.priceNote.getText());
        robot.interact(() -> form.weights.setValue(CATALOG.format("mxfp4").orElseThrow()));
        SystemSpec unpriced = form.result();
        assertNull(unpriced.price());
        assertEquals("Instinct MI355X 288GB · MXFP4", unpriced.label());
        robot.interact(() -> form.price.setText("4.20"));
        assertEquals(new GpuPricing(null, null, 4.2, null, null), form.result().price());
        robot.interact(() -> form.price.setText("abc"));
        assertFalse(form.valid.get());
    }

    @Test
    void addingAnH100DefaultsToFp8AndAnA100ToBf16(FxRobot robot) {
        SystemBar.AddForm form = form(robot);
        robot.interact(() -> form.accelerator.setValue(CATALOG.accelerator("h100-sxm").orElseThrow()));
        assertEquals("fp8", form.weights.getValue().id());
        robot.interact(() -> form.weights.setValue(CATALOG.format("nvfp4").orElseThrow()));
        assertEquals("⚠ H100 SXM5 80GB does not run NVFP4 natively (no FP4 tensor cores); its native format is FP8",
                form.formatWarning.getText());
        robot.interact(() -> form.accelerator.setValue(CATALOG.accelerator("a100-sxm-80gb").orElseThrow()));
        assertEquals("bf16", form.weights.getValue().id());
        robot.interact(() -> form.weights.setValue(CATALOG.format("fp8").orElseThrow()));
        assertTrue(form.formatWarning.getText().startsWith("⚠ A100 SXM4 80GB does not run FP8 natively"),
                form.formatWarning.getText());
    }

    @Test
    void anAddedB200IsPricedFromTheNewestSheetThatListsIt(FxRobot robot) {
        SystemBar.AddForm form = form(robot);
        robot.interact(() -> form.accelerator.setValue(CATALOG.accelerator("b200-hgx").orElseThrow()));
        assertEquals("From GPU cloud market quotes (Q1-Q2 2026) (2026-06-15), packet.ai: $3.75/h on demand",
                form.priceNote.getText());
        SystemSpec spec = form.result();
        assertEquals(new GpuPricing("market-2026", "packet.ai", null, null, null), spec.price());
        assertEquals("B200 180GB (HGX/DGX B200, as sold) · NVFP4", spec.label());
        int before = vm.scenario().systems().size();
        SystemBar bar = robot.lookup("#system-bar").queryAs(SystemBar.class);
        robot.interact(() -> bar.addSpec(spec));
        assertEquals(before + 1, vm.scenario().systems().size());
        ResolvedSystem added = vm.resolved(before);
        assertEquals(3.75, added.onDemandPerHour(), 0.0);
        assertTrue(added.priceSource() != null && !added.priceSource().isBlank(), String.valueOf(added.priceSource()));
    }

    @Test
    void anAddedGb200WithATypedPriceIsPricedAtIt(FxRobot robot) {
        SystemBar.AddForm form = form(robot);
        robot.interact(() -> form.accelerator.setValue(CATALOG.accelerator("gb200").orElseThrow()));
        assertEquals("nvfp4", form.weights.getValue().id());
        assertEquals("No price sheet lists NVIDIA GB200 (per Blackwell GPU in NVL72): type a price",
                form.priceNote.getText());
        robot.interact(() -> form.price.setText("7.5"));
        SystemSpec spec = form.result();
        int before = vm.scenario().systems().size();
        SystemBar bar = robot.lookup("#system-bar").queryAs(SystemBar.class);
        robot.interact(() -> bar.addSpec(spec));
        assertEquals(7.5, vm.resolved(before).onDemandPerHour(), 0.0);
    }
}
