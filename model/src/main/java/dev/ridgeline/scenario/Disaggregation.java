package dev.ridgeline.scenario;

import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;

/**
 * Disaggregated serving, xPyD (MODEL.md §2, "Disaggregated serving"; issue 14): the system splits into a prefill pool
 * and a decode pool. The decode pool is the system itself (its accelerator, GPUs per replica, parallelism, price);
 * the prefill pool is {@code prefillAccelerator} × {@code prefillGpusPerReplica} (default: the system's own). Each
 * request's KV cache crosses {@code linkGBps} between them.
 *
 * @param prefillAccelerator    catalog or custom accelerator id of the prefill pool; null: the system's
 * @param prefillGpusPerReplica GPUs per prefill replica (tensor parallel); null: the system's
 * @param linkGBps              KV transfer bandwidth per request, GB/s; null: {@link #DEFAULT_LINK_GBPS}
 */
public record Disaggregation(
        @Optional String prefillAccelerator,
        @Optional @Range(min = 1, max = 72) Integer prefillGpusPerReplica,
        @Optional @Range(min = 0.1, max = 100_000) Double linkGBps) {

    /**
     * 50 GB/s: one 400 Gb/s NIC (ConnectX-7 / RDMA) per GPU across nodes, what NIXL/Mooncake-style KV transfer
     * between separate prefill and decode nodes runs over. Pools inside one NVLink domain can state 900 (H100 NVLink 4).
     */
    public static final double DEFAULT_LINK_GBPS = 50;

    public Disaggregation {
        RecordRules.require(Disaggregation.class, "disaggregation", prefillAccelerator, prefillGpusPerReplica,
                linkGBps);
    }

    public double linkGBpsOrDefault() {
        return linkGBps == null ? DEFAULT_LINK_GBPS : linkGBps;
    }
}
