package dev.ridgeline.workbench;

import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.charts.CalibrationBasis;
import dev.ridgeline.charts.CalibrationChart;
import dev.ridgeline.charts.CalibrationFit;
import dev.ridgeline.charts.ChartTheme;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.SystemSpec;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

/**
 * The calibration the modeled figures rest on, checked against its measurements: the measured-vs-modeled scatter,
 * the profile's figures (cross-validated MAPE first, then in-sample MAPE, worst held-out ratio, each parameter
 * fitted or not and why) and a table of every point with its measured, calibrated, held-out and roofline values.
 * The leave-one-out check refits once per point, so it runs off the FX thread; the profile's own figures show at
 * once. A strip under the header imports your own benchmarks ({@link BenchmarkImporter}: the refit's progress, then
 * the cross-validated error before and after) and removes them; your points are stars in the scatter and tagged
 * "yours" in the table, and points the model could not place are listed as not fitted, with why.
 */
public final class CalibrationView extends VBox {
    private static final String CSS = "/ridgeline/workbench/calibration.css";
    /** One worker, daemon: a check still running when the window closes must not keep the JVM alive. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ridgeline-calibration");
        t.setDaemon(true);
        return t;
    });

    private final WorkbenchViewModel vm;
    private final BenchmarkImporter importer;
    private final javafx.scene.control.Button importButton = new javafx.scene.control.Button("Import benchmark…");
    private final javafx.scene.control.Button removeButton = new javafx.scene.control.Button("Remove your points");
    private final javafx.scene.control.ProgressBar importProgress = new javafx.scene.control.ProgressBar();
    private final Label importText = new Label();
    private final Label yoursSummary = new Label();
    private final Label cvBefore = new Label();
    private final Label notFittedTitle = new Label("Not fitted: the model cannot place these points");
    private final Label notFitted = new Label();
    private final JFreeChart chart = CalibrationChart.create();
    private final ChartPane viewer = ChartPane.standalone(chart);
    private final TableView<CalibrationFit.Point> table = new TableView<>();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label progressText = new Label();
    private final Label profileName = new Label();
    private final Label cvMape = new Label();
    private final Label cvCaption = new Label();
    private final Label inSample = new Label();
    private final Label worst = new Label();
    private final Label recomputed = new Label();
    private final GridPane parameters = new GridPane();
    private final ReadOnlyObjectWrapper<CalibrationFit> fit = new ReadOnlyObjectWrapper<>();
    private CalibrationProfile shownProfile;
    /** Finished checks by profile (a few: undo and redo go back and forth between profiles). */
    private final java.util.Map<CalibrationProfile, CalibrationFit> checked = new java.util.LinkedHashMap<>(4, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<CalibrationProfile, CalibrationFit> eldest) {
            return size() > 4;
        }
    };
    private CalibrationProfile computing;
    private Task<CalibrationFit> task;
    private boolean active;
    private ChartTheme theme = ChartTheme.LIGHT;

    CalibrationView(WorkbenchViewModel vm, BenchmarkImporter importer) {
        super(10);
        this.vm = vm;
        this.importer = importer;
        setId("calibration-view");
        getStyleClass().add("calibration-view");
        URL css = CalibrationView.class.getResource(CSS);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }

        Label title = new Label("Calibration");
        title.getStyleClass().add("calibration-title");
        profileName.setId("calibration-profile");
        profileName.getStyleClass().add("calibration-profile");
        profileName.setMinWidth(0);
        HBox.setHgrow(profileName, Priority.ALWAYS);
        progress.setId("calibration-progress");
        progress.setPrefSize(26, 26);
        progress.setVisible(false);
        progressText.setId("calibration-progress-text");
        progressText.getStyleClass().add("calibration-muted");
        BasisSwitch basis = new BasisSwitch(vm, "calibration-basis");
        title.setMinWidth(Region.USE_PREF_SIZE);
        basis.setMinWidth(Region.USE_PREF_SIZE);
        progressText.setMinWidth(0);
        HBox header = new HBox(14, title, profileName, progress, progressText, basis);
        header.setAlignment(Pos.CENTER_LEFT);

        viewer.setId("calibration-chart");
        viewer.getStyleClass().add("chart-slot");
        viewer.setMinSize(300, 240);
        // three title lines and a two-row key: magnified in a shorter pane, the y title would overprint them
        viewer.setMinimumLayout(720, 470);
        StackPane chartSlot = new StackPane(viewer);
        HBox.setHgrow(chartSlot, Priority.ALWAYS);
        chartSlot.setPrefWidth(900);

        VBox figures = figures();
        ScrollPane figuresScroll = new ScrollPane(figures);
        figuresScroll.setFitToWidth(true);
        figuresScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        figuresScroll.getStyleClass().add("calibration-figures-scroll");
        figuresScroll.setPrefWidth(560);
        figuresScroll.setMinWidth(420);
        HBox top = new HBox(10, chartSlot, figuresScroll);
        VBox.setVgrow(top, Priority.ALWAYS);
        top.setPrefHeight(320);

        buildTable();
        table.setPrefHeight(220);
        table.setMinHeight(160);
        getChildren().addAll(header, yoursBar(), top, table);

        vm.scenarioProperty().addListener((o, was, is) -> {
            removeButton.setDisable(!BenchmarkImporter.hasOwnProfile(is));
            if (active) {
                refresh(is);
            }
        });
        removeButton.setDisable(!BenchmarkImporter.hasOwnProfile(vm.scenario()));
    }

    /** Import and remove, the refit's progress while it runs, then the error before and after your points. */
    private HBox yoursBar() {
        importButton.setId("calibration-import");
        importButton.getStyleClass().add("view-button");
        importButton.setOnAction(e -> importer.importBenchmark());
        importButton.setTooltip(new Tooltip("Add your own measured points (a CSV, or a vllm bench serve result "
                + "JSON) to the calibration and refit it; the new profile goes into the scenario and is saved with "
                + "it (Ctrl+I). You can also drop the file on the window."));
        removeButton.setId("calibration-remove-yours");
        removeButton.getStyleClass().add("view-button");
        removeButton.setOnAction(e -> importer.removeYours());
        removeButton.setTooltip(new Tooltip("Back to the built-in profile (one undo step)"));
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        removeButton.setMinWidth(Region.USE_PREF_SIZE);
        importProgress.setId("calibration-import-progress");
        importProgress.setPrefWidth(160);
        importProgress.setMinWidth(Region.USE_PREF_SIZE);
        importProgress.progressProperty().bind(importer.progressProperty());
        importText.setId("calibration-import-text");
        importText.getStyleClass().add("calibration-muted");
        importText.textProperty().bind(importer.messageProperty());
        importText.setMinWidth(0);
        yoursSummary.setId("calibration-yours-summary");
        yoursSummary.getStyleClass().add("calibration-yours-summary");
        yoursSummary.setMinWidth(0);
        for (javafx.scene.Node n : List.of(importProgress, importText)) {
            n.visibleProperty().bind(importer.runningProperty());
            n.managedProperty().bind(importer.runningProperty());
        }
        yoursSummary.visibleProperty().bind(importer.runningProperty().not());
        yoursSummary.managedProperty().bind(importer.runningProperty().not());
        HBox.setHgrow(importText, Priority.ALWAYS);
        HBox.setHgrow(yoursSummary, Priority.ALWAYS);
        HBox bar = new HBox(10, importButton, removeButton, importProgress, importText, yoursSummary);
        bar.setId("calibration-yours-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Shown (compute what is missing and follow the scenario) or hidden (do nothing). */
    void setActive(boolean value) {
        active = value;
        if (value) {
            refresh(vm.scenario());
        }
    }

    private void refresh(Scenario scenario) {
        CalibrationProfile profile = CalibrationBasis.profile(scenario);
        if (!profile.equals(shownProfile)) {
            shownProfile = profile;
            showProfile(profile);
            CalibrationFit done = checked.get(profile);
            if (done == null) {
                done = importer.imported(profile).map(BenchmarkImporter.Imported::fit).orElse(null);
                if (done != null) {
                    progressText.setText("refitted with your points, checked in " + Formats.fixed(done.millis(), 0)
                            + " ms");
                }
            }
            fit.set(done);
            if (done != null) {
                showFit(done, scenario);
            } else {
                table.getItems().clear();
                start(profile);
            }
        } else if (fit.get() != null) {
            // the systems may have changed: the points take their colours
            CalibrationChart.update(chart, fit.get(), accelerators(scenario));
            applyTheme();
        }
    }

    /** Runs the leave-one-out check for {@code profile} on the worker; the table and chart fill when it ends. */
    private void start(CalibrationProfile profile) {
        if (profile.equals(computing)) {
            return;
        }
        if (task != null) {
            task.cancel(false);
        }
        computing = profile;
        var catalog = vm.catalog();
        var yours = importer.yours(profile);
        Task<CalibrationFit> t = new Task<>() {
            @Override
            protected CalibrationFit call() {
                return CalibrationFit.compute(catalog, profile, yours);
            }
        };
        task = t;
        progress.setVisible(true);
        progressText.setText("checking the profile against its " + profile.points().size()
                + " points (leave-one-out)…");
        t.setOnSucceeded(e -> {
            if (task != t) {
                return;
            }
            task = null;
            computing = null;
            progress.setVisible(false);
            CalibrationFit done = t.getValue();
            checked.put(done.profile(), done);
            progressText.setText("checked in " + Formats.fixed(done.millis(), 0) + " ms");
            if (done.profile().equals(shownProfile)) {
                fit.set(done);
                showFit(done, vm.scenario());
            } else if (active && shownProfile != null) {
                start(shownProfile);
            }
        });
        t.setOnFailed(e -> {
            if (task != t) {
                return;
            }
            task = null;
            computing = null;
            progress.setVisible(false);
            progressText.setText("the check failed: " + t.getException().getMessage());
        });
        WORKER.submit(t);
    }

    private void showProfile(CalibrationProfile p) {
        profileName.setText(p.name() + "  ·  fitted " + p.date());
        profileName.setTooltip(new Tooltip(p.name() + "\n" + p.method()));
        cvMape.setText("±" + CalibrationBasis.percent(p.crossValidatedMapePercent()));
        cvCaption.setText("cross-validated MAPE: each of the " + p.points().size() + " points predicted by a fit to "
                + "the other " + (p.points().size() - 1) + " (leave-one-out). The figure to quote.");
        inSample.setText(CalibrationBasis.percent(p.inSampleMapePercent()));
        worst.setText(Formats.fixed(p.crossValidatedWorstRatio(), 2) + "×  (modeled ÷ measured)");
        recomputed.setText("");
        showYours(p);
        parameters.getChildren().clear();
        int row = 0;
        for (String h : List.of("parameter", "value", "default", "")) {
            Label l = new Label(h);
            l.getStyleClass().add("calibration-param-header");
            parameters.add(l, row++, 0);
        }
        row = 1;
        for (CalibrationProfile.Value v : p.parameters()) {
            Label name = new Label(v.description());
            name.setWrapText(true);
            name.getStyleClass().add("calibration-param-name");
            Label value = new Label(number(v.value()));
            value.getStyleClass().add(v.fitted() ? "calibration-param-fitted" : "calibration-param-kept");
            Label def = new Label(number(v.defaultValue()));
            def.getStyleClass().add("calibration-muted");
            Label state = new Label(v.fitted() ? "fitted" : "kept");
            state.getStyleClass().add(v.fitted() ? "calibration-param-fitted" : "calibration-param-kept");
            value.setId("calibration-param-" + v.key().replace('.', '-'));
            parameters.addRow(row++, name, value, def, state);
            if (!v.fitted() && v.note() != null) {
                Label why = new Label(v.note());
                why.setWrapText(true);
                why.getStyleClass().add("calibration-note");
                parameters.add(why, 0, row++, 4, 1);
            }
        }
    }

    private void showFit(CalibrationFit f, Scenario scenario) {
        table.getItems().setAll(f.points());
        // your points come last in the profile: bring the first of them into view
        f.points().stream().filter(CalibrationFit.Point::yours).findFirst()
                .ifPresentOrElse(p -> table.scrollTo(Math.max(0, f.points().indexOf(p) - 1)), () -> table.scrollTo(0));
        CalibrationChart.update(chart, f, accelerators(scenario));
        applyTheme();
        double now = f.crossValidation().mapePercent();
        boolean drifted = Math.abs(now - f.profile().crossValidatedMapePercent()) >= 0.05;
        String missing = f.missing().isEmpty() ? "" : "  " + f.missing().size() + " of its points are not in the "
                + "catalog or the profile, or cannot be placed: " + String.join(", ", f.missing()) + ".";
        recomputed.setText((drifted
                ? "Recomputed now: CV MAPE " + CalibrationBasis.percent(now) + ", in-sample "
                        + CalibrationBasis.percent(f.inSampleMapePercent())
                        + " (the model or the catalog changed since the profile was fitted)."
                : "Recomputed now, " + f.points().size() + " points: the same figures.") + missing);
    }

    /** Your points: the files, the error before and after them, and what could not be fitted. */
    private void showYours(CalibrationProfile p) {
        var imported = importer.imported(p);
        if (imported.isEmpty()) {
            yoursSummary.setText(BenchmarkImporter.hasOwnProfile(vm.scenario())
                    ? "This scenario carries its own profile (" + p.points().size() + " points)."
                    : "Built-in profile. Import your benchmarks (CSV or vllm bench serve JSON) to add them to the fit.");
            cvBefore.setText("");
            cvBefore.setManaged(false);
            notFitted.setText("");
            notFittedTitle.setManaged(false);
            notFittedTitle.setVisible(false);
            notFitted.setManaged(false);
            return;
        }
        BenchmarkImporter.Imported i = imported.get();
        CalibrationProfile base = i.base();
        CalibrationFit f = i.fit();
        String baseName = base.equals(CalibrationProfile.builtIn()) ? "built-in" : base.name();
        yoursSummary.setText("Yours: " + i.yours().size() + " point" + (i.yours().size() == 1 ? "" : "s") + " from "
                + String.join(", ", i.files()) + ".  CV MAPE ±"
                + CalibrationBasis.percent(base.crossValidatedMapePercent()) + " before (" + base.points().size()
                + " points) → ±" + CalibrationBasis.percent(p.crossValidatedMapePercent()) + " after ("
                + p.points().size() + ");  held out: built-in points ±"
                + CalibrationBasis.percent(f.heldOutMapePercent(false)) + ", yours ±"
                + CalibrationBasis.percent(f.heldOutMapePercent(true)) + "."
                + (i.leftOut().isEmpty() ? "" : "  " + i.leftOut().size() + " earlier points not in this session "
                        + "were left out."));
        cvBefore.setText("before your points ±" + CalibrationBasis.percent(base.crossValidatedMapePercent())
                + " (" + baseName + ", " + base.points().size() + " points)");
        cvBefore.setManaged(true);
        boolean any = !i.notFitted().isEmpty();
        notFittedTitle.setVisible(any);
        notFittedTitle.setManaged(any);
        notFitted.setManaged(any);
        notFitted.setText(i.notFitted().stream().map(BenchmarkImporter.NotFitted::toString)
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private static List<String> accelerators(Scenario scenario) {
        return scenario.systems().stream().map(SystemSpec::accelerator).toList();
    }

    private VBox figures() {
        Label headlineCaption = new Label("Cross-validated error");
        headlineCaption.getStyleClass().add("calibration-section");
        cvMape.setId("calibration-cv-mape");
        cvMape.getStyleClass().add("calibration-headline");
        cvCaption.setWrapText(true);
        cvCaption.getStyleClass().add("calibration-muted");
        GridPane numbers = new GridPane();
        numbers.setHgap(12);
        numbers.setVgap(4);
        inSample.setId("calibration-in-sample");
        worst.setId("calibration-worst");
        recomputed.setId("calibration-recomputed");
        worst.setWrapText(true);
        numbers.addRow(0, key("In-sample MAPE"), inSample);
        numbers.addRow(1, key("Worst held-out point"), worst);
        recomputed.setWrapText(true);
        recomputed.getStyleClass().add("calibration-muted");
        Label paramsTitle = new Label("Parameters: fitted, or kept at the default and why");
        paramsTitle.getStyleClass().add("calibration-section");
        paramsTitle.setWrapText(true);
        parameters.setId("calibration-parameters");
        parameters.setHgap(10);
        parameters.setVgap(3);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        nameColumn.setMinWidth(160);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        parameters.getColumnConstraints().addAll(nameColumn, fixed, fixed, fixed);
        cvBefore.setId("calibration-cv-before");
        cvBefore.getStyleClass().add("calibration-before");
        cvBefore.setWrapText(true);
        notFittedTitle.getStyleClass().add("calibration-section");
        notFittedTitle.setWrapText(true);
        notFitted.setId("calibration-not-fitted");
        notFitted.getStyleClass().add("calibration-not-fitted");
        notFitted.setWrapText(true);
        VBox box = new VBox(6, headlineCaption, cvMape, cvBefore, cvCaption, numbers, recomputed, notFittedTitle,
                notFitted, paramsTitle, parameters);
        box.setPadding(new Insets(8, 14, 10, 14));
        box.getStyleClass().add("calibration-figures");
        return box;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("calibration-key");
        return l;
    }

    private void buildTable() {
        table.setId("calibration-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("computing the held-out predictions…"));
        TableColumn<CalibrationFit.Point, CalibrationFit.Point> point = new TableColumn<>(
                "Point: model · accelerator · ISL/OSL");
        point.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        point.setCellFactory(col -> new TableCell<>() {
            private final Label tag = new Label("yours");

            {
                tag.getStyleClass().add("calibration-yours-tag");
            }

            @Override
            protected void updateItem(CalibrationFit.Point item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? null : item.system() + " · " + item.lengths());
                setGraphic(!none && item.yours() ? tag : null);
            }
        });
        point.setPrefWidth(420);
        table.getColumns().add(point);
        table.getColumns().add(number("Measured\ntok/s/GPU", CalibrationFit.Point::measured, false));
        table.getColumns().add(number("Calibrated\ntok/s/GPU", CalibrationFit.Point::calibrated, false));
        table.getColumns().add(number("Calibrated\nresidual", CalibrationFit.Point::ratio, true));
        table.getColumns().add(number("Held-out (CV)\ntok/s/GPU", CalibrationFit.Point::heldOut, false));
        table.getColumns().add(number("Held-out\nresidual", CalibrationFit.Point::heldOutRatio, true));
        table.getColumns().add(number("Roofline\ntok/s/GPU", CalibrationFit.Point::roofline, false));
        table.getColumns().add(number("Roofline\nresidual", CalibrationFit.Point::rooflineRatio, true));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CalibrationFit.Point item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(CalibrationChart.tooltip(item)));
                getStyleClass().remove("calibration-yours-row");
                if (!empty && item != null && item.yours()) {
                    getStyleClass().add("calibration-yours-row");
                }
            }
        });
    }

    /** A numeric column: tok/s/GPU with separators, or a ratio shown as a signed percentage. */
    private static TableColumn<CalibrationFit.Point, Number> number(String title,
            ToDoubleFunction<CalibrationFit.Point> value, boolean residual) {
        TableColumn<CalibrationFit.Point, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(p -> new SimpleObjectProperty<>(value.applyAsDouble(p.getValue())));
        c.setPrefWidth(120);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("calibration-off");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                double v = item.doubleValue();
                if (Double.isNaN(v)) {
                    setText("–");
                } else if (residual) {
                    setText(CalibrationBasis.signedPercent(v));
                    if (Math.abs(v - 1) > CalibrationChart.BAND) {
                        getStyleClass().add("calibration-off");
                    }
                } else {
                    setText(Formats.fixed(v, 0));
                }
            }
        });
        c.getStyleClass().add("numeric");
        return c;
    }

    private static String number(double v) {
        String s = Formats.sig3(v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Light or dark, as the charts are. */
    void setTheme(ChartTheme value) {
        theme = value;
        getStyleClass().remove("dark");
        if (value == ChartTheme.DARK) {
            getStyleClass().add("dark");
        }
        applyTheme();
    }

    private void applyTheme() {
        chart.setNotify(false);
        theme.apply(chart);
        chart.setNotify(true);
        viewer.invalidate();
    }

    /** The latest finished check, or null while it runs. */
    public ReadOnlyObjectProperty<CalibrationFit> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    public TableView<CalibrationFit.Point> table() {
        return table;
    }

    public JFreeChart chart() {
        return chart;
    }

    public ChartPane viewer() {
        return viewer;
    }

    Label cvMapeLabel() {
        return cvMape;
    }

    Label yoursSummary() {
        return yoursSummary;
    }
}
