package dev.ridgeline.workbench;

import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.SystemSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Choosing the system the controls edit, and adding, duplicating, removing, renaming and making it baseline. */
final class SystemBar extends VBox {
    private final WorkbenchViewModel vm;
    private final SystemInputs inputs;
    private final ComboBox<Integer> selector = new ComboBox<>();
    private final Button add = new Button("Add…");
    private final Button duplicate = new Button("Duplicate");
    private final Button remove = new Button("Remove");
    private final Button rename = new Button("Rename…");
    private final Button baseline = new Button("Make baseline");
    private final CheckBox applyToAll = new CheckBox("Apply changes to all systems");
    private boolean refreshing;

    SystemBar(WorkbenchViewModel vm, SystemInputs inputs) {
        super(8);
        this.vm = vm;
        this.inputs = inputs;
        setId("system-bar");
        Label title = new Label("System");
        title.getStyleClass().add("section-title");
        selector.setId("system-selector");
        selector.setMaxWidth(Double.MAX_VALUE);
        selector.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                if (i == null || i >= vm.scenario().systems().size()) {
                    return "";
                }
                return (i + 1) + ". " + vm.scenario().systems().get(i).label()
                        + (i == vm.scenario().baselineIndex() ? "  (baseline)" : "");
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        selector.setTooltip(new Tooltip("The system the controls below edit (keys 1–6 pick one)."));
        selector.valueProperty().addListener((o, was, is) -> {
            if (!refreshing && is != null) {
                vm.selectedProperty().set(is);
            }
        });
        add.setId("system-add");
        duplicate.setId("system-duplicate");
        remove.setId("system-remove");
        rename.setId("system-rename");
        baseline.setId("system-baseline");
        add.setTooltip(new Tooltip("Add a system from the catalog (up to 6)."));
        duplicate.setTooltip(new Tooltip("Copy the selected system, to vary one input against it."));
        remove.setTooltip(new Tooltip("Remove the selected system (at least one stays)."));
        baseline.setTooltip(new Tooltip("Compare every other system against this one (the cards' ratios)."));
        applyToAll.setTooltip(new Tooltip("When ticked, every control change applies to all systems at once."));
        applyToAll.selectedProperty().bindBidirectional(vm.applyToAllProperty());
        applyToAll.setId("apply-to-all");
        add.setOnAction(e -> addSystem());
        duplicate.setOnAction(e -> duplicateSystem());
        remove.setOnAction(e -> removeSystem());
        rename.setOnAction(e -> renameSystem());
        baseline.setOnAction(e -> vm.edit(s -> s.withSystems(s.systems(), vm.selectedProperty().get())));
        FlowPane buttons = new FlowPane(6, 6, add, duplicate, remove, rename, baseline);
        getChildren().addAll(title, selector, buttons, applyToAll);
        vm.scenarioProperty().addListener((o, was, is) -> refresh());
        vm.selectedProperty().addListener((o, was, is) -> refresh());
        refresh();
    }

    void refresh() {
        refreshing = true;
        try {
            Scenario s = vm.scenario();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < s.systems().size(); i++) {
                indexes.add(i);
            }
            selector.getItems().setAll(indexes);
            selector.setValue(Math.min(vm.selectedProperty().get(), s.systems().size() - 1));
            boolean full = s.systems().size() >= Scenario.MAX_SYSTEMS;
            add.setDisable(full);
            duplicate.setDisable(full);
            remove.setDisable(s.systems().size() <= 1);
            baseline.setDisable(vm.selectedProperty().get() == s.baselineIndex());
        } finally {
            refreshing = false;
        }
    }

    private void duplicateSystem() {
        SystemSpec copy = vm.selectedSystem();
        vm.edit(s -> {
            List<SystemSpec> systems = new ArrayList<>(s.systems());
            systems.add(copy.withLabel(copy.label() + " (copy)"));
            return s.withSystems(systems, s.baseline());
        });
        vm.selectedProperty().set(vm.scenario().systems().size() - 1);
    }

    private void removeSystem() {
        int index = vm.selectedProperty().get();
        vm.edit(s -> {
            List<SystemSpec> systems = new ArrayList<>(s.systems());
            systems.remove(index);
            int base = s.baselineIndex();
            int newBase = base == index ? 0 : base > index ? base - 1 : base;
            return s.withSystems(systems, newBase);
        });
        vm.selectedProperty().set(Math.max(0, Math.min(index, vm.scenario().systems().size() - 1)));
    }

    private void renameSystem() {
        TextInputDialog dialog = new TextInputDialog(vm.selectedSystem().label());
        dialog.setTitle("Rename system");
        dialog.setHeaderText("A short name for the cards, legends and slides");
        dialog.setContentText("Name:");
        dialog.showAndWait().map(String::trim).filter(n -> !n.isEmpty())
                .ifPresent(name -> vm.edit(s -> s.withSystem(vm.selectedProperty().get(),
                        s.systems().get(vm.selectedProperty().get()).withLabel(name))));
    }

    private void addSystem() {
        Dialog<SystemSpec> dialog = new Dialog<>();
        dialog.setTitle("Add a system");
        dialog.setHeaderText("A new system from the catalog");
        ComboBox<Accelerator> accelerator = combo(vm.catalog().accelerators(), Accelerator::name);
        ComboBox<LanguageModel> model = combo(vm.catalog().models(), LanguageModel::name);
        ComboBox<NumberFormat> weights = combo(vm.catalog().formats(FormatUse.WEIGHTS), NumberFormat::name);
        ComboBox<NumberFormat> kv = combo(vm.catalog().formats(FormatUse.KV), NumberFormat::name);
        SystemSpec current = vm.selectedSystem();
        accelerator.setValue(vm.catalog().accelerator(current.accelerator()).orElse(null));
        model.setValue(vm.catalog().model(current.model()).orElse(null));
        weights.setValue(vm.catalog().format(current.weightFormat()).orElse(null));
        kv.setValue(vm.catalog().format(current.kvFormat()).orElse(null));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Accelerator"), accelerator);
        grid.addRow(1, new Label("Model"), model);
        grid.addRow(2, new Label("Weights"), weights);
        grid.addRow(3, new Label("KV cache"), kv);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new SystemSpec(accelerator.getValue().name().replace("NVIDIA ", "").replace("AMD ", "") + " · "
                        + weights.getValue().name().split(" ")[0], accelerator.getValue().id(), model.getValue().id(),
                        weights.getValue().id(), kv.getValue().id(), 1, null, null,
                        inputs.firstPrice(accelerator.getValue().id()).orElse(null), null, null));
        Optional<SystemSpec> added = dialog.showAndWait();
        added.ifPresent(this::addSpec);
    }

    void addSpec(SystemSpec spec) {
        if (vm.edit(s -> {
            List<SystemSpec> systems = new ArrayList<>(s.systems());
            systems.add(spec);
            return s.withSystems(systems, s.baseline());
        })) {
            vm.selectedProperty().set(vm.scenario().systems().size() - 1);
        }
    }

    private static <T> ComboBox<T> combo(List<T> items, java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
