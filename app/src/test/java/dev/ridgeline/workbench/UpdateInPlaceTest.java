package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 (speed): a drag changes texts, not nodes. The cards and controls keep their labels and tooltips, and no
 * style class is added or removed, so a change costs no new Tooltip, no style pass over new nodes.
 */
@ExtendWith(ApplicationExtension.class)
class UpdateInPlaceTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ScenarioFiles.defaultScenario(CATALOG));
        view = new WorkbenchView(vm);
        stage.setScene(new Scene(view.root(), 1920, 1080));
        Theme.apply(stage.getScene());
        stage.show();
    }

    @Test
    void aDragUpdatesTextsInTheSameNodes(FxRobot robot) {
        robot.interact(vm::flush);
        List<Node> nodesBefore = onFx(() -> all(view.cards()));
        List<Object> tipsBefore = tooltips();
        String floorBefore = text(robot, "#card-0 #metric-floor");
        AtomicInteger styleChanges = new AtomicInteger();
        ListChangeListener<String> counter = c -> styleChanges.incrementAndGet();
        robot.interact(() -> all(view.root()).forEach(n -> n.getStyleClass().addListener(counter)));

        // a drag of the H100's bandwidth: ten steps, each recomputed and shown
        for (int i = 1; i <= 10; i++) {
            double tbps = 3.35 + 0.1 * i;
            robot.interact(() -> {
                view.controls().control("bandwidth").nudge(tbps);
                vm.flush();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(floorBefore, text(robot, "#card-0 #metric-floor"), "the card shows the new floor");
        assertEquals("4.35", robot.lookup("#control-bandwidth-field").queryTextInputControl().getText());
        List<Node> nodesAfter = onFx(() -> all(view.cards()));
        assertEquals(nodesBefore.size(), nodesAfter.size());
        for (int i = 0; i < nodesBefore.size(); i++) {
            assertSame(nodesBefore.get(i), nodesAfter.get(i), "card node " + i + " was replaced");
        }
        List<Object> tipsAfter = tooltips();
        assertEquals(tipsBefore.size(), tipsAfter.size());
        for (int i = 0; i < tipsBefore.size(); i++) {
            assertSame(tipsBefore.get(i), tipsAfter.get(i), "the tooltip of " + owners().get(i) + " was replaced");
        }
        assertEquals(0, styleChanges.get(), "style classes added or removed during the drag");
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Who holds each tooltip of {@link #tooltips()}: the nearest id. */
    private List<String> owners() {
        return onFx(() -> {
            List<String> ids = new ArrayList<>();
            for (Node n : all(view.root())) {
                if (n instanceof Control c && c.getTooltip() != null) {
                    Node at = n;
                    while (at.getId() == null && at.getParent() != null) {
                        at = at.getParent();
                    }
                    ids.add(at.getId() + " (" + n.getClass().getSimpleName() + ")");
                }
            }
            return ids;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    /** Every tooltip on the cards' lines and the controls' buttons and fields, in tree order. */
    private List<Object> tooltips() {
        return onFx(() -> {
            List<Object> tips = new ArrayList<>();
            for (Node n : all(view.root())) {
                if (n instanceof Control c && c.getTooltip() != null) {
                    tips.add(c.getTooltip());
                }
            }
            return tips;
        });
    }

    private static List<Node> all(Parent root) {
        List<Node> found = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            found.add(n);
            if (n instanceof Parent p) {
                found.addAll(all(p));
            }
        }
        return found;
    }

}
