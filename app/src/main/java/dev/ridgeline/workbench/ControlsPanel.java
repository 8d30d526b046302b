package dev.ridgeline.workbench;

import dev.ridgeline.charts.Formats;
import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left pane: the selected system's inputs, then the workload's. Every control edits through the view model. */
public final class ControlsPanel extends VBox {
    private final WorkbenchViewModel vm;
    private final SystemInputs inputs;
    private final List<ValueControl> controls = new ArrayList<>();
    private final ComboBox<NumberFormat> weightFormat = new ComboBox<>();
    private final ComboBox<NumberFormat> kvFormat = new ComboBox<>();
    private final ValueControl bandwidth;
    private final ValueControl batch;
    private ValueControl lastTouched;
    private java.util.function.Consumer<ValueControl> onCommitted = c -> { };
    /** The scenario as opened: the workload controls reset to it. */
    private Scenario opened;
    private boolean refreshing;

    public ControlsPanel(WorkbenchViewModel vm) {
        super(14);
        this.vm = vm;
        this.inputs = new SystemInputs(vm.catalog());
        this.opened = vm.scenario();
        setId("controls");
        getStyleClass().add("controls-pane");
        getChildren().add(new SystemBar(vm, inputs));

        getChildren().add(section("Hardware and formats"));
        bandwidth = control("bandwidth", "Memory bandwidth", "TB/s", 0.5, 16, true, false, 2,
                "HBM bandwidth per GPU. Decode at small batch streams every weight each step, so its floor is "
                        + "weights ÷ bandwidth. The catalog's datasheet value is marked below the slider.",
                r -> r.config().accelerator().memoryBandwidthTBps(),
                (spec, v) -> spec.withOverrides(spec.overridesOrNone().withMemoryBandwidthTBps(v)),
                spec -> inputs.catalogAccelerator(spec).memoryBandwidthTBps());
        formatChoice(weightFormat, "weight-format", "Weight format", FormatUse.WEIGHTS,
                "How weights are stored, scales included (NVFP4 4.5 bits, MXFP4 4.25, INT4 AWQ 4.16) and which "
                        + "tensor-core precision runs them.");
        formatChoice(kvFormat, "kv-format", "KV-cache format", FormatUse.KV,
                "How the attention cache is stored: FP8 halves BF16's bytes per token, doubling concurrency.");
        control("gpus", "GPUs per replica", "GPUs", 1, 8, false, true, 0,
                "Tensor-parallel degree: weights and KV split across the GPUs, which all-reduce twice per layer "
                        + "over the scale-up link.",
                r -> r.config().gpus(), (spec, v) -> spec.withGpusPerReplica((int) v == 1 ? null : (int) v),
                spec -> 1);

        getChildren().add(section("Serving"));
        batch = control("batch", "Batch size", "sequences", 1, 1024, true, true, 0,
                "Sequences decoding together on a replica, up to what the KV budget holds. Larger batches raise "
                        + "tok/s/GPU and lower tok/s/user. Reset picks the largest batch meeting the target.",
                r -> r.config().batch(), (spec, v) -> spec.withServing(serving(spec).withBatch((int) v)),
                spec -> targetBatch());
        control("alpha", "Acceptance rate α", "", 0, 0.95, false, false, 2,
                "Per-token probability that a draft token is accepted. Expected tokens per step: "
                        + "(1 − α^(k+1)) / (1 − α). MTP at α 0.9 gives 1.9.",
                r -> r.config().acceptanceRate(),
                (spec, v) -> spec.withServing(serving(spec).withSpeculation(serving(spec).draftTokens(), v)),
                spec -> Serving.DEFAULTS.acceptanceRate());
        control("draft", "Draft tokens k", "tokens", 0, 7, false, true, 0,
                "Draft tokens verified per step (0 = no speculative decoding). Verifying costs (k+1)× the "
                        + "compute, so the gain fades once the step is compute-bound.",
                r -> r.config().draftTokens(),
                (spec, v) -> spec.withServing(serving(spec).withSpeculation((int) v, serving(spec).acceptanceRate())),
                spec -> Serving.DEFAULTS.draftTokens());
        control("bw-efficiency", "Bandwidth efficiency", "of peak", 0.05, 1, false, false, 2,
                "Achieved fraction of HBM bandwidth in decode and attention kernels. Default 0.80 puts B200 NVFP4 "
                        + "Llama 70B at ~7 ms of weight streaming per token against its 5.55 ms floor.",
                r -> r.config().bandwidthEfficiency(),
                (spec, v) -> spec.withServing(serving(spec).withEfficiency(v, serving(spec).computeEfficiency())),
                spec -> Serving.DEFAULTS.bandwidthEfficiency());
        control("compute-efficiency", "Compute efficiency", "of peak", 0.05, 1, false, false, 2,
                "Achieved fraction of dense peak FLOP/s at the weights' precision (linear layers). Defaults from "
                        + "measured serving: FP4 0.36, FP8 and BF16 0.53 (model/MODEL.md).",
                r -> r.config().computeEfficiency(),
                (spec, v) -> spec.withServing(serving(spec).withEfficiency(serving(spec).bandwidthEfficiency(), v)),
                spec -> Efficiencies.DEFAULTS.compute(vm.selectedResolved().config().computePrecision()));

        getChildren().add(section("Price"));
        control("price-on-demand", "GPU price, on-demand", "$/h", 0, 20, false, false, 2,
                "Rental price per GPU-hour on demand. Defaults to the system's price sheet.",
                r -> r.onDemandPerHour() == null ? 0 : r.onDemandPerHour(),
                (spec, v) -> spec.withPrice(pricing(spec).withOnDemand(v)),
                spec -> inputs.sheetPrice(spec).map(GpuPrice::onDemandPerHour).orElse(0.0));
        control("price-spot", "GPU price, spot", "$/h", 0, 20, false, false, 2,
                "Interruptible (spot) price per GPU-hour. Defaults to the system's price sheet.",
                r -> r.spotPerHour() == null ? 0 : r.spotPerHour(),
                (spec, v) -> spec.withPrice(pricing(spec).withSpot(v)),
                spec -> inputs.sheetPrice(spec).map(p -> p.spotPerHour() == null ? 0 : p.spotPerHour()).orElse(0.0));

        getChildren().add(section("Workload (all systems)"));
        workload("input", "Input tokens", "tokens", 16, 131_072, true, 0,
                "Prompt tokens per request: prefill compute, and KV the sequence holds.", w -> w.inputTokens(),
                (w, v) -> new Workload((int) v, w.outputTokens(), w.requestsPerSec(), w.peakToAverage(),
                        w.targetTokensPerSecPerUser()));
        workload("output", "Output tokens", "tokens", 16, 65_536, true, 0,
                "Generated tokens per request.", w -> w.outputTokens(),
                (w, v) -> new Workload(w.inputTokens(), (int) v, w.requestsPerSec(), w.peakToAverage(),
                        w.targetTokensPerSecPerUser()));
        workload("rate", "Request rate", "req/s", 0.01, 10_000, false, 2,
                "Average requests per second the fleet serves (provisioned for the peak).", Workload::requestsPerSec,
                (w, v) -> new Workload(w.inputTokens(), w.outputTokens(), v, w.peakToAverage(),
                        w.targetTokensPerSecPerUser()));
        workload("target", "Target interactivity", "tok/s/user", 1, 500, false, 0,
                "The per-user decode speed every user must see. Costs and fleets are taken at the largest batch "
                        + "that still meets it.", Workload::targetTokensPerSecPerUser,
                (w, v) -> w.withTarget(v));

        for (ValueControl c : controls) {
            c.setOnCommitted(this::committed);
            c.focusedProperty().addListener((o, was, is) -> lastTouched = c);
            c.slider().focusedProperty().addListener((o, was, is) -> lastTouched = is ? c : lastTouched);
            c.field().focusedProperty().addListener((o, was, is) -> lastTouched = is ? c : lastTouched);
        }
        lastTouched = bandwidth;
        vm.scenarioProperty().addListener((o, was, is) -> refresh());
        // the batch range is the selected system's KV limit: it changes with the results and with the selection
        vm.selectedProperty().addListener((o, was, is) -> {
            updateBatchRange();
            refresh();
        });
        vm.resultsProperty().addListener((o, was, is) -> updateBatchRange());
        refresh();
        updateBatchRange();
    }

