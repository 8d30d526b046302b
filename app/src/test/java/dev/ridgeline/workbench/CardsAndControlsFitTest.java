package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: at 1920×1080, with 1, 3 and 6 systems, in the workbench and in presenter mode, every card line shows
 * its whole text inside its card, and the controls' names, values and format names are not cut short.
 */
@ExtendWith(ApplicationExtension.class)
class CardsAndControlsFitTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(CATALOG, ManySystems.of(CATALOG, 3));
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyCardLineIsWholeAndInsideItsCard() {
        List<String> problems = new ArrayList<>();
        for (boolean presenter : new boolean[] {false, true}) {
            for (int systems : new int[] {1, 3, 6}) {
                problems.addAll(fx(() -> {
                    load(systems, presenter);
                    List<String> found = new ArrayList<>();
                    assertEquals(systems, view.cards().getChildren().size());
                    for (Node n : view.cards().getChildren()) {
                        cardProblems((javafx.scene.layout.VBox) n, found);
                    }
                    return found.stream().map(p -> systems + " systems" + (presenter ? ", presenter: " : ": ") + p)
                            .toList();
                }));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The title keeps to the system's name; the baseline says so where the others give their ratio. */
    @Test
    void theBaselineSaysSoInTheRatioPlaceNotInTheTitle() {
        List<String> three = fx(() -> {
            load(3, false);
            return List.of(line(0, "title"), line(0, "metric-floor"), line(2, "metric-floor"));
        });
        assertEquals(List.of("H100 SXM · FP8", "21.69 ms floor   baseline", "5.55 ms floor   3.9× faster"), three);
        // alone, a system is nobody's baseline
        assertEquals("5.55 ms floor", fx(() -> {
            vm.load(ManySystems.of(CATALOG, 3).withSystems(List.of(ManySystems.of(CATALOG, 3).systems().get(2)), 0));
            vm.flush();
            return line(0, "metric-floor");
        }));
    }

    private String line(int card, String id) {
        return ((Label) view.cards().lookup("#card-" + card + " #" + id)).getText().replace('\u00A0', ' ');
    }

    @Test
    void controlNamesValuesAndFormatsAreNotCutShort() {
        List<String> problems = new ArrayList<>();
        for (boolean presenter : new boolean[] {false, true}) {
            problems.addAll(fx(() -> {
                load(6, presenter);
                List<String> found = new ArrayList<>();
                for (Labeled l : all(view.controls(), Labeled.class)) {
                    if (showing(l) && truncated(l)) {
                        found.add(l.getId() + " \"" + l.getText() + "\" shows \"" + rendered(l) + "\"");
                    }
                }
                for (TextField f : all(view.controls(), TextField.class)) {
                    Text text = (Text) f.lookup(".text");
                    double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                    if (showing(f) && text.getLayoutBounds().getWidth() > room + 0.5) {
                        found.add(f.getId() + " \"" + f.getText() + "\" needs " + text.getLayoutBounds().getWidth()
                                + " px, has " + room);
                    }
                }
                formatNamesFit("#control-weight-format", FormatUse.WEIGHTS, found);
                formatNamesFit("#control-kv-format", FormatUse.KV, found);
                return found.stream().map(p -> (presenter ? "presenter: " : "workbench: ") + p).toList();
            }));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Each format's short name, as the closed box shows it, fits the box's button at its font. */
    @SuppressWarnings("unchecked")
    private void formatNamesFit(String id, FormatUse use, List<String> found) {
        ComboBox<NumberFormat> box = (ComboBox<NumberFormat>) view.controls().lookup(id);
        ListCell<NumberFormat> cell = box.getButtonCell();
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        for (NumberFormat f : CATALOG.formats(use)) {
            String shown = ControlsPanel.shortName(f, box.getItems()) + " · "
                    + dev.ridgeline.charts.Formats.fixed(f.bitsPerValue(), 2) + " bits";
            Text probe = new Text(shown);
            probe.setFont(cell.getFont());
            if (probe.getLayoutBounds().getWidth() > room) {
                found.add(id + " \"" + shown + "\" needs " + probe.getLayoutBounds().getWidth() + " px, has " + room);
            }
        }
        assertEquals(box.getValue() == null ? "" : ControlsPanel.shortName(box.getValue(), box.getItems()) + " · "
                + dev.ridgeline.charts.Formats.fixed(box.getValue().bitsPerValue(), 2) + " bits", cell.getText());
    }

    private void load(int systems, boolean presenter) {
        vm.load(ManySystems.of(CATALOG, systems));
        vm.flush();
        // the presenter's type (the style class F5 sets), at the same 1920×1080
        StyleClasses.set(view.root(), "presenter", presenter);
        // the expert section open, so its names (precisions, engine) are measured too
        ((javafx.scene.control.TitledPane) view.controls().lookup("#advanced-serving")).setExpanded(true);
        view.root().applyCss();
        view.root().layout();
    }

    /** Each line: its text rendered whole, inside the card's padding, at least as tall as it asks. */
    private static void cardProblems(javafx.scene.layout.VBox card, List<String> found) {
        Insets in = card.getInsets();
        Bounds inside = new javafx.geometry.BoundingBox(in.getLeft(), in.getTop(),
                card.getWidth() - in.getLeft() - in.getRight(), card.getHeight() - in.getTop() - in.getBottom());
        for (Node n : card.getChildren()) {
            Label line = (Label) n;
            String what = card.getId() + " " + line.getId() + " \"" + line.getText() + "\"";
            if (truncated(line)) {
                found.add(what + " shows \"" + rendered(line) + "\"");
            }
            // a narrow card wraps at spaces; a piece wider than the line would be broken inside a word or figure
            double room = line.getWidth() - line.snappedLeftInset() - line.snappedRightInset();
            for (String piece : line.getText().split(" +")) {
                Text probe = new Text(piece);
                probe.setFont(line.getFont());
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add(what + ": \"" + piece + "\" is wider than the line (" + room + " px), broken inside");
                }
            }
            // the line's box, not its text's bounds: the spaces before a wrapped ratio hang past the edge, unseen
            Bounds b = new javafx.geometry.BoundingBox(line.getLayoutX(), line.getLayoutY(), line.getWidth(),
                    line.getHeight());
            if (b.getMinX() < inside.getMinX() - 0.5 || b.getMaxX() > inside.getMaxX() + 0.5
                    || b.getMinY() < inside.getMinY() - 0.5 || b.getMaxY() > inside.getMaxY() + 0.5) {
                found.add(what + " at " + b + " outside " + inside);
            }
            if (line.getHeight() + 0.5 < line.prefHeight(line.getWidth())) {
                found.add(what + " squeezed to " + line.getHeight() + " px of " + line.prefHeight(line.getWidth()));
            }
        }
    }

    /** What the label's skin draws: its LabeledText (a titled pane's is in its title bar), or null before a skin. */
    private static String rendered(Labeled l) {
        Parent drawn = l instanceof javafx.scene.control.TitledPane ? (Parent) l.lookup(".title") : l;
        return all(drawn, Text.class).stream().map(Text::getText).findFirst().orElse(null);
    }

    /** A label is cut short when its skin draws other text than it holds (an ellipsis, or nothing). */
    private static boolean truncated(Labeled l) {
        String text = l.getText() == null ? "" : l.getText();
        return !text.isEmpty() && !text.equals(rendered(l));
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static <T extends Node> List<T> all(Parent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            if (n instanceof Parent p) {
                found.addAll(all(p, type));
            }
        }
        return found;
    }

    private static <T> T fx(Callable<T> work) {
        T result = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
