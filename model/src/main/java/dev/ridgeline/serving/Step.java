package dev.ridgeline.serving;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.AttentionKind;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ParameterCount;
import dev.ridgeline.units.Units;

/**
 * The time of one step of a replica (model/MODEL.md §2, "Step"): phases summed, each on its own roofline.
 * <ul>
 * <li>linear layers: max(weights read / (bandwidth × η_bw), 2 × active params × tokens / (peak × η)) at the
 * weights' compute precision; MoE experts read are those the step's own tokens touch;</li>
 * <li>attention: max(KV read / (bandwidth × η_bw), attention FLOPs / (peak × η)) at BF16, or FP8 with an FP8
 * cache: never FP4;</li>
 * <li>sampling: FP32 logits of every verified token written and read once;</li>
 * <li>collectives: TP all-reduces (two per layer) and EP all-to-alls (dispatch and combine per MoE layer);</li>
 * <li>overhead: fixed per step plus per sequence;</li>
 * <li>drafting: k sequential draft passes, each draftCostRatio × the target's decode kernels plus its launch
 * and per-sequence cost.</li>
 * </ul>
 * No phase overlaps another: engines run GEMMs, attention and communication one after another.
 */
public final class Step {
    /** Cards with no scale-up link all-reduce over PCIe Gen4 x16: 64 GB/s bidirectional. */
    static final double PCIE_FALLBACK_GBPS = 64;
    /** Activations cross the link in BF16. */
    static final double ACTIVATION_BYTES = 2;
    /** Logits are FP32, written by the lm_head and read by the sampler. */
    static final double LOGIT_BYTES = 4 * 2;

    private final SystemConfig s;
    private final int gpus;
    private final int tp;
    private final double bandwidth;
    private final double sharedWeightBytesPerGpu;
    private final double expertBytesPerTouchedExpert;
    private final double linearFlopsPerTokenPerGpu;
    private final double linearFlopsPerSecond;
    private final double attentionFlopsPerSecond;
    private final double kvCopiesPerGpu;
    private final double logitBytesPerTokenPerGpu;
    private final double fixedSeconds;
    private final double perSequenceSecondsPerDpGroup;
    private final double draftPassSeconds;
    // collectives are linear in the step's tokens: fixed latency plus bytes
    private final double communicationFixed;
    private final double communicationPerToken;
    private final boolean moe;
    private final double routedExperts;
    private final double missProbability;
    // KV bytes of a sequence: context × kvPerToken + sliding × min(context, window) + state
    private final double kvPerToken;
    private final double kvSlidingPerToken;
    private final double window;
    private final double kvState;
    // attention FLOPs per token: context × full + min(context, window) × sliding + linear
    private final double attentionFull;
    private final double attentionSliding;
    private final double attentionLinear;

    /** The per-system constants of every step, computed once so a frontier sweep pays only per-shape work. */
    public Step(SystemConfig s) {
        this.s = s;
        LanguageModel m = s.model();
        ParameterCount p = m.parameters();
        Parallelism par = s.parallelism();
        gpus = par.gpus();
        tp = par.tp();
        bandwidth = s.bandwidthPerGpu() * s.efficiencies().bandwidth();
        // non-expert weights split TP ways (copied in each DP group); experts spread over all GPUs
        sharedWeightBytesPerGpu = Footprint.weightBytesRead(m, s.weightFormat(), 0) / tp;
        expertBytesPerTouchedExpert = p.moeLayers() * p.perExpert(m) * Footprint.bodyBytesPerParam(s.weightFormat())
                / gpus;
        linearFlopsPerTokenPerGpu = 2 * p.matmulActive(m) / gpus;
        Precision linear = s.computePrecision();
        linearFlopsPerSecond = s.accelerator().peakFlops(linear) * s.efficiencies().compute(linear);
        Precision attention = attentionPrecision(s);
        attentionFlopsPerSecond = s.accelerator().peakFlops(attention) * s.efficiencies().compute(attention);
        kvCopiesPerGpu = kvReplication(s) / gpus;
        logitBytesPerTokenPerGpu = (double) m.vocab() * LOGIT_BYTES / gpus;
        fixedSeconds = s.overheads().stepFixedMs() / 1e3;
        perSequenceSecondsPerDpGroup = s.overheads().perSequenceUs() / 1e6 / par.dp();
        draftPassSeconds = s.overheads().draftPassUs() / 1e6;
        double one = communicationSeconds(s, 1);
        communicationPerToken = communicationSeconds(s, 2) - one;
        communicationFixed = one - communicationPerToken;
        moe = m.isMoe();
        routedExperts = moe ? m.moe().routedExperts() : 0;
        missProbability = moe ? 1 - (double) m.moe().activeExperts() / m.moe().routedExperts() : 1;
        kvPerToken = KvCache.bytesPerToken(m, s.kvFormat());
        kvSlidingPerToken = m.slidingWindow() == null ? 0
                : m.slidingWindow().layers() * KvCache.bytesPerTokenPerLayer(m, s.kvFormat());
        window = m.slidingWindow() == null ? 0 : m.slidingWindow().window();
        kvState = KvCache.stateBytesPerSequence(m);
        double perLayer = m.attention().kind() == AttentionKind.MLA
                ? 2.0 * m.queryHeads() * (m.attention().qkNopeHeadDim() + m.attention().qkRopeHeadDim()
                        + m.attention().vHeadDim())
                : 4.0 * m.queryHeads() * m.headDim();
        attentionFull = m.fullContextLayers() * perLayer;
        attentionSliding = m.slidingWindow() == null ? 0 : m.slidingWindow().layers() * perLayer;
        attentionLinear = m.linearAttention() == null ? 0
                : 4.0 * m.linearAttention().layers() * m.linearAttention().valueHeads()
                        * m.linearAttention().headDim() * m.linearAttention().headDim();
    }

