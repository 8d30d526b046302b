package dev.ridgeline.economics;

/**
 * GPUs for a workload at the target interactivity, provisioned for the peak (seed 001 §3.3:
 * ceil(20,000 / 1,500) = 14 H100). The prefill and KV checks say how many GPUs those would need on their own.
 *
 * @param gpus               ceil(peak output tok/s ÷ tok/s/GPU), whole replicas
 * @param prefillGpus        GPUs whose prefill ceilings cover the peak input tok/s
 * @param kvGpus             GPUs whose KV budgets hold the concurrent sequences (Little's law)
 * @param concurrentSequences peak request rate × time each request spends decoding
 * @param monthlyOnDemand    gpus × on-demand $/h × 730 (null without a price)
 * @param monthlySpot        the same at spot
 * @param monthlyReserved    the same reserved
 */
public record Fleet(
        int gpus,
        int prefillGpus,
        int kvGpus,
        double concurrentSequences,
        Double monthlyOnDemand,
        Double monthlySpot,
        Double monthlyReserved) {

    /** The largest of the three sizings: what the workload really needs under the model's memory convention. */
    public int constrainedGpus() {
        return Math.max(gpus, Math.max(prefillGpus, kvGpus));
    }

    /** Which sizing binds: "throughput", "prefill" or "KV capacity". */
    public String bindingConstraint() {
        if (kvGpus > gpus && kvGpus >= prefillGpus) {
            return "KV capacity";
        }
        return prefillGpus > gpus ? "prefill" : "throughput";
    }
}
