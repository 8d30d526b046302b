package dev.ridgeline.audit;

import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Workload;

/** Seed 001's three systems as the blackwell-migration preset evaluates them, checked to be the ones it names. */
record MigrationSystems(ScenarioResults results, SystemOutcome h100, SystemOutcome h200, SystemOutcome b200) {

    static MigrationSystems of(ScenarioResults results) {
        return new MigrationSystems(results,
                expect(results, 0, "h100-sxm", "fp8"),
                expect(results, 1, "h200-sxm", "fp8"),
                expect(results, 2, "b200-hgx", "nvfp4"));
    }

    Workload workload() {
        return results.scenario().workload();
    }

    private static SystemOutcome expect(ScenarioResults results, int index, String accelerator, String weights) {
        SystemOutcome o = results.systems().get(index);
        var config = o.physics().config();
        if (!config.accelerator().id().equals(accelerator) || !config.weightFormat().id().equals(weights)
                || config.gpus() != 1) {
            throw new IllegalStateException("the " + Audit.PRESET + " preset's system " + index + " is "
                    + config.accelerator().id() + " " + config.weightFormat().id() + " × " + config.gpus()
                    + "; the audit reads it as one " + accelerator + " at " + weights);
        }
        return o;
    }
}
