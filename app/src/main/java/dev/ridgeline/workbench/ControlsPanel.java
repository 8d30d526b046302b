package dev.ridgeline.workbench;

import dev.ridgeline.charts.Formats;
import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.ParallelismSpec;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.Step;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.ComboBox;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The left pane: the selected system's inputs, then the workload's. Every control edits through the view model.
 * The expert serving inputs (engine caps, efficiencies, overheads) sit in a collapsed "Advanced serving" section.
 */
public final class ControlsPanel extends VBox {
    private final WorkbenchViewModel vm;
    private final SystemInputs inputs;
    private final List<ValueControl> controls = new ArrayList<>();
    private final ComboBox<NumberFormat> weightFormat = new ComboBox<>();
    private final ComboBox<NumberFormat> kvFormat = new ComboBox<>();
    private final ComboBox<EngineLimits> engine = new ComboBox<>();
    private final javafx.scene.control.CheckBox split = new javafx.scene.control.CheckBox(
            "Split prefill and decode (xPyD)");
    private final ComboBox<String> prefillAccelerator = new ComboBox<>();
    private ValueControl prefillGpus;
    private ValueControl linkGBps;
    private final Label gpusPerReplica = new Label();
    private final TitledPane advanced;
    private final ValueControl bandwidth;
    private final ValueControl batch;
    private final ValueControl ep;
    private final ValueControl dp;
    private final ValueControl computeEfficiency;
    private final ValueControl attentionEfficiency;
    /** Where {@link #control} and {@link #formatChoice} put what they build: the pane, or the advanced section. */
    private Pane into = this;
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
        control("tp", "Tensor parallel (TP)", "GPUs", 1, Parallelism.MAX_GPUS, true, true, 0,
                "Tensor-parallel degree: attention and dense layers split across TP GPUs, which all-reduce twice "
                        + "per layer over the scale-up link. GPUs per replica = TP × DP.",
                r -> r.config().parallelism().tp(),
                (spec, v) -> withParallelism(spec, p -> new Parallelism((int) v, p.ep(), p.dp())),
                spec -> 1).setResetSource(() -> "the default");
        ep = control("ep", "Expert parallel (EP)", "GPUs", 1, Parallelism.MAX_GPUS, true, true, 0,
                "MoE only. Expert-parallel degree: the routed experts spread over EP of the replica's GPUs, which "
                        + "send each token to its experts and back (an all-to-all dispatch and combine per MoE "
                        + "layer). At most TP × DP and at most the model's routed experts; 1 = experts split by TP.",
                r -> r.config().parallelism().ep(),
                (spec, v) -> withParallelism(spec, p -> new Parallelism(p.tp(), (int) v, p.dp())),
                spec -> 1);
        ep.setResetSource(() -> "the default");
        dp = control("dp", "Data parallel (DP)", "groups", 1, Parallelism.MAX_GPUS, true, true, 0,
                "MoE only. Data-parallel attention groups: attention and dense layers are copied DP times, each "
                        + "group with its own sequences and KV cache, while the experts stay shared over all TP × DP "
                        + "GPUs. GPUs per replica = TP × DP. A dense model scales with more replicas instead.",
                r -> r.config().parallelism().dp(),
                (spec, v) -> withParallelism(spec, p -> new Parallelism(p.tp(), p.ep(), (int) v)),
                spec -> 1);
        dp.setResetSource(() -> "the default");
        gpusPerReplica.setId("gpus-per-replica");
        gpusPerReplica.getStyleClass().add("control-name");
        gpusPerReplica.setTooltip(new Tooltip("One replica holds one copy of the model on TP × DP GPUs; its "
                + "throughput, memory and cost count all of them."));
        getChildren().add(gpusPerReplica);

