package dev.ridgeline.serving;

import dev.ridgeline.units.Units;

/**
 * Where a replica's HBM goes: KV budget = HBM × GPUs − (weights + runtime) − reserve (MODEL.md §2;
 * B200: 180 − 43.7 − 1 = 135.3 GB). Capacity is the marketed figure, the convention seed 001 uses;
 * the driver reports less (B200: 178.35 GB), which a memoryGB override expresses.
 *
 * @param hbmBytes       total HBM across the replica's GPUs
 * @param weightBytes    weights held in HBM
 * @param runtimeBytes   activations, CUDA graphs, workspace
 * @param reserveBytes   headroom kept free
 * @param kvBytesPerToken cache bytes per token of context on full-context layers
 * @param bytesPerSequence cache bytes one sequence of the workload's length holds (privately: a cached prefix's
 *                       blocks are shared, issue 14)
 * @param prefixBytes    cache bytes the shared prefix holds once per replica (0 without prefix caching)
 */
public record MemoryBudget(
        double hbmBytes,
        double weightBytes,
        double runtimeBytes,
        double reserveBytes,
        double kvBytesPerToken,
        double bytesPerSequence,
        double prefixBytes) {

    public MemoryBudget(double hbmBytes, double weightBytes, double runtimeBytes, double reserveBytes,
            double kvBytesPerToken, double bytesPerSequence) {
        this(hbmBytes, weightBytes, runtimeBytes, reserveBytes, kvBytesPerToken, bytesPerSequence, 0);
    }

    /**
     * A replica under a workload: each sequence holds ISL × (1 − h) + OSL tokens of its own, and the shared prefix
     * is held once (MODEL.md §2, "Prefix caching").
     */
    public static MemoryBudget of(SystemConfig s, dev.ridgeline.scenario.Workload w) {
        MemoryBudget m = of(s, w.privateSequenceTokens());
        double prefix = w.heldPrefixTokens() == 0 ? 0
                : Step.kvReplication(s) * KvCache.bytesPerSequence(s.model(), s.kvFormat(), w.heldPrefixTokens());
        return new MemoryBudget(m.hbmBytes, m.weightBytes, m.runtimeBytes, m.reserveBytes, m.kvBytesPerToken,
                m.bytesPerSequence, prefix);
    }

    /**
     * DP attention groups each hold their own copy of the non-expert weights; the cache counts every copy a
     * replica keeps ({@link Step#kvReplication}: MLA's latent on each TP rank, GQA heads repeated past TP = KV heads).
     */
    public static MemoryBudget of(SystemConfig s, double sequenceTokens) {
        double weights = Footprint.weightBytes(s.model(), s.weightFormat());
        double replicatedPerGroup = weights - Footprint.expertBytes(s.model(), s.weightFormat());
        double copies = Step.kvReplication(s);
        return new MemoryBudget(
                s.accelerator().memoryBytes() * s.gpus(),
                weights + (s.parallelism().dp() - 1) * replicatedPerGroup,
                s.runtimeGB() * Units.GB * s.gpus(),
                s.reserveGB() * Units.GB * s.gpus(),
                copies * KvCache.bytesPerToken(s.model(), s.kvFormat()),
                copies * KvCache.bytesPerSequence(s.model(), s.kvFormat(), sequenceTokens));
    }

    public double onGpuBytes() {
        return weightBytes + runtimeBytes;
    }

    /** Bytes left for the KV cache; negative when the model does not fit. */
    public double kvBudgetBytes() {
        return hbmBytes - onGpuBytes() - reserveBytes;
    }

    /** Bytes left for sequences' own cache once the shared prefix is held. */
    public double sequenceBudgetBytes() {
        return kvBudgetBytes() - prefixBytes;
    }

    public boolean weightsFit() {
        return kvBudgetBytes() > 0;
    }

    /** Tokens of context the budget holds (0 when nothing fits). */
    public double tokenCapacity() {
        return kvBytesPerToken == 0 ? 0 : Math.max(0, kvBudgetBytes()) / kvBytesPerToken;
    }

    /** Sequences of the workload's length that fit at once: the batch ceiling (fractional, as seed 001 quotes). */
    public double concurrency() {
        return Math.max(0, sequenceBudgetBytes()) / bytesPerSequence;
    }

    /** Concurrency at another sequence length, on full-context layers only (seed 001's "~50 at 8,192"). */
    public double concurrencyAt(double tokens) {
        return tokenCapacity() / tokens;
    }

    /** The largest whole batch the KV budget admits. */
    public int maxBatch() {
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(concurrency()));
    }

    /** Bytes free once {@code batch} sequences hold their cache; negative when the batch does not fit. */
    public double freeBytesAt(int batch) {
        return sequenceBudgetBytes() - batch * bytesPerSequence;
    }
}
