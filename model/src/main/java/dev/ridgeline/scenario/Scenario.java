package dev.ridgeline.scenario;

import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;
import dev.ridgeline.validation.Size;
import java.util.ArrayList;
import java.util.List;

/** A what-if: a workload and 1–6 systems to serve it, compared against a baseline system. Immutable. */
public record Scenario(
        @Range(min = 1, max = 2) int schemaVersion,
        String name,
        @Optional String description,
        Workload workload,
        @Size(min = 1, max = 6) List<SystemSpec> systems,
        @Optional @Range(min = 0, max = 5) Integer baseline,
        @Optional EconomicsInputs economics,
        @Optional List<Accelerator> customAccelerators,
        @Optional List<LanguageModel> customModels,
        @Optional CalibrationChoice calibration,
        @Optional Cascade cascade) {

    public static final int MAX_SYSTEMS = 6;
    /** Schema 2 added parallelism (TP, EP, DP), per-precision efficiencies, overheads and engine caps. */
    public static final int CURRENT_SCHEMA = dev.ridgeline.validation.JsonDocuments.SCHEMA_VERSION;

    public Scenario {
        RecordRules.require(Scenario.class, "", schemaVersion, name, description, workload, systems, baseline,
                economics, customAccelerators, customModels, calibration, cascade);
        systems = List.copyOf(systems);
        customAccelerators = customAccelerators == null || customAccelerators.isEmpty() ? null
                : List.copyOf(customAccelerators);
        customModels = customModels == null || customModels.isEmpty() ? null : List.copyOf(customModels);
    }

    /** Without a cascade: the constructor every scenario before issue 15 was built with. */
    public Scenario(int schemaVersion, String name, String description, Workload workload, List<SystemSpec> systems,
            Integer baseline, EconomicsInputs economics, List<Accelerator> customAccelerators,
            List<LanguageModel> customModels, CalibrationChoice calibration) {
        this(schemaVersion, name, description, workload, systems, baseline, economics, customAccelerators,
                customModels, calibration, null);
    }

    public Scenario withCascade(Cascade value) {
        return new Scenario(schemaVersion, name, description, workload, systems, baseline, economics,
                customAccelerators, customModels, calibration, value);
    }

    public int baselineIndex() {
        return baseline == null ? 0 : baseline;
    }

    public CalibrationChoice calibrationOrDefault() {
        return calibration == null ? CalibrationChoice.DEFAULT : calibration;
    }

    public Scenario withCalibration(CalibrationChoice value) {
        return new Scenario(schemaVersion, name, description, workload, systems, baseline, economics,
                customAccelerators, customModels, value, cascade);
    }

    public EconomicsInputs economicsOrDefaults() {
        return economics == null ? new EconomicsInputs(null, null, null, null, null, null) : economics;
    }

    public Scenario withWorkload(Workload value) {
        return new Scenario(schemaVersion, name, description, value, systems, baseline, economics,
                customAccelerators, customModels, calibration, cascade);
    }

    /** A cascade naming a system that is no longer there is dropped with it (the workbench removes systems). */
    public Scenario withSystems(List<SystemSpec> value, Integer baselineIndex) {
        Cascade kept = cascade == null || cascade.tiers().stream()
                .allMatch(t -> t.system() == null || t.system() < value.size()) ? cascade : null;
        return new Scenario(schemaVersion, name, description, workload, value, baselineIndex, economics,
                customAccelerators, customModels, calibration, kept);
    }

    public Scenario withSystem(int index, SystemSpec system) {
        List<SystemSpec> copy = new ArrayList<>(systems);
        copy.set(index, system);
        return withSystems(copy, baseline);
    }

    public Scenario withName(String value) {
        return new Scenario(schemaVersion, value, description, workload, systems, baseline, economics,
                customAccelerators, customModels, calibration, cascade);
    }

    public Scenario withEconomics(EconomicsInputs value) {
        return new Scenario(schemaVersion, name, description, workload, systems, baseline, value,
                customAccelerators, customModels, calibration, cascade);
    }
}
