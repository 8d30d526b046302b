package dev.ridgeline.scenario;

import dev.ridgeline.hardware.Precision;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;
import java.util.Map;

/** Figures a system replaces in its catalog accelerator: a custom bandwidth, capacity, peak or power. */
public record HardwareOverrides(
        @Optional @Range(min = 0.001, max = 1000) Double memoryBandwidthTBps,
        @Optional @Range(min = 0.001, max = 100_000) Double memoryGB,
        @Optional @Range(min = 0.001, max = 1e7) Map<Precision, Double> denseTflops,
        @Optional @Range(min = 1, max = 100_000) Double allInPowerW) {

    public HardwareOverrides {
        RecordRules.require(HardwareOverrides.class, "overrides", memoryBandwidthTBps, memoryGB, denseTflops,
                allInPowerW);
    }

    public static HardwareOverrides none() {
        return new HardwareOverrides(null, null, null, null);
    }

    public boolean isEmpty() {
        return memoryBandwidthTBps == null && memoryGB == null && denseTflops == null && allInPowerW == null;
    }

    public HardwareOverrides withMemoryBandwidthTBps(Double value) {
        return new HardwareOverrides(value, memoryGB, denseTflops, allInPowerW);
    }
}
