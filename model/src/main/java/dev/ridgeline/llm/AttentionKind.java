package dev.ridgeline.llm;

/** GQA (MHA and MQA are its special cases) or MLA, which caches one compressed latent per layer. */
public enum AttentionKind {
    GQA, MLA
}