    /** One step of this system: a convenience for callers that time a single shape. */
    public static StepTime of(SystemConfig s, StepShape shape) {
        return new Step(s).time(shape);
    }

    public SystemConfig config() {
        return s;
    }

    public StepTime time(StepShape shape) {
        StepTime core = core(shape);
        if (shape.draftTokens() == 0 || shape.decodeSequences() == 0) {
            return core;
        }
        StepTime plain = core(StepShape.decode(shape.decodeSequences(), 0, shape.decodeContext()));
        double kernels = plain.linearSeconds() + plain.attentionSeconds();
        double onePass = s.draftCostRatio() * kernels + draftPassSeconds
                + perSequenceSecondsPerDpGroup * shape.decodeSequences();
        return new StepTime(core.bytesPerGpu(), core.weightBytesPerGpu(), core.flopsPerGpu(),
                core.linearMemorySeconds(), core.linearComputeSeconds(), core.attentionSeconds(),
                core.samplingSeconds(), core.communicationSeconds(), core.overheadSeconds(),
                shape.draftTokens() * onePass);
    }

    private StepTime core(StepShape shape) {
        double tokens = shape.tokens();
        double verified = shape.verifiedTokens();

        // Linear layers: the experts read are those this step's own tokens touch, E·(1 − (1 − a/E)^tokens).
        double touched = moe ? routedExperts * (1 - Math.pow(missProbability, tokens)) : 0;
        double weightBytesPerGpu = sharedWeightBytesPerGpu + touched * expertBytesPerTouchedExpert;
        double linearFlopsPerGpu = linearFlopsPerTokenPerGpu * tokens;
        double linearMemory = weightBytesPerGpu / bandwidth;
        double linearCompute = linearFlopsPerGpu / linearFlopsPerSecond;

        // Attention: each decoding sequence reads its cache; each prompt chunk reads its own earlier context.
        double kvBytesPerGpu = (shape.decodeSequences() * kvBytes(shape.decodeContext())
                + shape.prefillSequences() * kvBytes(shape.prefillContext())) * kvCopiesPerGpu;
        double attentionFlopsPerGpu = (verified * attentionFlops(shape.decodeContext())
                + shape.prefillTokens() * attentionFlops(shape.prefillContext())) / gpus;
        double attentionSeconds = Math.max(kvBytesPerGpu / bandwidth, attentionFlopsPerGpu / attentionFlopsPerSecond);

        double logitBytesPerGpu = verified * logitBytesPerTokenPerGpu;
        double sampling = logitBytesPerGpu / bandwidth;

        double overhead = fixedSeconds
                + perSequenceSecondsPerDpGroup * (shape.decodeSequences() + shape.prefillSequences());
        return new StepTime(weightBytesPerGpu + kvBytesPerGpu + logitBytesPerGpu, weightBytesPerGpu,
                linearFlopsPerGpu + attentionFlopsPerGpu, linearMemory, linearCompute, attentionSeconds, sampling,
                tokens == 0 ? 0 : communicationFixed + communicationPerToken * tokens, overhead, 0);
    }