    private void committed(ValueControl c) {
        lastTouched = c;
        onCommitted.accept(c);
    }

    /** Listens to every user change of a control (the presenter's large readout). */
    public void setOnCommitted(java.util.function.Consumer<ValueControl> listener) {
        onCommitted = listener;
    }

    /** The control the user last focused or changed: what + and − move. */
    public ValueControl lastTouched() {
        return lastTouched;
    }

    /** The scenario the workload controls reset to (set when a file or preset is opened). */
    public void setOpened(Scenario scenario) {
        this.opened = scenario;
        refresh();
    }

    private ValueControl control(String id, String name, String unit, double min, double max, boolean log,
            boolean integer, int decimals, String help, ToDoubleFunction<ResolvedSystem> read,
            SpecEdit write, ToDoubleFunction<SystemSpec> defaultValue) {
        ValueControl c = new ValueControl("control-" + id, name, unit, min, max, log, integer, decimals, help);
        c.bind(() -> read.applyAsDouble(vm.selectedResolved()),
                v -> vm.editSystem(c.getId(), spec -> write.apply(spec, v)),
                () -> defaultValue.applyAsDouble(vm.selectedSystem()), vm::reportProblem);
        controls.add(c);
        getChildren().add(c);
        return c;
    }

    private void workload(String id, String name, String unit, double min, double max, boolean log, int decimals,
            String help, ToDoubleFunction<Workload> read, WorkloadEdit write) {
        ValueControl c = new ValueControl("control-" + id, name, unit, min, max, log, decimals == 0 && log,
                decimals, help);
        DoubleSupplier fromOpened = () -> read.applyAsDouble(opened.workload());
        c.bind(() -> read.applyAsDouble(vm.scenario().workload()),
                v -> vm.edit(c.getId(), s -> s.withWorkload(write.apply(s.workload(), v))), fromOpened,
                vm::reportProblem);
        controls.add(c);
        getChildren().add(c);
    }

