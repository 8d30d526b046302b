package dev.ridgeline.economics;

/**
 * GPUs for a workload at the target interactivity, provisioned for the peak. Three sizings, each in whole
 * replicas: throughput (seed 001 §3.3: ceil(20,000 / 1,500) = 14 H100), prefill, and KV capacity; the costed
 * fleet is the largest of them, and {@link #bindingConstraint()} names which one that is (issue 12: a card that
 * costs 14 H100s beside a slide that says KV needs 15 contradicts itself).
 *
 * @param gpus               the costed fleet: the largest of the three sizings
 * @param throughputGpus     ceil(peak output tok/s ÷ tok/s/GPU), whole replicas
 * @param prefillGpus        GPUs whose prefill ceilings cover the peak input tok/s
 * @param kvGpus             GPUs whose KV budgets hold the concurrent sequences (Little's law)
 * @param concurrentSequences peak request rate × time each request spends decoding
 * @param monthlyOnDemand    gpus × on-demand $/h × 730 (null without a price)
 * @param monthlySpot        the same at spot
 * @param monthlyReserved    the same reserved
 */
public record Fleet(
        int gpus,
        int throughputGpus,
        int prefillGpus,
        int kvGpus,
        double concurrentSequences,
        Double monthlyOnDemand,
        Double monthlySpot,
        Double monthlyReserved) {

    public static final String THROUGHPUT = "throughput";
    public static final String PREFILL = "prefill";
    public static final String KV_CAPACITY = "KV capacity";

    /** The costed fleet: the largest of the throughput, prefill and KV sizings. */
    public static int costed(int throughputGpus, int prefillGpus, int kvGpus) {
        return Math.max(throughputGpus, Math.max(prefillGpus, kvGpus));
    }

    /** Which sizing binds: "throughput" when it alone or jointly sets the fleet, else "KV capacity" or "prefill". */
    public String bindingConstraint() {
        if (throughputGpus >= gpus) {
            return THROUGHPUT;
        }
        return kvGpus >= prefillGpus ? KV_CAPACITY : PREFILL;
    }

    /** Whether a sizing other than throughput sets the fleet: a card then says which, and what throughput needs. */
    public boolean constrainedBeyondThroughput() {
        return gpus > throughputGpus;
    }
}