        getChildren().add(section("Serving"));
        batch = control("batch", "Batch size", "sequences", 1, 1024, true, true, 0,
                "Sequences decoding together on a replica, up to what the KV budget holds and the engine admits. "
                        + "Larger batches raise output tok/s/GPU and lower tok/s/user. Reset picks the largest "
                        + "batch meeting the target.",
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

        disaggregation();

        VBox expert = new VBox(14);
        expert.setId("advanced-serving-content");
        expert.setPadding(new Insets(10, 2, 10, 2));
        into = expert;
        engineChoice();
        control("max-batch", "Max batch", "sequences", 1, 65_536, true, true, 0,
                "The engine's cap on sequences in flight per replica (trtllm-bench max_batch_size, vLLM "
                        + "max-num-seqs). The frontier runs to the smaller of this and what the KV budget holds.",
                r -> r.config().engine().maxBatch(),
                (spec, v) -> spec.withServing(serving(spec).withEngine(serving(spec).engine(),
                        orNullIf((int) v, preset(spec).maxBatch()), serving(spec).maxTokensPerStep())),
                spec -> preset(spec).maxBatch()).setResetSource(() -> preset(vm.selectedSystem()).name() + "'s cap");
        control("max-tokens", "Max tokens per step", "tokens", 64, 1_048_576, true, true, 0,
                "The engine's token budget per step: decode tokens plus prompt chunks (trtllm-bench "
                        + "max_num_tokens, vLLM max-num-batched-tokens). Prompts are prefilled in chunks under it; "
                        + "when the batch's decode tokens and prompts need more, fewer sequences decode at once.",
                r -> r.config().engine().maxTokensPerStep(),
                (spec, v) -> spec.withServing(serving(spec).withEngine(serving(spec).engine(),
                        serving(spec).maxBatch(), orNullIf((int) v, preset(spec).maxTokensPerStep()))),
                spec -> preset(spec).maxTokensPerStep())
                .setResetSource(() -> preset(vm.selectedSystem()).name() + "'s cap");
        control("bw-efficiency", "Bandwidth efficiency", "of peak", 0.05, 1, false, false, 2,
                "Achieved fraction of HBM bandwidth in decode GEMV and paged-attention kernels. Default "
                        + Formats.fixed(Efficiencies.DEFAULTS.bandwidth(), 2) + " (model/MODEL.md): decode kernels "
                        + "reach ~80 % of HBM bandwidth.",
                r -> r.config().bandwidthEfficiency(),
                (spec, v) -> spec.withServing(serving(spec).withEfficiency(v, serving(spec).computeEfficiency())),
                spec -> unset(spec).efficiencies().bandwidth()).setResetSource(this::resetSource);
        computeEfficiency = control("compute-efficiency", "Compute efficiency", "of peak", 0.05, 1, false, false, 2,
                "", r -> r.config().computeEfficiency(),
                (spec, v) -> spec.withServing(serving(spec).withEfficiency(serving(spec).bandwidthEfficiency(), v)),
                spec -> unset(spec).computeEfficiency());
        computeEfficiency.setResetSource(this::resetSource);
        attentionEfficiency = control("attention-efficiency", "Attention efficiency", "of peak", 0.05, 1, false,
                false, 2, "", r -> r.config().efficiencies().compute(Step.attentionPrecision(r.config())),
                (spec, v) -> withAttentionEfficiency(spec, v),
                spec -> {
                    SystemConfig c = unset(spec);
                    return c.efficiencies().compute(Step.attentionPrecision(c));
                });
        attentionEfficiency.setResetSource(this::resetSource);
        control("step-overhead", "Step overhead", "ms", 0, 10, false, false, 2,
                "Fixed time per step outside the kernels: launch, scheduling, sampling set-up. Default "
                        + Formats.fixed(Serving.DEFAULTS.stepOverheadMs(), 1) + " ms, picked on the measured "
                        + "TensorRT-LLM rows (model/MODEL.md); a calibration profile may refit it.",
                r -> r.config().overheads().stepFixedMs(),
                (spec, v) -> spec.withServing(serving(spec).withOverheads(v, serving(spec).perSequenceOverheadUs())),
                spec -> unset(spec).overheads().stepFixedMs()).setResetSource(this::resetSource);
        control("sequence-overhead", "Per-sequence overhead", "µs", 0, 50, false, false, 1,
                "Host time per sequence in each step (sampling, detokenising, bookkeeping), split over DP groups: "
                        + "it grows with the batch and shows at batches in the thousands. Default "
                        + Formats.fixed(Serving.DEFAULTS.perSequenceOverheadUs(), 1) + " µs, picked on the measured "
                        + "TensorRT-LLM rows (model/MODEL.md); a calibration profile may refit it.",
                r -> r.config().overheads().perSequenceUs(),
                (spec, v) -> spec.withServing(serving(spec).withOverheads(serving(spec).stepOverheadMs(), v)),
                spec -> unset(spec).overheads().perSequenceUs()).setResetSource(this::resetSource);
        into = this;
        advanced = new TitledPane("Advanced serving", expert);
        advanced.setId("advanced-serving");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        advanced.setTooltip(new Tooltip("Engine caps, efficiencies and overheads: the model's calibration, "
                + "for experts. Collapsed, every value stays as set."));
        getChildren().add(advanced);

        getChildren().add(section("Price"));
        control("price-on-demand", "GPU price, on-demand", "$/h", 0, 20, false, false, 2,
                "Rental price per GPU-hour on demand. Defaults to the system's price sheet.",
                r -> r.onDemandPerHour() == null ? 0 : r.onDemandPerHour(),
                (spec, v) -> spec.withPrice(pricing(spec).withOnDemand(v)),
                spec -> inputs.sheetPrice(spec).map(GpuPrice::onDemandPerHour).orElse(0.0))
                .setResetSource(() -> "the price sheet's");
        control("price-spot", "GPU price, spot", "$/h", 0, 20, false, false, 2,
                "Interruptible (spot) price per GPU-hour. Defaults to the system's price sheet.",
                r -> r.spotPerHour() == null ? 0 : r.spotPerHour(),
                (spec, v) -> spec.withPrice(pricing(spec).withSpot(v)),
                spec -> inputs.sheetPrice(spec).map(p -> p.spotPerHour() == null ? 0 : p.spotPerHour()).orElse(0.0))
                .setResetSource(() -> "the price sheet's");

        getChildren().add(section("Workload (all systems)"));
        workload("input", "Input tokens", "tokens", 16, 131_072, true, 0,
                "Prompt tokens per request: prefill compute, and KV the sequence holds.", w -> w.inputTokens(),
                (w, v) -> new Workload((int) v, w.outputTokens(), w.requestsPerSec(), w.peakToAverage(),
                        w.targetTokensPerSecPerUser(), w.prefixHitRate(),
                        w.sharedPrefixTokens() == null ? null : Math.min(w.sharedPrefixTokens(), (int) v),
                        w.targetTtftMs(), w.targetTpotMs()));
        workload("output", "Output tokens", "tokens", 16, 65_536, true, 0,
                "Generated tokens per request.", w -> w.outputTokens(),
                (w, v) -> new Workload(w.inputTokens(), (int) v, w.requestsPerSec(), w.peakToAverage(),
                        w.targetTokensPerSecPerUser(), w.prefixHitRate(), w.sharedPrefixTokens(), w.targetTtftMs(),
                        w.targetTpotMs()));
        workload("rate", "Request rate", "req/s", 0.01, 10_000, false, 2,
                "Average requests per second the fleet serves (provisioned for the peak).", Workload::requestsPerSec,
                (w, v) -> w.withRequestsPerSec(v));
        workload("target", "Target interactivity", "tok/s/user", 1, 500, false, 0,
                "The per-user decode speed every user must see. Costs and fleets are taken at the largest batch "
                        + "that still meets it.", Workload::targetTokensPerSecPerUser,
                (w, v) -> w.withTarget(v));
        // issue 14: prefix caching and latency targets (0 = none)
        workload("prefix-hit", "Prefix cache hit rate", "%", 0, 95, false, 0,
                "Share of prompt tokens served from a cached prefix: their prefill is skipped, and the shared "
                        + "prefix is held in KV once per replica.", w -> w.hitRate() * 100,
                (w, v) -> w.withPrefixCache(v == 0 ? null : v / 100, w.sharedPrefixTokens()));
        workload("prefix-tokens", "Shared prefix", "tokens", 0, 131_072, false, 0,
                "Tokens of the shared prefix (system prompt, documents) the cache holds once per replica; "
                        + "0 = the cached part of one prompt.", w -> w.sharedPrefixTokens() == null ? 0
                                : w.sharedPrefixTokens(),
                (w, v) -> w.withPrefixCache(w.prefixHitRate(), v == 0 ? null : (int) v));
        workload("ttft-target", "TTFT target (p90)", "ms", 0, 10_000, false, 0,
                "Time to first token the p90 request must see at the peak; 0 = none. Replicas are added until each "
                        + "one's prefill queue keeps it.", w -> w.targetTtftMs() == null ? 0 : w.targetTtftMs(),
                (w, v) -> w.withLatencyTargets(v == 0 ? null : v, w.targetTpotMs()));
        workload("tpot-target", "TPOT target", "ms", 0, 1_000, false, 1,
                "Time per output token after the first, (latency − TTFT) / (output − 1); 0 = none. Sets the "
                        + "interactivity when it asks for more than the target.", w -> w.targetTpotMs() == null ? 0
                                : w.targetTpotMs(),
                (w, v) -> w.withLatencyTargets(w.targetTtftMs(), v == 0 ? null : v));


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
        into.getChildren().add(c);
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
        c.setResetSource(() -> "the value as opened");
        controls.add(c);
        into.getChildren().add(c);
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
        // the closed box shows a short name that fits the column; the list and the hover text give the full one
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(NumberFormat f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? "" : shortName(f, box.getItems()) + " · "
                        + Formats.fixed(f.bitsPerValue(), 2) + " bits");
            }
        });
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        box.setTooltip(tip);
        Tooltip.install(label, new Tooltip(help));
        box.valueProperty().addListener((o, was, is) -> tip.setText(is == null ? help : is.name() + ". " + help));
        box.valueProperty().addListener((o, was, is) -> {
            if (!refreshing && is != null && !vm.editSystem(spec -> dev.ridgeline.scenario.SystemLabels.follow(
                    vm.catalog(), spec, use == FormatUse.WEIGHTS ? spec.withFormats(is.id(), spec.kvFormat())
                            : spec.withFormats(spec.weightFormat(), is.id())))) {
                refresh(); // refused: show what the system still has
            }
        });
        into.getChildren().add(new VBox(4, label, box));
    }

    /**
     * A format's name without its details: up to " (" or ", " ("NVFP4", "FP8 KV cache"). Where that leaves two
     * formats of the list alike, the last two words of the detail tell them apart ("FP8 E4M3, block scales").
     */
    static String shortName(NumberFormat format, List<NumberFormat> all) {
        String shortest = firstClause(format.name());
        boolean alike = all.stream().anyMatch(f -> f != format && firstClause(f.name()).equals(shortest)
                && f.name().length() < format.name().length());
        if (!alike) {
            return shortest;
        }
        String[] words = format.name().substring(shortest.length()).replaceAll("[(),]", " ").trim().split("\\s+");
        return shortest + ", " + String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 2),
                words.length));
    }

    private static String firstClause(String name) {
        int cut = name.length();
        for (String separator : new String[] {" (", ", "}) {
            int at = name.indexOf(separator);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }

    /**
     * Disaggregated serving (issue 14): the selected system splits into a prefill pool (its own accelerator and GPUs
     * per replica) and a decode pool (the system), the KV cache crossing a link between them. Off: one pool.
     */
    private void disaggregation() {
        into.getChildren().add(section("Disaggregated serving"));
        split.setId("control-disaggregation");
        split.setWrapText(true);
        split.setTooltip(new Tooltip("Serve prompts on a prefill pool and tokens on a decode pool (DistServe, "
                + "Splitwise; NVIDIA Dynamo, llm-d). The decode pool runs no mixed steps; each request's KV cache "
                + "crosses the link, adding its transfer to TTFT. The pools are rate-matched to the workload's peak, "
                + "and the card, cost and latency charts show them. Off: one pool serves both phases."));
        split.selectedProperty().addListener((o, was, is) -> {
            if (!refreshing && !vm.editSystem("control-disaggregation", spec -> spec.withDisaggregation(
                    is ? new dev.ridgeline.scenario.Disaggregation(null, null, null) : null))) {
                refresh();
            }
        });
        Label label = new Label("Prefill accelerator");
        label.getStyleClass().add("control-name");
        prefillAccelerator.setId("control-prefill-accelerator");
        prefillAccelerator.setMaxWidth(Double.MAX_VALUE);
        prefillAccelerator.getItems().setAll(vm.catalog().accelerators().stream()
                .map(dev.ridgeline.hardware.Accelerator::id).toList());
        prefillAccelerator.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.catalog().accelerator(id).map(a -> a.name()).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        prefillAccelerator.setTooltip(new Tooltip("The prefill pool's accelerator, priced from the "
                + "system's price sheet; the decode pool is the system's own."));
        Tooltip.install(label, prefillAccelerator.getTooltip());
        prefillAccelerator.valueProperty().addListener((o, was, is) -> {
            if (!refreshing && is != null && vm.selectedSystem().disaggregation() != null
                    && !vm.editSystem("control-prefill-accelerator", spec -> spec.withDisaggregation(
                            new dev.ridgeline.scenario.Disaggregation(is.equals(spec.accelerator()) ? null : is,
                                    spec.disaggregation().prefillGpusPerReplica(),
                                    spec.disaggregation().linkGBps())))) {
                refresh();
            }
        });
        into.getChildren().addAll(split, new VBox(4, label, prefillAccelerator));
        prefillGpus = control("prefill-gpus", "Prefill GPUs per replica", "GPUs", 1, 72, true, true, 0,
                "GPUs per prefill replica (tensor parallel). The prefill pool holds whole replicas, enough for the "
                        + "peak's prompts (and the TTFT target, if set).",
                r -> r.spec().disaggregation() == null || r.spec().disaggregation().prefillGpusPerReplica() == null
                        ? r.config().gpus() : r.spec().disaggregation().prefillGpusPerReplica(),
                (spec, v) -> spec.disaggregation() == null ? spec : spec.withDisaggregation(
                        new dev.ridgeline.scenario.Disaggregation(spec.disaggregation().prefillAccelerator(),
                                (int) v, spec.disaggregation().linkGBps())),
                spec -> vm.selectedResolved().config().gpus());
        prefillGpus.setResetSource(() -> "the decode replica's");
        linkGBps = control("link-gbps", "KV link bandwidth", "GB/s", 1, 2000, true, false, 0,
                "Bandwidth one request's KV cache crosses from prefill to decode. Default "
                        + Formats.fixed(dev.ridgeline.scenario.Disaggregation.DEFAULT_LINK_GBPS, 0) + " GB/s: one "
                        + "400 Gb/s NIC per GPU across nodes; inside one NVLink domain, 900 (H100) or 1,800 (B200).",
                r -> r.spec().disaggregation() == null ? dev.ridgeline.scenario.Disaggregation.DEFAULT_LINK_GBPS
                        : r.spec().disaggregation().linkGBpsOrDefault(),
                (spec, v) -> spec.disaggregation() == null ? spec : spec.withDisaggregation(
                        new dev.ridgeline.scenario.Disaggregation(spec.disaggregation().prefillAccelerator(),
                                spec.disaggregation().prefillGpusPerReplica(), v)),
                spec -> dev.ridgeline.scenario.Disaggregation.DEFAULT_LINK_GBPS);
        linkGBps.setResetSource(() -> "the default across nodes");
    }

    private void refreshDisaggregation(SystemSpec spec) {
        boolean on = spec.disaggregation() != null;
        split.setSelected(on);
        prefillAccelerator.setDisable(!on);
        prefillAccelerator.setValue(on && spec.disaggregation().prefillAccelerator() != null
                ? spec.disaggregation().prefillAccelerator() : spec.accelerator());
        String off = on ? null : "turn on Split prefill and decode to set the pools";
        prefillGpus.setLocked(off);
        linkGBps.setLocked(off);
    }

    /** The engine preset: its caps on sequences and tokens per step. Choosing one resets the caps to its own. */
    private void engineChoice() {
        Label label = new Label("Engine");
        label.getStyleClass().add("control-name");
        engine.setId("control-engine");
        engine.getItems().setAll(EngineLimits.PRESETS);
        engine.setMaxWidth(Double.MAX_VALUE);
        engine.setConverter(new StringConverter<>() {
            @Override
            public String toString(EngineLimits e) {
                return e == null ? "" : e.name() + " · " + Formats.fixed(e.maxBatch(), 0) + " seq · "
                        + Formats.fixed(e.maxTokensPerStep(), 0) + " tok/step";
            }

            @Override
            public EngineLimits fromString(String s) {
                return null;
            }
        });
        // the closed box shows the name; its caps are the two controls below it
        engine.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EngineLimits e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : e.name());
            }
        });
        StringBuilder help = new StringBuilder("The serving engine's scheduler caps: sequences in flight and tokens "
                + "per step (decode plus prefill chunks).");
        for (EngineLimits e : EngineLimits.PRESETS) {
            help.append(' ').append(e.name()).append(": ").append(Formats.fixed(e.maxBatch(), 0))
                    .append(" sequences, ").append(Formats.fixed(e.maxTokensPerStep(), 0)).append(" tokens.");
        }
        help.append(" The measured TensorRT-LLM rows used trtllm-bench's caps. Choosing an engine resets Max batch "
                + "and Max tokens per step to its values.");
        Tooltip tip = new Tooltip(help.toString());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(Duration.seconds(30));
        engine.setTooltip(tip);
        Tooltip.install(label, tip);
        engine.valueProperty().addListener((o, was, is) -> {
            if (!refreshing && is != null && !vm.editSystem("control-engine",
                    spec -> spec.withServing(serving(spec).withEngine(is.id(), null, null)))) {
                refresh();
            }
        });
        into.getChildren().add(new VBox(4, label, engine));
    }

    private void refresh() {
        refreshing = true;
        try {
            SystemSpec spec = vm.selectedSystem();
            weightFormat.setValue(vm.catalog().format(spec.weightFormat()).orElse(null));
            kvFormat.setValue(vm.catalog().format(spec.kvFormat()).orElse(null));
            engine.setValue(preset(spec));
            refreshDisaggregation(spec);
            SystemConfig config = vm.selectedResolved().config();
            refreshParallelism(config);
            refreshEfficiencies(config);
            bandwidth.setNote("catalog: " + Formats.fixed(inputs.catalogAccelerator(spec).memoryBandwidthTBps(), 2)
                    + " TB/s (" + inputs.catalogAccelerator(spec).name() + ")");
            controls.forEach(ValueControl::refresh);
        } finally {
            refreshing = false;
        }
    }

    /** EP and DP split experts: for a dense model they stay 1, and say why. GPUs per replica = TP × DP. */
    private void refreshParallelism(SystemConfig config) {
        Parallelism p = config.parallelism();
        String model = config.model().name();
        boolean dense = !config.model().isMoe();
        ep.setLocked(dense ? "MoE only: " + model + " is dense, with no experts to split" : null);
        dp.setLocked(dense ? "MoE only: for dense " + model + ", add replicas instead" : null);
        ep.setNote(dense ? ep.note() : "up to " + Formats.fixed(Math.min(p.gpus(),
                config.model().moe().routedExperts()), 0) + " (TP × DP = " + Formats.count(p.gpus(), "GPU") + ", "
                + config.model().moe().routedExperts() + " routed experts)");
        gpusPerReplica.setText("GPUs per replica: " + p.gpus() + (p.dp() > 1 ? " = TP " + p.tp() + " × DP " + p.dp()
                : p.gpus() > 1 ? " (TP " + p.tp() + ")" : ""));
    }

    /**
     * The compute-efficiency sliders name their precision: the weights' (linear layers) and attention's (FP8 with
     * an FP8 cache on a part with FP8, else BF16). When both are the same precision one slider sets both.
     */
    private void refreshEfficiencies(SystemConfig config) {
        Precision linear = config.computePrecision();
        Precision attention = Step.attentionPrecision(config);
        computeEfficiency.setName("Compute efficiency (" + linear + ")");
        computeEfficiency.setHelp("Achieved fraction of dense peak FLOP/s in the linear layers, at the weights' "
                + "compute precision, " + linear + " here. Defaults derived from the measured TensorRT-LLM rows "
                + "(model/MODEL.md, Efficiency defaults): " + defaults() + ".");
        attentionEfficiency.setName("Attention efficiency (" + attention + ")");
        attentionEfficiency.setHelp("Achieved fraction of dense peak FLOP/s in attention, which runs at FP8 with an "
                + "FP8 KV cache on a part with FP8, else at BF16 (never FP4): " + attention + " here. Defaults "
                + "derived from the measured TensorRT-LLM rows (model/MODEL.md; BF16 takes FP8's figure): "
                + defaults() + ".");
        attentionEfficiency.setLocked(attention == linear ? "attention runs at " + attention
                + " too: Compute efficiency (" + linear + ") sets both" : null);
    }

    private static String defaults() {
        StringBuilder s = new StringBuilder();
        for (Precision p : Precision.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(p).append(' ')
                    .append(Formats.fixed(Efficiencies.DEFAULTS.compute(p), 2));
        }
        return s.toString();
    }

    /** The batch slider runs from 1 to the largest batch admitted: the KV budget's and the engine's cap. */
    private void updateBatchRange() {
        var results = vm.results();
        if (results == null) {
            return;
        }
        int index = Math.min(vm.selectedProperty().get(), results.systems().size() - 1);
        SystemResults r = results.systems().get(index).physics();
        int kv = r.memory().maxBatch();
        int max = Math.max(1, ServingModel.maxBatch(r.config(), r.memory()));
        if (max != (int) batch.max()) {
            batch.setRange(1, max);
        }
        String tokens = " sequences of " + Formats.fixed(vm.scenario().workload().sequenceTokens(), 0) + " tokens";
        batch.setNote(!r.fits() ? r.verdict() : kv <= max ? "KV limit: " + Formats.fixed(kv, 0) + tokens
                : "engine cap: " + Formats.fixed(max, 0) + " sequences (KV holds " + Formats.fixed(kv, 0) + ")");
    }

    /** The system with none of its own efficiencies or overheads: the calibrated (or default) values a reset restores. */
    private SystemConfig unset(SystemSpec spec) {
        return ScenarioResolver.withoutOwnEfficiencies(vm.scenario(), spec, vm.catalog());
    }

    private String resetSource() {
        return vm.scenario().calibrationOrDefault().calibrated() ? "the calibration (or the default)" : "the default";
    }

    private double targetBatch() {
        var results = vm.results();
        int index = Math.min(vm.selectedProperty().get(), results.systems().size() - 1);
        return results.systems().get(index).physics().atTarget().map(p -> (double) p.batch()).orElse(1.0);
    }

    private static Serving serving(SystemSpec spec) {
        return spec.servingOrNone();
    }

    /** The system's engine preset (its caps before any edit). */
    private static EngineLimits preset(SystemSpec spec) {
        return EngineLimits.preset(serving(spec).engineOrDefault()).orElse(EngineLimits.DEFAULT);
    }

    /** A cap equal to the preset's is not stored: the file keeps only what the user changed. */
    private static Integer orNullIf(int value, int preset) {
        return value == preset ? null : value;
    }

    /**
     * A parallelism edit. A dense system's all-tensor parallelism stays a plain GPU count (gpusPerReplica, as
     * files without parallelism write it); anything else is written as TP, EP and DP.
     */
    private static SystemSpec withParallelism(SystemSpec spec, java.util.function.UnaryOperator<Parallelism> change) {
        Parallelism p = change.apply(spec.parallelismOrTensor());
        if (spec.parallelism() == null && p.ep() == 1 && p.dp() == 1) {
            return spec.withGpusPerReplica(p.tp() == 1 ? null : p.tp());
        }
        return spec.withParallelism(ParallelismSpec.of(p));
    }

    /**
     * Writes the efficiency of the precision attention runs at on this system (each system's own, when the edit
     * applies to all): computeEfficiencyByPrecision.
     */
    private SystemSpec withAttentionEfficiency(SystemSpec spec, double value) {
        int index = vm.scenario().systems().indexOf(spec);
        SystemConfig config = (index < 0 ? vm.selectedResolved() : vm.resolved(index)).config();
        Map<Precision, Double> byPrecision = new EnumMap<>(Precision.class);
        if (serving(spec).computeEfficiencyByPrecision() != null) {
            byPrecision.putAll(serving(spec).computeEfficiencyByPrecision());
        }
        byPrecision.put(Step.attentionPrecision(config), value);
        return spec.withServing(serving(spec).withComputeEfficiencyByPrecision(byPrecision));
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
