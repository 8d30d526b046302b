package dev.ridgeline.scenario;

import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Overheads;
import dev.ridgeline.serving.Parallelism;
import dev.ridgeline.serving.SystemConfig;

/** A system at batch 1 with every serving option at {@link Serving#DEFAULTS}: what fidelity checks and tests use. */
public final class SystemDefaults {
    private SystemDefaults() {
    }

    public static SystemConfig of(String label, Accelerator a, LanguageModel m, NumberFormat weights, NumberFormat kv,
            Parallelism parallelism, EngineLimits engine) {
        Serving d = Serving.DEFAULTS;
        return new SystemConfig(label, a, m, weights, kv, parallelism, 1, 0, 0.0, d.draftCostRatio(),
                Efficiencies.DEFAULTS, overheads(), engine, d.runtimeGB(), d.reserveGB());
    }

    public static Overheads overheads() {
        Serving d = Serving.DEFAULTS;
        return new Overheads(d.stepOverheadMs(), d.perSequenceOverheadUs(), d.allReduceLatencyUs(), d.draftPassUs());
    }
}
