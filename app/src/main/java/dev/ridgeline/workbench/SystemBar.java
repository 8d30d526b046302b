package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.NativeFormats;
import dev.ridgeline.catalog.SheetPrice;
import dev.ridgeline.charts.Formats;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.SystemLabels;
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
import javafx.scene.control.TextField;
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
    /** What the selector lists: each system's label, the baseline marked. */
    private List<String> shown = List.of();

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
            // the list is rebuilt only when what it shows changes (a system added, renamed, made baseline), not
            // on every edit: a new item list recreates the box's cells
            List<String> names = new ArrayList<>();
            for (int i = 0; i < s.systems().size(); i++) {
                names.add(s.systems().get(i).label() + (i == s.baselineIndex() ? " (baseline)" : ""));
            }
            if (!names.equals(shown)) {
                shown = names;
                List<Integer> indexes = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    indexes.add(i);
                }
                selector.getItems().setAll(indexes);
                selector.setValue(null); // the button cell re-reads the label even when the index stays
            }
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
        AddForm form = new AddForm(vm.catalog(), inputs, vm.selectedSystem());
        dialog.getDialogPane().setContent(form.grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.valid.not());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : form.result());
        Optional<SystemSpec> added = dialog.showAndWait();
        added.ifPresent(this::addSpec);
    }

    /**
     * The "Add…" dialog's fields: the weight format follows the accelerator to its native one, a format the part
     * cannot run natively is warned about, and the price comes from the newest sheet listing the accelerator (named)
     * or, when none does, is asked for.
     */
    static final class AddForm {
        final ComboBox<Accelerator> accelerator;
        final ComboBox<LanguageModel> model;
        final ComboBox<NumberFormat> weights;
        final ComboBox<NumberFormat> kv;
        final TextField price = new TextField();
        final Label priceNote = new Label();
        final Label formatWarning = new Label();
        final GridPane grid = new GridPane();
        final javafx.beans.property.BooleanProperty valid = new javafx.beans.property.SimpleBooleanProperty(true);
        private final Catalog catalog;
        private final SystemInputs inputs;

        AddForm(Catalog catalog, SystemInputs inputs, SystemSpec current) {
            this.catalog = catalog;
            this.inputs = inputs;
            accelerator = combo(catalog.accelerators(), Accelerator::name);
            model = combo(catalog.models(), LanguageModel::name);
            weights = combo(catalog.formats(FormatUse.WEIGHTS), NumberFormat::name);
            kv = combo(catalog.formats(FormatUse.KV), NumberFormat::name);
            accelerator.setId("add-accelerator");
            weights.setId("add-weights");
            price.setId("add-price");
            priceNote.setId("add-price-note");
            formatWarning.setId("add-format-warning");
            priceNote.setWrapText(true);
            formatWarning.setWrapText(true);
            priceNote.setMaxWidth(420);
            formatWarning.setMaxWidth(420);
            formatWarning.getStyleClass().add("warning");
            accelerator.setValue(catalog.accelerator(current.accelerator()).orElse(null));
            model.setValue(catalog.model(current.model()).orElse(null));
            weights.setValue(catalog.format(current.weightFormat()).orElse(null));
            kv.setValue(catalog.format(current.kvFormat()).orElse(null));
            accelerator.valueProperty().addListener((o, was, is) -> {
                if (is != null) {
                    catalog.format(NativeFormats.nativeWeightFormat(is)).ifPresent(weights::setValue);
                }
                update();
            });
            weights.valueProperty().addListener((o, was, is) -> update());
            model.valueProperty().addListener((o, was, is) -> update());
            kv.valueProperty().addListener((o, was, is) -> update());
            price.textProperty().addListener((o, was, is) -> update());
            grid.setHgap(10);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            grid.addRow(0, new Label("Accelerator"), accelerator);
            grid.addRow(1, new Label("Model"), model);
            grid.addRow(2, new Label("Weights"), weights);
            grid.add(formatWarning, 1, 3);
            grid.addRow(4, new Label("KV cache"), kv);
            grid.addRow(5, new Label("Price, $/GPU-h"), price);
            grid.add(priceNote, 1, 6);
            update();
        }

        private void update() {
            Accelerator a = accelerator.getValue();
            NumberFormat w = weights.getValue();
            String warning = a == null || w == null ? "" : NativeFormats.warning(a, w).map(t -> "⚠ " + t
                    + "; its native format is " + catalog.format(NativeFormats.nativeWeightFormat(a))
                            .map(NativeFormats::shortName).orElse(NativeFormats.nativeWeightFormat(a)))
                    .orElse("");
            formatWarning.setText(warning);
            formatWarning.setVisible(!warning.isEmpty());
            formatWarning.setManaged(!warning.isEmpty());
            Optional<SheetPrice> listed = a == null ? Optional.empty() : catalog.newestPriceFor(a.id());
            String typed = price.getText() == null ? "" : price.getText().trim();
            Double value = typedPrice();
            boolean priceOk = typed.isEmpty() || value != null;
            if (!priceOk) {
                priceNote.setText("Type a price from 0 to 10,000 $/GPU-h, or leave it empty");
            } else if (listed.isPresent()) {
                SheetPrice p = listed.get();
                String sheet = p.sheet().name() + " (" + p.sheet().date() + "), " + p.price().provider() + ": "
                        + Formats.dollars(p.price().onDemandPerHour()) + "/h on demand"
                        + (p.price().spotPerHour() == null ? "" : ", " + Formats.dollars(p.price().spotPerHour())
                                + "/h spot");
                priceNote.setText(typed.isEmpty() ? "From " + sheet : "Typed; the newest sheet says " + sheet);
                price.setPromptText(Formats.fixed(p.price().onDemandPerHour(), 2));
            } else {
                priceNote.setText(a == null ? "" : typed.isEmpty()
                        ? "No price sheet lists " + a.name() + ": type a price"
                        : "Typed (no price sheet lists " + a.name() + ")");
                price.setPromptText("type a price");
            }
            valid.set(priceOk && a != null && w != null && model.getValue() != null && kv.getValue() != null);
        }

        /** The price typed, or null when the field is empty or not a price. */
        Double typedPrice() {
            String t = price.getText() == null ? "" : price.getText().trim().replace("$", "");
            Double v = t.isEmpty() ? null : TypedNumber.parse(t); // "1,5" is no price, not $15
            return v != null && v >= 0 && v <= 10_000 ? v : null;
        }

        /** The system the fields describe, labelled automatically. */
        SystemSpec result() {
            String acc = accelerator.getValue().id();
            Double typed = typedPrice();
            GpuPricing pricing = inputs.newestPrice(acc).orElse(null);
            if (typed != null) {
                pricing = pricing == null ? new GpuPricing(null, null, typed, null, null) : pricing.withOnDemand(typed);
            }
            SystemSpec spec = new SystemSpec("", acc, model.getValue().id(), weights.getValue().id(),
                    kv.getValue().id(), 1, null, null, pricing, null, null);
            return spec.withLabel(SystemLabels.automatic(catalog, spec));
        }
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
