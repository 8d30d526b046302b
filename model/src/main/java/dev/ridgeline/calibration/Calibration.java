package dev.ridgeline.calibration;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.Overheads;
import dev.ridgeline.serving.SystemConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fitted values of the step model's efficiency and overhead parameters, by key: {@code compute.<family>.<PRECISION>}
 * (fraction of dense peak), {@code bandwidth.<family>} (fraction of HBM bandwidth), {@code overhead.stepMs},
 * {@code overhead.perSequenceUs}. A key that is absent leaves the model's default in place.
 */
public record Calibration(Map<String, Double> values) {
    public static final Calibration NONE = new Calibration(Map.of());
    public static final String STEP_MS = "overhead.stepMs";
    public static final String PER_SEQUENCE_US = "overhead.perSequenceUs";

    public Calibration {
        values = Map.copyOf(values);
    }

    public static String compute(String family, Precision p) {
        return "compute." + family + "." + p.name();
    }

    public static String bandwidth(String family) {
        return "bandwidth." + family;
    }

    public Calibration with(String key, double value) {
        Map<String, Double> m = new LinkedHashMap<>(values);
        m.put(key, value);
        return new Calibration(m);
    }

    /** Whether any value here applies to a system of this accelerator family (its own, or a global overhead). */
    public boolean covers(String family) {
        return values.containsKey(STEP_MS) || values.containsKey(PER_SEQUENCE_US)
                || values.keySet().stream().anyMatch(k -> k.startsWith("compute." + family + ".")
                        || k.equals(bandwidth(family)));
    }

    /** The system with this calibration's values for its accelerator family in place of its own. */
    public SystemConfig apply(SystemConfig s) {
        if (values.isEmpty()) {
            return s;
        }
        String family = s.accelerator().familyOrId();
        Efficiencies e = s.efficiencies();
        Double bandwidth = values.get(bandwidth(family));
        if (bandwidth != null) {
            e = e.withBandwidth(bandwidth);
        }
        for (Precision p : Precision.values()) {
            Double v = values.get(compute(family, p));
            if (v != null) {
                e = e.withCompute(p, v);
            }
        }
        Overheads o = s.overheads();
        Overheads fitted = new Overheads(values.getOrDefault(STEP_MS, o.stepFixedMs()),
                values.getOrDefault(PER_SEQUENCE_US, o.perSequenceUs()), o.collectiveLatencyUs(), o.draftPassUs());
        return s.withEfficiencies(e).withOverheads(fitted);
    }
}
