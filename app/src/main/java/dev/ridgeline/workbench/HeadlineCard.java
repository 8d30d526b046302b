package dev.ridgeline.workbench;

import dev.ridgeline.charts.Palette;
import dev.ridgeline.export.Legible;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One system's card, built once for its place in the row and updated in place: a new result only sets the texts,
 * tooltip texts and state classes that changed, so a drag costs no new nodes, tooltips or style passes.
 */
final class HeadlineCard extends VBox {
    final Label title = line("title", "card-title");
    final Label floor = line("metric-floor", "card-metric");
    final Label ceiling = line("metric-ceiling", "card-metric");
    final Label kv = line("metric-kv", "card-metric");
    final Label target = line("metric-target", "card-metric");
    final Label fleet = line("metric-fleet", "card-metric");
    private final Tooltip titleTip = tooltip();
    private final Tooltip ceilingTip = tooltip();
    private final Tooltip targetTip = tooltip();
    private final Tooltip fleetTip = tooltip();

    HeadlineCard(int index) {
        super(3);
        setId("card-" + index);
        getStyleClass().add("headline-card");
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(Double.MAX_VALUE);
        // every card starts from the same width and grows equally: a long label must not squeeze its neighbours
        setPrefWidth(0);
        int system = Palette.system(index).getRGB() & 0xFFFFFF;
        // the system colour marks the card's top edge; its title takes a shade of it that reads as text (WCAG AA)
        // on the card, plain or selected, in each theme (ridgeline.css, dark.css)
        setStyle("-fx-border-color: " + Palette.systemCss(index) + " transparent transparent transparent;"
                + " -system-ink: " + Legible.css(Legible.shade(system, 0xf6f8fa, 0xeaf2fb)) + ";"
                + " -system-ink-on-dark: " + Legible.css(Legible.shade(system, 0x161b22, 0x1f2a37)) + ";");
        getChildren().addAll(title, floor, ceiling, kv, target, fleet);
    }

    void setTitle(String text, String tip) {
        title.setText(text); // an equal text is no change: no relayout
        tip(title, titleTip, tip);
    }

    void setCeilingTip(String tip) {
        tip(ceiling, ceilingTip, tip);
    }

    void setTargetTip(String tip) {
        tip(target, targetTip, tip);
    }

    /** The fleet's breakdown, or null for none (no fleet meets the target). */
    void setFleetTip(String tip) {
        tip(fleet, fleetTip, tip);
    }

    /** Shows {@code text} in the label's own tooltip, or no tooltip for null; never a new Tooltip. */
    private static void tip(Label label, Tooltip tooltip, String text) {
        if (text == null) {
            if (label.getTooltip() != null) {
                label.setTooltip(null);
            }
            return;
        }
        tooltip.setText(text);
        if (label.getTooltip() != tooltip) {
            label.setTooltip(tooltip);
        }
    }

    private static Label line(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Tooltip tooltip() {
        Tooltip t = new Tooltip();
        t.setWrapText(true);
        t.setMaxWidth(460);
        t.setShowDuration(javafx.util.Duration.seconds(30));
        return t;
    }
}
