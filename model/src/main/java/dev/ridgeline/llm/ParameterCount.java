package dev.ridgeline.llm;

/**
 * Parameters derived from the architecture fields (REFERENCE.md B.3's formulas): attention
 * d·H·hd + 2·d·kv·hd + H·hd·d, SwiGLU MLP 3·d·ff, MLA with its low-rank factors, routers d·E, norms.
 * Counts are plain numbers of parameters (not billions).
 *
 * @param embeddings       input embedding plus lm_head (once if tied): kept in BF16 by most quantised formats
 * @param attention        every layer's attention projections (softmax and linear)
 * @param denseMlp         MLPs of dense layers
 * @param routedExperts    all routed experts of all MoE layers
 * @param routedActive     the routed experts one token uses
 * @param sharedExperts    always-active shared experts
 * @param routers          MoE gating projections
 * @param norms            RMSNorm weights
 * @param moeLayers        layers that hold routed experts
 */
public record ParameterCount(
        double embeddings,
        double attention,
        double denseMlp,
        double routedExperts,
        double routedActive,
        double sharedExperts,
        double routers,
        double norms,
        int moeLayers) {

    public double total() {
        return embeddings + attention + denseMlp + routedExperts + sharedExperts + routers + norms;
    }

    /** Parameters one token touches, embeddings included (the convention of REFERENCE.md B.3). */
    public double active() {
        return embeddings + attention + denseMlp + routedActive + sharedExperts + routers + norms;
    }

    /** Everything but embedding and lm_head: the part a weight format quantises. */
    public double body() {
        return total() - embeddings;
    }

    /** The body without routed experts: read every decode step whatever the batch. */
    public double alwaysReadBody() {
        return body() - routedExperts;
    }

    /** Parameters of one routed expert in one layer. */
    public double perExpert(LanguageModel model) {
        return model.isMoe() ? 3.0 * model.hidden() * model.moe().expertFfn() : 0;
    }

    /** Multiply-accumulate FLOPs per token are 2 × these: the lm_head counts, the embedding lookup does not. */
    public double matmulActive(LanguageModel model) {
        double inputEmbedding = model.tiedEmbeddings() ? 0 : (double) model.vocab() * model.hidden();
        return active() - inputEmbedding;
    }

    static ParameterCount of(LanguageModel m) {
        double d = m.hidden();
        double embeddings = (double) m.vocab() * d * (m.tiedEmbeddings() ? 1 : 2);
        int linearLayers = m.linearAttention() == null ? 0 : m.linearAttention().layers();
        double attention = m.attentionLayers() * softmaxAttention(m) + (linearLayers == 0 ? 0 : linearLayers * linearAttention(m));

        Moe moe = m.moe();
        int moeLayers = moe == null ? 0 : m.layers() - moe.leadingDenseLayers();
        int denseLayers = m.layers() - moeLayers;
        double denseMlp = denseLayers == 0 ? 0 : denseLayers * 3.0 * d * m.ffn();
        double perExpert = moe == null ? 0 : 3.0 * d * moe.expertFfn();
        double routed = moe == null ? 0 : (double) moeLayers * moe.routedExperts() * perExpert;
        double routedActive = moe == null ? 0 : (double) moeLayers * moe.activeExperts() * perExpert;
        double shared = moe == null ? 0 : (double) moeLayers * moe.sharedExperts() * 3.0 * d * moe.sharedFfn();
        double routers = moe == null ? 0 : (double) moeLayers * d * moe.routedExperts();
        double norms = (2.0 * m.layers() + 1) * d;
        return new ParameterCount(embeddings, attention, denseMlp, routed, routedActive, shared, routers, norms,
                moeLayers);
    }

    private static double softmaxAttention(LanguageModel m) {
        double d = m.hidden();
        int h = m.queryHeads();
        Attention a = m.attention();
        if (a.kind() == AttentionKind.MLA) {
            int qkDim = a.qkNopeHeadDim() + a.qkRopeHeadDim();
            double q = a.qLoraRank() == null ? d * h * qkDim : d * a.qLoraRank() + (double) a.qLoraRank() * h * qkDim;
            double kv = d * a.mlaLatentWidth() + (double) a.kvLoraRank() * h * (a.qkNopeHeadDim() + a.vHeadDim());
            double o = (double) h * a.vHeadDim() * d;
            return q + kv + o;
        }
        double qWidth = (double) h * m.headDim();
        double kvWidth = (double) m.kvHeads() * m.headDim();
        double q = d * qWidth * (a.hasOutputGate() ? 2 : 1);
        double bias = Boolean.TRUE.equals(m.attentionBias()) ? qWidth + 2 * kvWidth + d : 0;
        return q + 2 * d * kvWidth + qWidth * d + bias;
    }

    private static double linearAttention(LanguageModel m) {
        LinearAttention l = m.linearAttention();
        double d = m.hidden();
        double qk = 2.0 * l.keyHeads() * l.headDim();
        double vz = 2.0 * l.valueHeads() * l.headDim();
        // q, k, v and gate projections in, the output projection back, and per-head decay/beta gates.
        return d * (qk + vz) + (double) l.valueHeads() * l.headDim() * d + 2.0 * d * l.valueHeads();
    }
}
