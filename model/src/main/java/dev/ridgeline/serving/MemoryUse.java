package dev.ridgeline.serving;

/**
 * A replica's HBM as a stack, in GB: weights, runtime and reserve, the KV cache of a batch, what is free, and
 * what would not fit above capacity. The first four add up to capacity when everything fits.
 */
public record MemoryUse(
        double capacityGB,
        double weightsGB,
        double runtimeGB,
        double kvGB,
        double freeGB,
        double overCapacityGB) {

    /** The stack for {@code batch} sequences of the budget's sequence length. */
    public static MemoryUse of(MemoryBudget m, int batch) {
        double capacity = m.hbmBytes() / 1e9;
        double weights = m.weightBytes() / 1e9;
        double runtime = (m.runtimeBytes() + m.reserveBytes()) / 1e9;
        double kv = batch * m.bytesPerSequence() / 1e9;
        double used = weights + runtime + kv;
        // capped at capacity as drawn, so a model that does not fit shows its excess separately
        return new MemoryUse(capacity, Math.min(weights, capacity), Math.max(0, Math.min(runtime, capacity - weights)),
                kv, Math.max(0, capacity - used), Math.max(0, used - capacity));
    }

    /** The stack's height: capacity, or more when the model does not fit. */
    public double totalGB() {
        return weightsGB + runtimeGB + kvGB + freeGB + overCapacityGB;
    }
}
