package dev.ridgeline.serving;

/**
 * Time a step spends outside the GPU's kernels' rooflines: a fixed part (launch, scheduling), a part per
 * sequence (sampling, detokenising, bookkeeping: the host's work grows with the batch), the latency of each
 * collective, and each draft pass's own launch.
 *
 * @param stepFixedMs        per step, milliseconds
 * @param perSequenceUs      per sequence in a step (and in each draft pass), microseconds
 * @param collectiveLatencyUs per all-reduce or all-to-all, microseconds
 * @param draftPassUs        launch cost of one sequential draft pass, microseconds
 */
public record Overheads(double stepFixedMs, double perSequenceUs, double collectiveLatencyUs, double draftPassUs) {
}
