package dev.ridgeline.hardware;

import dev.ridgeline.units.Units;
import dev.ridgeline.validation.Optional;
import dev.ridgeline.validation.Range;
import dev.ridgeline.validation.RecordRules;
import java.util.Map;

/** One GPU or accelerator as a datasheet describes it. FLOP/s are dense (no 2:4 sparsity). */
public record Accelerator(
        String id,
        String name,
        String vendor,
        @Optional @Range(min = 2000, max = 2100) Integer year,
        @Range(min = 0.001, max = 100_000) double memoryGB,
        @Range(min = 0.001, max = 1000) double memoryBandwidthTBps,
        @Range(min = 0.001, max = 1e7) Map<Precision, Double> denseTflops,
        @Optional @Range(min = 0.001, max = 1e7) Map<Precision, Double> sparseTflops,
        @Range(min = 1, max = 100_000) double tdpW,
        @Optional @Range(min = 1, max = 100_000) Double allInPowerW,
        @Range(min = 0, max = 1_000_000) double scaleUpGBps,
        @Optional String scaleUpLink,
        String source,
        @Optional String notes,
        @Optional String family) {

    /**
     * All-in provisioned watts per GPU when the catalog gives none: TDP × 2.0. Host, network and fans
     * take the server to ~1.8× GPU TDP (DGX H100: 10.2 kW for 8 × 700 W = 1.82×) and facility cooling
     * and distribution add ~10 % (PUE ~1.1). An assumption, overridable per system.
     */
    public static final double DEFAULT_ALL_IN_POWER_RATIO = 2.0;

    public Accelerator {
        denseTflops = denseTflops == null ? Map.of() : Map.copyOf(denseTflops);
        sparseTflops = sparseTflops == null ? null : Map.copyOf(sparseTflops);
        RecordRules.require(Accelerator.class, "accelerator", id, name, vendor, year, memoryGB, memoryBandwidthTBps,
                denseTflops, sparseTflops, tdpW, allInPowerW, scaleUpGBps, scaleUpLink, source, notes, family);
    }

    /** The architecture generation whose kernels share efficiencies in calibration ("hopper"); else the id. */
    public String familyOrId() {
        return family != null ? family : id;
    }

    public double memoryBytes() {
        return memoryGB * Units.GB;
    }

    public double bandwidthBytesPerSec() {
        return memoryBandwidthTBps * Units.TB;
    }

    /** The precision this part actually runs when asked for {@code wanted}: FP4 falls back to FP8, then BF16. */
    public Precision supportedPrecision(Precision wanted) {
        Precision p = wanted;
        while (!denseTflops.containsKey(p) && p != Precision.BF16) {
            p = p.wider();
        }
        if (!denseTflops.containsKey(p)) {
            throw new IllegalStateException(id + " has no dense peak for " + wanted + " or any wider precision");
        }
        return p;
    }

    /** Dense peak FLOP/s at the precision this part runs {@code wanted} at. */
    public double peakFlops(Precision wanted) {
        return denseTflops.get(supportedPrecision(wanted)) * Units.TERA;
    }

    public double allInPowerWatts() {
        return allInPowerW != null ? allInPowerW : tdpW * DEFAULT_ALL_IN_POWER_RATIO;
    }

    public Accelerator withMemoryBandwidthTBps(double tbps) {
        return new Accelerator(id, name, vendor, year, memoryGB, tbps, denseTflops, sparseTflops, tdpW, allInPowerW,
                scaleUpGBps, scaleUpLink, source, notes, family);
    }

    public Accelerator withMemoryGB(double gb) {
        return new Accelerator(id, name, vendor, year, gb, memoryBandwidthTBps, denseTflops, sparseTflops, tdpW,
                allInPowerW, scaleUpGBps, scaleUpLink, source, notes, family);
    }

    public Accelerator withDenseTflops(Map<Precision, Double> tflops) {
        return new Accelerator(id, name, vendor, year, memoryGB, memoryBandwidthTBps, tflops, sparseTflops, tdpW,
                allInPowerW, scaleUpGBps, scaleUpLink, source, notes, family);
    }

    public Accelerator withAllInPowerW(Double watts) {
        return new Accelerator(id, name, vendor, year, memoryGB, memoryBandwidthTBps, denseTflops, sparseTflops, tdpW,
                watts, scaleUpGBps, scaleUpLink, source, notes, family);
    }
}
