package dev.ridgeline.serving;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.units.Units;
import java.util.List;
import java.util.Optional;

/**
 * Everything the physics says about one system under one workload. Immutable; every number finite.
 *
 * @param config              the resolved inputs
 * @param streamingBytes      W: bytes read per decode step at batch 1
 * @param memory              where HBM goes
 * @param roofline            datasheet roof at the weights' compute precision
 * @param precision           that precision
 * @param decodeFloorSeconds  weights one GPU reads for one token ÷ bandwidth (W / GPUs under TP): the batch-1
 *                            lower bound, at full bandwidth
 * @param prefillCeilingTokensPerSecPerGpu computeEfficiency × peak / (2 × active params)
 * @param ttftSeconds         one request's prefill, alone on the replica, in chunks of the engine's token budget
 * @param operatingPoints     decode at batch 1, decode at the current batch and draft length, prefill
 * @param frontier            sustained (tok/s/user, tok/s/GPU) per batch, 1 to the KV limit
 * @param current             the frontier at the system's current batch (empty when nothing fits)
 * @param atTarget            the largest batch meeting the target interactivity (empty when none does)
 * @param maxThroughput       the largest admissible batch (KV budget and engine cap): max tokens per second
 * @param verdict             why there is no frontier or no target point, in words; empty when all is well
 * @param stepScale           every step's time × this: 1, or the scale a pinned measurement anchors the curve with
 */
public record SystemResults(
        SystemConfig config,
        double streamingBytes,
        MemoryBudget memory,
        Roofline roofline,
        Precision precision,
        double decodeFloorSeconds,
        double prefillCeilingTokensPerSecPerGpu,
        double ttftSeconds,
        List<OperatingPoint> operatingPoints,
        List<FrontierPoint> frontier,
        Optional<FrontierPoint> current,
        Optional<FrontierPoint> atTarget,
        Optional<FrontierPoint> maxThroughput,
        String verdict,
        double stepScale) {

    public SystemResults {
        operatingPoints = List.copyOf(operatingPoints);
        frontier = List.copyOf(frontier);
    }

    public String label() {
        return config.label();
    }

    public boolean fits() {
        return memory.weightsFit() && memory.maxBatch() >= 1;
    }

    public double weightsGB() {
        return streamingBytes / Units.GB;
    }

    public double decodeFloorMs() {
        return decodeFloorSeconds * 1e3;
    }

    /**
     * The per-user bound: E(α, k) tokens per batch-1 step at the floor (1 / floor without speculation; seed 001's
     * 180 tok/s/user on B200). Drafting's own cost is left out, so it stays an upper bound.
     */
    public double ceilingTokensPerSecPerUser() {
        return Speculation.expectedTokensPerStep(config.acceptanceRate(), config.draftTokens()) / decodeFloorSeconds;
    }

    public double kvBudgetGB() {
        return memory.kvBudgetBytes() / Units.GB;
    }

    /** HBM use with the current batch's KV cache (none when nothing fits). */
    public MemoryUse memoryAtCurrentBatch() {
        return MemoryUse.of(memory, current.map(FrontierPoint::batch).orElse(0));
    }

    public double ridgeFlopPerByte() {
        return roofline.ridgeFlopPerByte();
    }
}
