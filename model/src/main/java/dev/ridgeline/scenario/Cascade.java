package dev.ridgeline.scenario;

import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RecordRules;
import dev.ridgeline.validation.Size;
import java.util.ArrayList;
import java.util.List;

/** A model cascade: requests routed to tiers by share (seed 004 §7). Shares add up to 1. */
public record Cascade(@Size(min = 1, max = 6) List<CascadeTier> tiers) {
    /** Shares may miss 1 by this much (0.6 + 0.3 + 0.1 in binary). */
    public static final double SHARE_TOLERANCE = 1e-6;

    public Cascade {
        RecordRules.require(Cascade.class, "cascade", tiers);
        tiers = List.copyOf(tiers);
    }

    /** What a scenario with {@code systems} systems refuses in this cascade, each with its JSON path. */
    public List<Problem> problems(int systems) {
        List<Problem> problems = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < tiers.size(); i++) {
            CascadeTier t = tiers.get(i);
            String path = "cascade.tiers[" + i + "]";
            sum += t.share();
            if ((t.system() == null) == (t.pricePerMillion() == null)) {
                problems.add(new Problem(path, "needs exactly one of system (an index into systems) and "
                        + "pricePerMillion"));
            }
            if (t.system() != null && t.system() >= systems) {
                problems.add(new Problem(path + ".system", "must be between 0 and " + (systems - 1)
                        + " (an index into systems), was " + t.system()));
            }
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            problems.add(new Problem("cascade.tiers", String.format("shares must add up to 1, they add up to %.4f",
                    sum)));
        }
        return problems;
    }
}
