package dev.ridgeline.workbench;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.charts.ChartTheme;
import java.net.URL;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Presenter mode: full screen, larger type, one chart at a time or the grid, light or dark, driven from the
 * keyboard. F5 enters, Esc leaves, ←/→ change chart (the calibration view comes after the four charts), G toggles
 * grid, T toggles theme, C hides the controls;
 * in any mode 1–6 pick a system and +/− move the last-touched slider, with a large readout of its value.
 */
public final class Presenter {
    private static final String DARK_CSS = "/ridgeline/theme/dark.css";
    /**
     * Chart type and lines are magnified this much in presenter mode: 15 px ticks become 22.5 px and 18 px axis
     * titles 27 px, at least 22 and 26 at 1080p (issue 12).
     */
    static final double CHART_SCALE = 1.5;
    private final Stage stage;
    private final WorkbenchView view;
    private final WorkbenchViewModel vm;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private boolean controlsVisible = true;
    private ChartKind current = ChartKind.FRONTIER;
    /** What presenter mode changes and Esc puts back: the theme and whether the calibration view was shown. */
    private ChartTheme themeBefore = ChartTheme.LIGHT;
    private boolean calibrationBefore;
    private boolean decisionsBefore;
    /** Hiding the controls (C) takes the focus from them; Esc gives it back. */
    private Node focusBefore;

    public Presenter(Stage stage, Scene scene, WorkbenchView view, WorkbenchViewModel vm) {
        this.stage = stage;
        this.view = view;
        this.vm = vm;
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        view.controls().setOnCommitted(c -> {
            if (on.get()) {
                view.showReadout(readout(c));
            }
        });
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public void enter() {
        if (on.get()) {
            return;
        }
        on.set(true);
        themeBefore = view.charts().theme();
        calibrationBefore = view.calibrationShown();
        decisionsBefore = view.decisionsShown();
        focusBefore = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        view.root().getStyleClass().add("presenter");
        view.charts().setLayoutScale(CHART_SCALE);
        view.calibration().viewer().setLayoutScale(CHART_SCALE);
        view.decisions().setLayoutScale(CHART_SCALE);
        view.charts().showSingle(current);
        stage.setFullScreen(true);
    }

    public void leave() {
        if (!on.get()) {
            return;
        }
        on.set(false);
        view.root().getStyleClass().remove("presenter");
        view.charts().setLayoutScale(1.0);
        view.calibration().viewer().setLayoutScale(1.0);
        view.decisions().setLayoutScale(1.0);
        view.charts().showSingle(null);
        view.showCalibration(calibrationBefore);
        view.showDecisions(decisionsBefore);
        setTheme(themeBefore);
        view.setControlsVisible(true);
        controlsVisible = true;
        if (focusBefore != null && focusBefore.getScene() == stage.getScene()) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
        stage.setFullScreen(false);
    }

    public void toggle() {
        if (on.get()) {
            leave();
        } else {
            enter();
        }
    }

    /**
     * One chart after another and then the calibration view, wrapping round; from the grid, the first step shows
     * the current chart.
     */
    public void nextChart(int direction) {
        ChartKind[] kinds = ChartKind.values();
        int pages = kinds.length + 2; // the charts, then the calibration view, then the decision views
        if (view.calibrationShown() || view.decisionsShown() || view.charts().single() != null) {
            int page = view.calibrationShown() ? kinds.length : view.decisionsShown() ? kinds.length + 1
                    : current.ordinal();
            page = Math.floorMod(page + direction, pages);
            if (page == kinds.length) {
                view.showCalibration(true);
                return;
            }
            if (page == kinds.length + 1) {
                view.showDecisions(true);
                return;
            }
            current = kinds[page];
        }
        view.showCalibration(false);
        view.showDecisions(false);
        view.charts().showSingle(current);
    }

    public void toggleGrid() {
        boolean toGrid = view.calibrationShown() || view.decisionsShown() || view.charts().single() != null;
        view.showCalibration(false);
        view.showDecisions(false);
        view.charts().showSingle(toGrid ? null : current);
    }

    public void toggleTheme() {
        setTheme(view.charts().theme() == ChartTheme.LIGHT ? ChartTheme.DARK : ChartTheme.LIGHT);
    }

    /** The charts, the calibration view and the dark stylesheet together; adds the stylesheet at most once. */
    private void setTheme(ChartTheme theme) {
        boolean dark = theme == ChartTheme.DARK;
        if (view.charts().theme() != theme) {
            view.charts().setTheme(theme);
        }
        view.calibration().setTheme(theme);
        view.decisions().setTheme(theme);
        URL css = Presenter.class.getResource(DARK_CSS);
        if (css != null) {
            String sheet = css.toExternalForm();
            view.root().getStylesheets().remove(sheet);
            if (dark) {
                view.root().getStylesheets().add(sheet);
            }
        }
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.F5) {
            toggle();
            e.consume();
            return;
        }
        if (typing) {
            return;
        }
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            int system = Integer.parseInt(code.getChar().isEmpty() ? code.getName().replaceAll("\\D", "")
                    : code.getChar()) - 1;
            if (system >= 0 && system < vm.scenario().systems().size()) {
                vm.selectedProperty().set(system);
                if (on.get()) {
                    view.showReadout("System " + (system + 1) + ": " + vm.scenario().systems().get(system).label());
                }
            }
            e.consume();
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            view.controls().lastTouched().step(+1);
            showTouched();
            e.consume();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            view.controls().lastTouched().step(-1);
            showTouched();
            e.consume();
        } else if (on.get()) {
            switch (code) {
                case ESCAPE -> leave();
                case RIGHT, PAGE_DOWN -> nextChart(+1);
                case LEFT, PAGE_UP -> nextChart(-1);
                case G -> toggleGrid();
                case T -> toggleTheme();
                case C -> {
                    controlsVisible = !controlsVisible;
                    view.setControlsVisible(controlsVisible);
                }
                default -> {
                    return;
                }
            }
            e.consume();
        }
    }

    private void showTouched() {
        ValueControl c = view.controls().lastTouched();
        view.showReadout(readout(c));
    }

    /**
     * "B200 HGX · NVFP4 — GPU price, on-demand   12.00 $/h": the control's value, and whose it is — the selected
     * system's, or every system's when changes apply to all.
     */
    String readout(ValueControl c) {
        int selected = vm.selectedProperty().get();
        var systems = vm.scenario().systems();
        String whose = vm.applyToAllProperty().get() ? "All systems"
                : selected >= 0 && selected < systems.size() ? systems.get(selected).label() : "";
        return (whose.isEmpty() ? "" : whose + " — ") + c.name() + "   " + c.formatter().apply(c.value());
    }
}
