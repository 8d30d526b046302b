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

    private Step() {
    }

    public static StepTime of(SystemConfig s, StepShape shape) {
        StepTime core = core(s, shape);
        if (shape.draftTokens() == 0 || shape.decodeSequences() == 0) {
            return core;
        }
        StepTime plain = core(s, StepShape.decode(shape.decodeSequences(), 0, shape.decodeContext()));
        double kernels = plain.linearSeconds() + plain.attentionSeconds();
        double onePass = s.draftCostRatio() * kernels + s.overheads().draftPassUs() / 1e6
                + perSequenceSeconds(s, shape.decodeSequences());
        return new StepTime(core.bytesPerGpu(), core.weightBytesPerGpu(), core.flopsPerGpu(), core.linearMemorySeconds(),
                core.linearComputeSeconds(), core.attentionSeconds(), core.samplingSeconds(),
                core.communicationSeconds(), core.overheadSeconds(), shape.draftTokens() * onePass);
    }

    private static StepTime core(SystemConfig s, StepShape shape) {
        LanguageModel m = s.model();
        ParameterCount p = m.parameters();
        Parallelism par = s.parallelism();
        int n = par.gpus();
        double tokens = shape.tokens();
        double verified = shape.verifiedTokens();
        double bandwidth = s.bandwidthPerGpu() * s.efficiencies().bandwidth();

        // Linear layers: non-expert weights split TP ways (replicated over DP groups), experts over all GPUs.
        double touched = Footprint.distinctExperts(m, tokens);
        double expertBytes = p.moeLayers() * touched * p.perExpert(m) * Footprint.bodyBytesPerParam(s.weightFormat());
        double sharedBytes = Footprint.weightBytesRead(m, s.weightFormat(), 0);
        double weightBytesPerGpu = sharedBytes / par.tp() + expertBytes / n;
        double linearFlopsPerGpu = 2 * p.matmulActive(m) * tokens / n;
        Precision linear = s.computePrecision();
        double linearMemory = weightBytesPerGpu / bandwidth;
        double linearCompute = linearFlopsPerGpu / (s.accelerator().peakFlops(linear) * s.efficiencies().compute(linear));

        // Attention: each decoding sequence reads its cache; each prompt chunk reads its own earlier context.
        double kvBytes = shape.decodeSequences() * KvCache.bytesPerSequence(m, s.kvFormat(), shape.decodeContext())
                + shape.prefillSequences() * KvCache.bytesPerSequence(m, s.kvFormat(), shape.prefillContext());
        double kvBytesPerGpu = kvBytes * kvReplication(s) / n;
        double attentionFlopsPerGpu = (verified * attentionFlopsPerToken(m, shape.decodeContext())
                + shape.prefillTokens() * attentionFlopsPerToken(m, shape.prefillContext())) / n;
        Precision attention = attentionPrecision(s);
        double attentionSeconds = Math.max(kvBytesPerGpu / bandwidth, attentionFlopsPerGpu
                / (s.accelerator().peakFlops(attention) * s.efficiencies().compute(attention)));

        double logitBytesPerGpu = verified * m.vocab() * LOGIT_BYTES / n;
        double sampling = logitBytesPerGpu / bandwidth;

        double bytesPerGpu = weightBytesPerGpu + kvBytesPerGpu + logitBytesPerGpu;
        double flopsPerGpu = linearFlopsPerGpu + attentionFlopsPerGpu;
        double overhead = s.overheads().stepFixedMs() / 1e3
                + perSequenceSeconds(s, shape.decodeSequences() + shape.prefillSequences());
        return new StepTime(bytesPerGpu, weightBytesPerGpu, flopsPerGpu, linearMemory, linearCompute, attentionSeconds, sampling,
                communicationSeconds(s, tokens), overhead, 0);
    }

    /** Host work per sequence runs in each data-parallel group's own process, side by side. */
    private static double perSequenceSeconds(SystemConfig s, double sequences) {
        return s.overheads().perSequenceUs() / 1e6 * sequences / s.parallelism().dp();
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
