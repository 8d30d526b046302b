package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: every piece of text the workbench draws (cards, controls, fields, status bar) has a contrast of at least
 * 4.5:1 (WCAG AA) against the background it sits on, in the light theme and in the presenter's dark one. Colours are
 * read from the styles as applied, not from the stylesheets' text.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Presenter presenter;

    @Start
    void start(Stage stage) {
        // six systems: every card colour; the H100's pin is flagged, so a warning line is among the texts
        vm = new WorkbenchViewModel(CATALOG, ManySystems.of(CATALOG, 6));
        view = new WorkbenchView(vm);
        Scene scene = new Scene(view.root(), 1920, 1080);
        Theme.apply(scene);
        presenter = new Presenter(stage, scene, view, vm);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void wcagFormulaMatchesKnownPairs() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 1e-9);
        // #767676 on white is the classic AA threshold: 4.54:1
        assertEquals(4.54, ratio(Color.web("#767676"), Color.WHITE), 0.01);
    }

    @Test
    void lightThemeTextMeetsAa() {
        List<String> low = fx(() -> {
            layout();
            return lowContrast();
        });
        assertTrue(low.isEmpty(), "light theme:\n" + String.join("\n", low));
    }

    @Test
    void darkThemeTextMeetsAa() {
        List<String> low = fx(() -> {
            presenter.enter();
            presenter.toggleTheme();
            assertEquals(1, view.root().getStylesheets().size(), "the dark stylesheet is on");
            layout();
            return lowContrast();
        });
        assertTrue(low.isEmpty(), "dark theme:\n" + String.join("\n", low));
    }

    private void layout() {
        vm.flush();
        ((TitledPane) view.controls().lookup("#advanced-serving")).setExpanded(true);
        view.root().applyCss();
        view.root().layout();
    }

    /** Every shown, enabled text whose contrast with what lies under it is below 4.5:1. */
    private List<String> lowContrast() {
        List<String> low = new ArrayList<>();
        int checked = 0;
        for (Text t : texts(view.root())) {
            if (t.getText() == null || t.getText().isBlank() || !shown(t) || t.isDisabled()) {
                continue; // WCAG exempts inactive controls
            }
            Color fill = (Color) t.getFill();
            for (Color under : background(t)) {
                double r = ratio(over(fill, under), under);
                if (r < 4.5) {
                    low.add(String.format("%.2f:1  \"%s\" %s on %s (in %s)", r, t.getText(), fill, under,
                            owner(t)));
                }
            }
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " texts found");
        return low;
    }

    /**
     * The colours under a text: the nearest ancestor's background that is not transparent (a gradient gives each of
     * its stops), composed over what lies under it when translucent.
     */
    private static List<Color> background(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                List<Color> colours = colours(fills.get(fills.size() - 1).getFill());
                if (colours.stream().allMatch(c -> c.getOpacity() == 0)) {
                    continue;
                }
                List<Color> below = colours.stream().anyMatch(c -> c.getOpacity() < 1) ? background(at)
                        : List.of(Color.WHITE);
                List<Color> result = new ArrayList<>();
                for (Color c : colours) {
                    for (Color b : below) {
                        result.add(over(c, b));
                    }
                }
                return result;
            }
        }
        return List.of(Color.WHITE); // the scene's fill
    }

    private static List<Color> colours(Paint p) {
        if (p instanceof Color c) {
            return List.of(c);
        }
        if (p instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        throw new AssertionError("unexpected background " + p);
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** WCAG 2.x contrast ratio, written out here rather than borrowed from the code under test. */
    private static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String owner(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node at = n.getParent(); at != null && path.length() < 80; at = at.getParent()) {
            if (at.getId() != null) {
                return at.getId() + (path.length() == 0 ? "" : " " + path);
            }
            path.append(at.getClass().getSimpleName()).append(' ');
        }
        return path.toString().trim();
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Text> texts(Parent root) {
        List<Text> found = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                found.add(t);
            } else if (n instanceof Parent p) {
                found.addAll(texts(p));
            }
        }
        return found;
    }

    private static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
