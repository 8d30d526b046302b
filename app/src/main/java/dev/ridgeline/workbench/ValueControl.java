package dev.ridgeline.workbench;

import dev.ridgeline.charts.Formats;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * One numeric input: its name, a typed value with its unit, a slider (linear or logarithmic), a reset to the
 * catalog default, and a tooltip that explains it. Out-of-range typing is refused with a message naming the
 * field and range (in the status bar, and on a ControlsFX error mark at the field's corner until the field is
 * left or the value changes), and the previous value stays.
 */
public final class ValueControl extends VBox {
    private String name;
    private final String unit;
    private final boolean logarithmic;
    private final boolean integer;
    private final int decimals;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Button reset = new Button("↺");
    private final Label note = new Label();
    private final Label title;
    private final Tooltip help;
    /** The reset button's hover text, set in place on each refresh (a new Tooltip per refresh cost a style pass). */
    private final Tooltip resetTip = new Tooltip();
    /** Why the control cannot be changed for the selected system (null when it can). */
    private String lockedBecause;
    /** Where the reset value comes from, for the reset button's hover text. */
    private java.util.function.Supplier<String> resetSource = () -> "the catalog value";
    private double min;
    private double max;
    private DoubleSupplier current = () -> 0;
    private DoubleSupplier defaultValue;
    private DoublePredicate apply = v -> true;
    private Consumer<String> problems = m -> { };
    private Consumer<ValueControl> onCommitted = c -> { };
    private boolean refreshing;
    /**
     * ControlsFX's error mark on a refused field, its hover text the refusal: at the field's top-left corner (its
     * default, bottom-left, sits on the slider's track and thumb).
     */
    private static final ValidationDecoration REFUSAL_MARK = new GraphicValidationDecoration() {
        @Override
        protected java.util.Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return java.util.List.of(new GraphicDecoration(createDecorationNode(message), Pos.TOP_LEFT));
        }
    };
    private String refusal;

    public ValueControl(String id, String name, String unit, double min, double max, boolean logarithmic,
            boolean integer, int decimals, String help) {
        this.name = name;
        this.unit = unit;
        this.logarithmic = logarithmic;
        this.integer = integer;
        this.decimals = decimals;
        setId(id);
        getStyleClass().add("value-control");
        setSpacing(2);

        title = new Label(name);
        title.getStyleClass().add("control-name");
        title.setId(id + "-name");
        // the name is never cut short ("Compute efficiency (FP4)" must show its precision): the field gives way
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        field.getStyleClass().add("control-field");
        field.setPrefColumnCount(7);
        field.setMinWidth(58);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setId(id + "-field");
        Label unitLabel = new Label(unit);
        unitLabel.getStyleClass().add("control-unit");
        unitLabel.setMinWidth(Region.USE_PREF_SIZE);
        reset.getStyleClass().add("control-reset");
        reset.setId(id + "-reset");
        reset.setFocusTraversable(false);
        reset.setTooltip(resetTip);
        HBox header = new HBox(6, title, spacer, field, unitLabel, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        slider.setId(id + "-slider");
        slider.setBlockIncrement(logarithmic ? 0.05 : (max - min) / 100);
        setRange(min, max);
        note.getStyleClass().add("control-note");
        note.setId(id + "-note");
        note.setWrapText(true);
        note.setManaged(false);
        note.setVisible(false);
        getChildren().addAll(header, slider, note);

        Tooltip tip = new Tooltip(help);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        this.help = tip;
        Tooltip.install(title, tip);
        Tooltip.install(slider, tip);
        Tooltip.install(note, tip);
        field.setTooltip(new Tooltip(fieldHelp()));

        slider.valueProperty().addListener((obs, old, v) -> {
            if (!refreshing) {
                commit(fromSlider(v.doubleValue()), false);
            }
        });
        field.setOnAction(e -> commitTyped());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                // typing replaces the value rather than mixing with it (runLater: after the click places the caret)
                javafx.application.Platform.runLater(field::selectAll);
            } else {
                commitTyped();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
            }
        });
        reset.setOnAction(e -> resetToDefault());
    }

    /** What the ↺ button does: back to the default value (catalog, preset cap or calibration). */
    public void resetToDefault() {
        if (defaultValue != null) {
            commit(defaultValue.getAsDouble(), true);
        }
    }

    /** Wires the control to the view model: where its value comes from, where it goes, its catalog default. */
    public ValueControl bind(DoubleSupplier current, DoublePredicate apply, DoubleSupplier defaultValue,
            Consumer<String> problems) {
        this.current = current;
        this.apply = apply;
        this.defaultValue = defaultValue;
        this.problems = problems;
        reset.setVisible(defaultValue != null);
        refresh();
        return this;
    }

    /** Called after every change the user makes here (drag, typing, reset, keys). */
    public void setOnCommitted(Consumer<ValueControl> listener) {
        onCommitted = listener;
    }

    /** One keyboard step up (+1) or down (−1): 1/100 of the range, ×1.05 on a log scale, 1 for whole numbers. */
    public void step(int direction) {
        double v = current.getAsDouble();
        double next = integer ? v + direction
                : logarithmic ? v * Math.pow(1.05, direction) : v + direction * (max - min) / 100;
        nudge(next);
    }

    /**
     * Renames the control where its name depends on the selected system ("Compute efficiency (FP4)"): the title,
     * the hover text and the messages that name the field.
     */
    public void setName(String newName) {
        if (!newName.equals(name)) {
            name = newName;
            title.setText(newName);
            if (refusal == null) {
                field.getTooltip().setText(fieldHelp());
            }
        }
    }

    /** Names what reset restores ("the catalog value", "TRT-LLM bench's cap"), read at each refresh. */
    public void setResetSource(java.util.function.Supplier<String> source) {
        resetSource = source;
        refresh();
    }

    /** Replaces the hover text (it can depend on the selected system). */
    public void setHelp(String text) {
        help.setText(text);
    }

    /**
     * Locks the control for the selected system, saying why under its name (the value stays shown, the slider is
     * hidden), or unlocks it with null.
     */
    public void setLocked(String reason) {
        if (java.util.Objects.equals(reason, lockedBecause)) {
            return;
        }
        lockedBecause = reason;
        boolean locked = reason != null;
        field.setDisable(locked);
        slider.setDisable(locked);
        slider.setVisible(!locked);
        slider.setManaged(!locked);
        reset.setDisable(locked || reset.isDisable());
        setNote(reason);
        refresh();
    }

    public boolean isLocked() {
        return lockedBecause != null;
    }

    public String note() {
        return note.isVisible() ? note.getText() : "";
    }

    /** Shows a line under the slider, e.g. "catalog 7.70 TB/s". */
    public void setNote(String text) {
        note.setText(text);
        boolean show = text != null && !text.isEmpty();
        note.setManaged(show);
        note.setVisible(show);
    }

    public void setRange(double newMin, double newMax) {
        min = newMin;
        max = Math.max(newMax, newMin);
        refreshing = true;
        try {
            slider.setMin(toSlider(min));
            slider.setMax(toSlider(max));
            if (field.getTooltip() != null && refusal == null) {
                field.getTooltip().setText(fieldHelp());
            }
        } finally {
            refreshing = false;
        }
        refresh();
    }

    /** Re-reads the value from the view model without writing it back. */
    public void refresh() {
        refreshing = true;
        try {
            double v = current.getAsDouble();
            slider.setValue(toSlider(Math.max(min, Math.min(max, v))));
            showValue(format(v));
            StyleClasses.set(field, "invalid", false);
            if (refusal != null) {
                refusal = null;
                REFUSAL_MARK.removeDecorations(field);
                field.getTooltip().setText(fieldHelp());
            }
            if (defaultValue != null) {
                double d = defaultValue.getAsDouble();
                reset.setDisable(lockedBecause != null || Math.abs(d - v) <= 1e-9 * Math.max(1, Math.abs(d)));
                resetTip.setText("Reset to " + resetSource.get() + ", " + format(d) + " " + unit);
            }
        } finally {
            refreshing = false;
        }
    }

    private void commitTyped() {
        Double typed = TypedNumber.parse(field.getText());
        if (typed == null) {
            String shown = field.getText().length() > 40 ? field.getText().substring(0, 40) + "…" : field.getText();
            refuse(name + ": \"" + shown + "\" is not " + TypedNumber.EXPECTED + "; " + rangeText());
            return;
        }
        double v = typed;
        if (integer && !TypedNumber.isWhole(v)) {
            refuse(name + ": must be a whole number " + rangeText() + ", was " + Formats.fixed(v, 2));
            return;
        }
        if (!(v >= min && v <= max)) {
            refuse(name + ": must be " + rangeText() + ", was " + format(v));
            return;
        }
        commit(v, true);
    }

    /** Says what was wrong, puts the valid value back and selects it, ready to be typed over. */
    private void refuse(String message) {
        problems.accept(message);
        refreshing = true;
        field.setText(format(current.getAsDouble()));
        refreshing = false;
        field.selectAll();
        StyleClasses.set(field, "invalid", true);
        if (refusal != null) {
            REFUSAL_MARK.removeDecorations(field);
        }
        refusal = message;
        REFUSAL_MARK.applyValidationDecoration(ValidationMessage.error(field, message));
        // the mark sits inside the field, whose own hover text would win over the mark's: both say the refusal
        field.getTooltip().setText(message);
    }

    /** The refusal the field's error mark shows, or null when it shows none. */
    String refusal() {
        return refusal;
    }

    private void commit(double value, boolean refreshAfter) {
        double v = integer ? Math.round(value) : value;
        if (Math.abs(v - current.getAsDouble()) <= 1e-12 * Math.max(1, Math.abs(v)) && !refreshAfter) {
            return;
        }
        apply.test(v);
        onCommitted.accept(this);
        if (refreshAfter) {
            refresh();
        } else {
            refreshing = true;
            showValue(format(current.getAsDouble()));
            refreshing = false;
        }
    }

    /** A text field replaces its content and caret even for an equal text: only a new value is set. */
    private void showValue(String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private String fieldHelp() {
        return name + " in " + unit + ", " + rangeText() + ". Type a value and press Enter.";
    }

    private String rangeText() {
        return "between " + format(min) + " and " + format(max) + " " + unit;
    }

    String format(double v) {
        return integer ? Formats.fixed(Math.round(v), 0) : Formats.fixed(v, decimals);
    }

    private double toSlider(double v) {
        return logarithmic ? Math.log10(v) : v;
    }

    private double fromSlider(double s) {
        return logarithmic ? Math.pow(10, s) : s;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public double value() {
        return current.getAsDouble();
    }

    /** Sets the value as if the user had dragged there (presenter keys, tests). */
    public void nudge(double newValue) {
        commit(Math.max(min, Math.min(max, newValue)), true);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    /** Formats any value the way this control shows it, with its unit. */
    public DoubleFunction<String> formatter() {
        return v -> format(v) + " " + unit;
    }
}
