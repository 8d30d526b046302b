package dev.ridgeline.serving;

import dev.ridgeline.hardware.Precision;
import java.util.EnumMap;
import java.util.Map;

/**
 * Achieved fractions of the datasheet: of HBM bandwidth (streaming weights and KV), and of dense peak FLOP/s per
 * compute precision (GEMMs and attention kernels). Where the defaults come from: {@link #DEFAULTS}.
 *
 * @param bandwidth fraction of HBM bandwidth a decode GEMV or attention kernel reaches
 * @param compute   fraction of dense peak per precision; a precision left out uses {@link #DEFAULTS}'
 */
public record Efficiencies(double bandwidth, Map<Precision, Double> compute) {

    /**
     * Picked with the overheads on a coarse grid scored by MAPE over MEASURED.md's 23 visible rows (model/MODEL.md,
     * "Efficiency defaults"); they match what the compute-bound 128/128 rows show directly: B200 NVFP4 reaches ~35 %
     * of its dense FP4 peak in model FLOPs, H200 FP8 ~54 % of FP8 peak. BF16 takes FP8's figure (no BF16 row is
     * measured). Bandwidth 0.80: decode GEMV and paged-attention kernels reach ~80 % of HBM bandwidth.
     */
    public static final Efficiencies DEFAULTS = new Efficiencies(0.80,
            Map.of(Precision.FP4, 0.36, Precision.FP8, 0.53, Precision.BF16, 0.53));

    public Efficiencies {
        compute = compute == null ? Map.of() : Map.copyOf(compute);
    }

    public double compute(Precision p) {
        Double own = compute.get(p);
        return own != null ? own : DEFAULTS.compute.get(p);
    }

    public Efficiencies withBandwidth(double value) {
        return new Efficiencies(value, compute);
    }

    public Efficiencies withCompute(Precision p, double value) {
        Map<Precision, Double> m = new EnumMap<>(Precision.class);
        m.putAll(compute);
        m.put(p, value);
        return new Efficiencies(bandwidth, m);
    }
}