    private double kvBytes(double context) {
        return context * kvPerToken + kvSlidingPerToken * Math.min(context, window) + kvState;
    }

    private double attentionFlops(double context) {
        return context * attentionFull + attentionSliding * Math.min(context, window) + attentionLinear;
    }

    /**
     * How many copies of each KV byte a replica holds: MLA's latent is not split by heads, so every TP rank keeps
     * it whole; GQA with fewer KV heads than TP ranks repeats heads.
     */
    public static double kvReplication(SystemConfig s) {
        int tp = s.parallelism().tp();
        if (s.model().attention().kind() == AttentionKind.MLA) {
            return tp;
        }
        return Math.max(1.0, (double) tp / s.model().kvHeads());
    }

    /** Attention runs at BF16, or at FP8 on a part with FP8 when the cache is 8-bit or narrower. */
    public static Precision attentionPrecision(SystemConfig s) {
        boolean narrowCache = s.kvFormat().bytesPerValue() <= 1.0;
        boolean fp8 = s.accelerator().supportedPrecision(Precision.FP8) == Precision.FP8;
        return narrowCache && fp8 ? Precision.FP8 : Precision.BF16;
    }

    /** Attention score and value FLOPs per token at a context: ≈ 4 × layers × heads × head dim × c (MODEL.md). */
    public static double attentionFlopsPerToken(LanguageModel m, double context) {
        double perLayerPerContextToken = m.attention().kind() == AttentionKind.MLA
                ? 2.0 * m.queryHeads() * (m.attention().qkNopeHeadDim() + m.attention().qkRopeHeadDim()
                        + m.attention().vHeadDim())
                : 4.0 * m.queryHeads() * m.headDim();
        double full = m.fullContextLayers() * perLayerPerContextToken * context;
        double sliding = m.slidingWindow() == null ? 0
                : m.slidingWindow().layers() * perLayerPerContextToken
                        * Math.min(context, m.slidingWindow().window());
        double linear = m.linearAttention() == null ? 0
                : 4.0 * m.linearAttention().layers() * m.linearAttention().valueHeads()
                        * m.linearAttention().headDim() * m.linearAttention().headDim();
        return full + sliding + linear;
    }

    /**
     * TP: two ring all-reduces per layer of each DP group's activations, 2(TP−1)/TP × size over one link
     * direction. EP: a dispatch and a combine per MoE layer, each token's hidden state to its active experts,
     * (EP−1)/EP of it off-GPU. MoE layers of a DP>1 replica without EP all-reduce over every GPU instead.
     */
    static double communicationSeconds(SystemConfig s, double tokens) {
        Parallelism par = s.parallelism();
        LanguageModel m = s.model();
        if (par.gpus() == 1 || tokens == 0) {
            return 0;
        }
        double linkGBps = s.accelerator().scaleUpGBps() > 0 ? s.accelerator().scaleUpGBps() : PCIE_FALLBACK_GBPS;
        double oneDirection = linkGBps / 2 * Units.GB;
        double latency = s.overheads().collectiveLatencyUs() / 1e6;
        double seconds = 0;
        if (par.tp() > 1) {
            double size = tokens / par.dp() * m.hidden() * ACTIVATION_BYTES;
            seconds += 2.0 * m.layers() * (latency + 2.0 * (par.tp() - 1) / par.tp() * size / oneDirection);
        }
        int moeLayers = m.parameters().moeLayers();
        if (moeLayers > 0 && par.ep() > 1) {
            double perGpu = tokens / par.gpus() * m.moe().activeExperts() * m.hidden() * ACTIVATION_BYTES
                    * (par.ep() - 1) / par.ep();
            seconds += 2.0 * moeLayers * (latency + perGpu / oneDirection);
        } else if (moeLayers > 0 && par.dp() > 1) {
            int g = par.gpus();
            double size = tokens * m.hidden() * ACTIVATION_BYTES;
            seconds += moeLayers * (latency + 2.0 * (g - 1) / g * size / oneDirection);
        }
        return seconds;
    }
}
