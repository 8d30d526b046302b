package dev.ridgeline.economics;

import java.util.Locale;

/**
 * GPUs for a workload at the target interactivity, provisioned for the peak. Three sizings, each in whole
 * replicas: throughput (seed 001 §3.3: ceil(20,000 / 1,500) = 14 H100), prefill, and KV capacity; the costed
 * fleet is the largest of them, and {@link #bindingConstraint()} names which one that is (issue 12: a card that
 * costs 14 H100s beside a slide that says KV needs 15 contradicts itself).
 * <p>
 * Sizings are worked out in double and never wrap: one that needs more than {@link #MAX_GPUS} holds
 * {@link #BEYOND_LIMIT}, the fleet then says why in {@link #limitNote()} ("needs more than 1,000,000 GPUs for
 * throughput"), and its monthly costs are null (issue 13: TPU v6e serving Llama 2 70B at 10,000 req/s gave −1.9e9
 * GPUs). The {@code …Figure()} methods give each count and cost as a {@link Figure} with that reason.
 *
 * @param gpus               the costed fleet: the largest of the three sizings
 * @param throughputGpus     ceil(peak output tok/s ÷ tok/s/GPU), whole replicas
 * @param prefillGpus        GPUs whose prefill ceilings cover the peak input tok/s
 * @param kvGpus             GPUs whose KV budgets hold the concurrent sequences (Little's law)
 * @param ttftGpus           replicas enough that each one's load keeps TTFT p90 within the workload's TTFT target
 *                           (issue 14; 1 without a target)
 * @param concurrentSequences peak request rate × time each request spends decoding
 * @param monthlyOnDemand    gpus × on-demand $/h × 730 (null without a price, or beyond the limit)
 * @param monthlySpot        the same at spot
 * @param monthlyReserved    the same reserved
 * @param limitNote          why the fleet is not sized ("needs more than 1,000,000 GPUs for KV capacity"); empty
 *                           when it is
 * @param tpotSetsInteractivity whether the workload's TPOT target, not its tok/s/user, set the interactivity the
 *                           throughput sizing meets (the binding constraint is then "TPOT")
 */