    private void formatChoice(ComboBox<NumberFormat> box, String id, String name, FormatUse use, String help) {
        Label label = new Label(name);
        label.getStyleClass().add("control-name");
        box.setId("control-" + id);
        box.getItems().setAll(vm.catalog().formats(use));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NumberFormat f) {
                return f == null ? "" : f.name() + " · " + Formats.fixed(f.bitsPerValue(), 2) + " bits";
            }

            @Override
            public NumberFormat fromString(String s) {
                return null;
            }
        });
        box.setTooltip(new Tooltip(help));
        Tooltip.install(label, new Tooltip(help));
        box.valueProperty().addListener((o, was, is) -> {
            if (!refreshing && is != null) {
                vm.editSystem(spec -> use == FormatUse.WEIGHTS ? spec.withFormats(is.id(), spec.kvFormat())
                        : spec.withFormats(spec.weightFormat(), is.id()));
            }
        });
        getChildren().add(new VBox(4, label, box));
    }

    private void refresh() {
        refreshing = true;
        try {
            SystemSpec spec = vm.selectedSystem();
            weightFormat.setValue(vm.catalog().format(spec.weightFormat()).orElse(null));
            kvFormat.setValue(vm.catalog().format(spec.kvFormat()).orElse(null));
            bandwidth.setNote("catalog: " + Formats.fixed(inputs.catalogAccelerator(spec).memoryBandwidthTBps(), 2)
                    + " TB/s (" + inputs.catalogAccelerator(spec).name() + ")");
            controls.forEach(ValueControl::refresh);
        } finally {
            refreshing = false;
        }
    }

    /** The batch slider runs from 1 to what the selected system's KV budget holds. */
    private void updateBatchRange() {
        var results = vm.results();
        if (results == null) {
            return;
        }
        int index = Math.min(vm.selectedProperty().get(), results.systems().size() - 1);
        SystemResults r = results.systems().get(index).physics();
        int max = Math.max(1, r.memory().maxBatch());
        if (max != (int) batch.max()) {
            batch.setRange(1, max);
        }
        batch.setNote(r.fits() ? "KV limit: " + Formats.fixed(max, 0) + " sequences of "
                + Formats.fixed(vm.scenario().workload().sequenceTokens(), 0) + " tokens" : r.verdict());
    }

    private double targetBatch() {
        var results = vm.results();
        int index = Math.min(vm.selectedProperty().get(), results.systems().size() - 1);
        return results.systems().get(index).physics().atTarget().map(p -> (double) p.batch()).orElse(1.0);
    }

    private static Serving serving(SystemSpec spec) {
        return spec.servingOrNone();
    }

    private static GpuPricing pricing(SystemSpec spec) {
        return spec.price() == null ? new GpuPricing(null, null, null, null, null) : spec.price();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    public List<ValueControl> controls() {
        return List.copyOf(controls);
    }

    public ValueControl control(String id) {
        return controls.stream().filter(c -> c.getId().equals("control-" + id)).findFirst().orElseThrow();
    }

    @FunctionalInterface
    interface SpecEdit {
        SystemSpec apply(SystemSpec spec, double value);
    }

    @FunctionalInterface
    interface WorkloadEdit {
        Workload apply(Workload workload, double value);
    }

}
