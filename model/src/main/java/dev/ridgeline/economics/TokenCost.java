package dev.ridgeline.economics;

import dev.ridgeline.units.Units;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.RangeText;

/** Cost per million tokens = $/GPU-hour / (tok/s/GPU × 3,600) × 1e6 (seed 004 §1; seed 001 §3.1). */
public final class TokenCost {
    private TokenCost() {
    }

    public static double perMillion(double pricePerGpuHour, double tokensPerSecPerGpu) {
        if (!(pricePerGpuHour >= 0) || !Double.isFinite(pricePerGpuHour)) {
            throw new InvalidInputException("pricePerHour", "must be ≥ 0, was " + RangeText.number(pricePerGpuHour));
        }
        if (!(tokensPerSecPerGpu > 0) || !Double.isFinite(tokensPerSecPerGpu)) {
            throw new InvalidInputException("tokensPerSecPerGpu", "must be > 0, was " + RangeText.number(tokensPerSecPerGpu));
        }
        return pricePerGpuHour / (tokensPerSecPerGpu * Units.SECONDS_PER_HOUR) * Units.MILLION;
    }

    /** A nullable price gives a nullable cost. */
    public static Double perMillionOrNull(Double pricePerGpuHour, double tokensPerSecPerGpu) {
        return pricePerGpuHour == null ? null : perMillion(pricePerGpuHour, tokensPerSecPerGpu);
    }

    /** Monthly cost of a fleet: GPUs × $/h × 730 h (seed 001 §3.3). */
    public static double monthly(int gpus, double pricePerGpuHour) {
        return gpus * pricePerGpuHour * Units.HOURS_PER_MONTH;
    }
}
