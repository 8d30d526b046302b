package dev.ridgeline.scenario;

import dev.ridgeline.hardware.Precision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Brings an older scenario file to the current schema so it means what it meant. Schema 1 → 2: a GPU count was
 * all tensor-parallel (schema 2's default without a parallelism), and computeEfficiency applied to every
 * precision, which schema 2 writes as computeEfficiencyByPrecision.
 */
public final class SchemaMigration {
    private SchemaMigration() {
    }

    public static Scenario toCurrent(Scenario scenario) {
        if (scenario.schemaVersion() >= Scenario.CURRENT_SCHEMA) {
            return scenario;
        }
        List<SystemSpec> systems = scenario.systems().stream().map(SchemaMigration::fromVersion1).toList();
        Scenario migrated = scenario.withSystems(systems, scenario.baseline());
        return new Scenario(Scenario.CURRENT_SCHEMA, migrated.name(), migrated.description(), migrated.workload(),
                migrated.systems(), migrated.baseline(), migrated.economics(), migrated.customAccelerators(),
                migrated.customModels(), migrated.calibration(), migrated.cascade());
    }

    private static SystemSpec fromVersion1(SystemSpec spec) {
        Serving s = spec.serving();
        if (s == null || s.computeEfficiency() == null) {
            return spec;
        }
        Map<Precision, Double> every = new EnumMap<>(Precision.class);
        for (Precision p : Precision.values()) {
            every.put(p, s.computeEfficiency());
        }
        return spec.withServing(s.withEfficiency(s.bandwidthEfficiency(), null).withComputeEfficiencyByPrecision(every));
    }
}
