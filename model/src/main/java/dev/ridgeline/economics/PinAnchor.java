package dev.ridgeline.economics;

import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.MemoryBudget;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemConfig;
import java.util.List;

/**
 * How a pinned measurement anchors its system. A pin of y tok/s/GPU at x tok/s/user on a replica of n GPUs is a
 * frontier point at batch B = y × n / x. On the configuration as measured (catalog hardware, no drafting, no
 * efficiency or overhead of the user's) the model's curve, every step scaled by s = (model's interactivity at B) ÷ x,
 * passes through it; the same s then applies to the system as the inputs make it, so the curve moves with every
 * input from there. A pin measured on another configuration no longer applies; one whose batch the replica cannot
 * hold cannot be anchored and stays a fixed figure.
 *
 * @param state     what the pin does to its system
 * @param stepScale the step-time scale when anchored (1 otherwise)
 * @param batch     the batch the pin implies (0 without a pin)
 * @param note      why it is stale or fixed, in words; empty when anchored or absent
 */
public record PinAnchor(State state, double stepScale, int batch, String note) {
    /** No pin; anchored through it; a fixed figure it could not be anchored; measured on another configuration. */
    public enum State {
        NONE, ANCHORED, FIXED, STALE
    }

    static final PinAnchor NONE = new PinAnchor(State.NONE, 1, 0, "");

    /**
     * @param system   the system as the inputs make it
     * @param asPinned the same system as measured: catalog hardware, no drafting, no efficiency of the user's
     */
    public static PinAnchor of(ResolvedSystem system, SystemConfig asPinned, Workload w) {
        MeasuredThroughput pin = system.measured();
        if (pin == null) {
            return NONE;
        }
        // a benchmark's prompts share no prefix: the pin anchors the model without the cache, whose gain then
        // moves the anchored curve like any other input (issue 14)
        w = w.withPrefixCache(null, null);
        SystemConfig c = system.config();
        List<String> changed = pin.differences(c);
        if (!changed.isEmpty()) {
            return new PinAnchor(State.STALE, 1, 0, String.format("the pinned %,.0f tok/s/GPU was measured on another "
                    + "configuration (%s): it no longer applies", pin.outputTokensPerSecPerGpu(),
                    String.join(", ", changed)));
        }
        double x = pin.atTokensPerSecPerUser() != null ? pin.atTokensPerSecPerUser() : w.targetTokensPerSecPerUser();
        double implied = pin.outputTokensPerSecPerGpu() * c.gpus() / x;
        // an absurd pin (1e9 tok/s/GPU at 0.001 tok/s/user) implies more sequences than an int holds: never wrapped
        int batch = (int) Math.min(Integer.MAX_VALUE, Math.round(implied));
        MemoryBudget memory = MemoryBudget.of(asPinned, w);
        int admissible = memory.weightsFit() ? ServingModel.maxBatch(asPinned, memory) : 0;
        if (batch < 1 || batch > admissible) {
            // seed 001's H100: 1,500 tok/s/GPU at 50 tok/s/user is 30 sequences, and the KV budget holds 27
            return new PinAnchor(State.FIXED, 1, batch, String.format("the pin is %,.0f sequences per replica, %s: "
                    + "kept as a fixed figure, not anchored", implied, admissible < 1 ? "and nothing fits"
                            : "more than the " + admissible + " it holds"));
        }
        FrontierPoint atPin = ServingModel.sustained(asPinned, w, batch);
        return new PinAnchor(State.ANCHORED, atPin.tokensPerSecPerUser() / x, batch, "");
    }
}
