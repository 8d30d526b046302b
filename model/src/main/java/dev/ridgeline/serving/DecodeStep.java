package dev.ridgeline.serving;

import dev.ridgeline.llm.AttentionKind;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.units.Units;

/**
 * The time of one decode step of a replica (MODEL.md §2): max(bytes / (bandwidth × util), FLOPs / (peak ×
 * util)) + tensor-parallel all-reduce + fixed overhead + drafting. Weights and KV are split across the
 * replica's GPUs, which read their shards in parallel.
 */
public final class DecodeStep {
    /** Cards with no scale-up link all-reduce over PCIe Gen4 x16: 64 GB/s bidirectional. */
    static final double PCIE_FALLBACK_GBPS = 64;
    /** Activations cross the link in BF16. */
    static final double ACTIVATION_BYTES = 2;

    private DecodeStep() {
    }

    /**
     * @param batch                 sequences decoding together
     * @param draftTokens           k draft tokens verified per sequence per step
     * @param context               average tokens of context each sequence attends to
     * @param prefillTokens         prompt tokens processed in the same step (chunked prefill)
     * @param prefillContext        average context of those prompt tokens
     */
    public static StepTime of(SystemConfig s, int batch, int draftTokens, double context, double prefillTokens,
            double prefillContext) {
        StepTime core = core(s, batch, draftTokens, context, prefillTokens, prefillContext);
        if (draftTokens == 0) {
            return core;
        }
        StepTime plain = core(s, batch, 0, context, 0, prefillContext);
        double draft = draftTokens * s.draftCostRatio() * Math.max(plain.memorySeconds(), plain.computeSeconds());
        return new StepTime(core.bytesPerGpu(), core.flopsPerGpu(), core.memorySeconds(), core.computeSeconds(),
                core.allReduceSeconds(), core.overheadSeconds(), draft);
    }

    private static StepTime core(SystemConfig s, int batch, int draftTokens, double context, double prefillTokens,
            double prefillContext) {
        LanguageModel m = s.model();
        double verified = (double) batch * (draftTokens + 1);
        double tokens = verified + prefillTokens;
        double weights = Footprint.weightBytesRead(m, s.weightFormat(), Footprint.distinctExperts(m, tokens));
        double kv = batch * KvCache.bytesPerSequence(m, s.kvFormat(), context);
        double flops = 2 * m.parameters().active() * tokens
                + verified * attentionFlopsPerToken(m, context)
                + prefillTokens * attentionFlopsPerToken(m, prefillContext);
        int n = s.gpus();
        double bytesPerGpu = (weights + kv) / n;
        double flopsPerGpu = flops / n;
        return new StepTime(bytesPerGpu, flopsPerGpu,
                bytesPerGpu / (s.bandwidthPerGpu() * s.bandwidthEfficiency()),
                flopsPerGpu / (s.peakFlopsPerGpu() * s.computeEfficiency()),
                allReduceSeconds(s, tokens),
                s.stepOverheadMs() / 1e3,
                0);
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

    /** Two ring all-reduces per layer of the step's activations: 2(N−1)/N × size over one link direction. */
    static double allReduceSeconds(SystemConfig s, double tokens) {
        int n = s.gpus();
        if (n == 1) {
            return 0;
        }
        double linkGBps = s.accelerator().scaleUpGBps() > 0 ? s.accelerator().scaleUpGBps() : PCIE_FALLBACK_GBPS;
        double oneDirection = linkGBps / 2 * Units.GB;
        double size = tokens * s.model().hidden() * ACTIVATION_BYTES;
        double perAllReduce = s.allReduceLatencyUs() / 1e6 + 2.0 * (n - 1) / n * size / oneDirection;
        return 2.0 * s.model().layers() * perAllReduce;
    }
}