public record Fleet(
        int gpus,
        int throughputGpus,
        int prefillGpus,
        int kvGpus,
        int ttftGpus,
        double concurrentSequences,
        Double monthlyOnDemand,
        Double monthlySpot,
        Double monthlyReserved,
        String limitNote,
        boolean tpotSetsInteractivity) {

    public static final String THROUGHPUT = "throughput";
    public static final String PREFILL = "prefill";
    public static final String KV_CAPACITY = "KV capacity";
    public static final String TTFT = "TTFT";
    public static final String TPOT = "TPOT";
    /** The largest fleet Ridgeline sizes: a million GPUs, beyond any deployment it is meant to plan. */
    public static final int MAX_GPUS = 1_000_000;
    /** What a sizing beyond {@link #MAX_GPUS} holds: "more than a million". */
    public static final int BEYOND_LIMIT = MAX_GPUS + 1;

    public Fleet {
        for (int sizing : new int[] {gpus, throughputGpus, prefillGpus, kvGpus, ttftGpus}) {
            if (sizing < 1 || sizing > BEYOND_LIMIT) {
                throw new IllegalArgumentException("a sizing is 1 to " + BEYOND_LIMIT + " GPUs, was " + sizing);
            }
        }
        if (!(concurrentSequences >= 0) || !Double.isFinite(concurrentSequences)) {
            throw new IllegalArgumentException("concurrent sequences must be finite and ≥ 0, was "
                    + concurrentSequences);
        }
        limitNote = limitNote == null ? "" : limitNote;
        if (gpus > MAX_GPUS && (limitNote.isEmpty() || monthlyOnDemand != null || monthlySpot != null
                || monthlyReserved != null)) {
            throw new IllegalArgumentException("a fleet beyond the limit says why and has no monthly cost");
        }
    }

    /** The costed fleet: the largest of the throughput, prefill and KV sizings. */
    public static int costed(int throughputGpus, int prefillGpus, int kvGpus) {
        return Math.max(throughputGpus, Math.max(prefillGpus, kvGpus));
    }

    /** The costed fleet with a TTFT sizing: the largest of the four. */
    public static int costed(int throughputGpus, int prefillGpus, int kvGpus, int ttftGpus) {
        return Math.max(costed(throughputGpus, prefillGpus, kvGpus), ttftGpus);
    }

    /**
     * Whole replicas of {@code gpusPerReplica} covering {@code replicasNeeded}, in GPUs; 2.0000000001 replicas is 2
     * (float noise), 2.1 is 3, anything below 1 is 1. {@link #BEYOND_LIMIT} when that is more than {@link #MAX_GPUS}
     * GPUs, or the need is infinite or undefined.
     */
    public static int sized(double replicasNeeded, int gpusPerReplica) {
        if (Double.isNaN(replicasNeeded)) {
            return BEYOND_LIMIT;
        }
        double gpus = Math.max(1, Math.ceil(replicasNeeded - 1e-9)) * gpusPerReplica;
        return gpus > MAX_GPUS ? BEYOND_LIMIT : (int) gpus;
    }

    /** Whether a sizing needs more than {@link #MAX_GPUS}: the fleet is then reported as such, not costed. */
    public boolean beyondLimit() {
        return gpus > MAX_GPUS;
    }

    /** "needs more than 1,000,000 GPUs for throughput": the note for a sizing beyond the limit. */
    public static String beyondLimitNote(String sizing) {
        return String.format(Locale.ROOT, "needs more than %,d GPUs for %s", MAX_GPUS, sizing);
    }

    /**
     * Which sizing binds: "throughput" when it alone or jointly sets the fleet ("TPOT" when a TPOT target set the
     * interactivity it meets), else "KV capacity", "prefill" or "TTFT".
     */
    public String bindingConstraint() {
        if (throughputGpus >= gpus) {
            return tpotSetsInteractivity ? TPOT : THROUGHPUT;
        }
        if (kvGpus >= gpus) {
            return KV_CAPACITY;
        }
        return prefillGpus >= gpus ? PREFILL : TTFT;
    }

    /** Whether a sizing other than throughput sets the fleet: a card then says which, and what throughput needs. */
    public boolean constrainedBeyondThroughput() {
        return gpus > throughputGpus;
    }

    public Figure gpusFigure() {
        return count(gpus, limitNote);
    }

    public Figure throughputGpusFigure() {
        return count(throughputGpus, beyondLimitNote(THROUGHPUT));
    }

    public Figure prefillGpusFigure() {
        return count(prefillGpus, beyondLimitNote(PREFILL));
    }

    public Figure ttftGpusFigure() {
        return count(ttftGpus, ttftGpus > MAX_GPUS && bindingConstraint().equals(TTFT) ? limitNote
                : beyondLimitNote(TTFT));
    }

    public Figure kvGpusFigure() {
        return count(kvGpus, kvGpus > MAX_GPUS && bindingConstraint().equals(KV_CAPACITY) ? limitNote
                : beyondLimitNote(KV_CAPACITY));
    }

    public Figure monthlyOnDemandFigure() {
        return monthly(monthlyOnDemand, "on-demand");
    }

    public Figure monthlySpotFigure() {
        return monthly(monthlySpot, "spot");
    }

    public Figure monthlyReservedFigure() {
        return monthly(monthlyReserved, "reserved");
    }

    private static Figure count(int sizing, String note) {
        return sizing > MAX_GPUS ? Figure.undefined(note) : Figure.of(sizing);
    }

    private Figure monthly(Double value, String price) {
        if (value != null) {
            return Figure.of(value);
        }
        return Figure.undefined(beyondLimit() ? "the fleet " + limitNote : "no " + price + " price");
    }
}
