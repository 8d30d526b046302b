package dev.ridgeline.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.HardwareOverrides;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.Workload;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 9: the model API refuses out-of-range workload, price and hardware values itself, naming the
 * field, instead of returning negative or infinite figures later (defect 5's extreme inputs are among them).
 */
class ApiRangesTest {
    private static String refusal(Executable build) {
        return assertThrows(InvalidInputException.class, build).problems().get(0).toString();
    }

    @Test
    void workloadValuesOutsideTheirRangesAreRefused() {
        assertEquals("workload.requestsPerSec: must be between 0 and 1000000000 (0 excluded), was -1",
                refusal(() -> new Workload(800, 400, -1, 1.0, 50)));
        assertEquals("workload.inputTokens: must be between 1 and 10000000, was 0",
                refusal(() -> new Workload(0, 400, 1, 1.0, 50)));
        assertEquals("workload.peakToAverage: must be between 1 and 100, was 0.5",
                refusal(() -> new Workload(800, 400, 1, 0.5, 50)));
        // defect 5: a target of 5e-324 tok/s/user made a request hold its cache for 400 / 5e-324 = Infinity seconds
        assertEquals("workload.targetTokensPerSecPerUser: must be between 0.001 and 100000, was 4.9E-324",
                refusal(() -> new Workload(800, 400, 1, 1.0, Double.MIN_VALUE)));
        assertEquals("workload.requestsPerSec: must be a number, was NaN",
                refusal(() -> new Workload(800, 400, Double.NaN, 1.0, 50)));
    }

    @Test
    void pricesOutsideTheirRangesAreRefused() {
        assertEquals("price.onDemandPerHour: must be between 0 and 10000, was -2",
                refusal(() -> new GpuPricing(null, null, -2.0, null, null)));
        // defect 5: an API at 1e308 $/M made every bill Infinity
        assertEquals("api.outputPerMillion: must be between 0 and 1000000, was 1.0E308",
                refusal(() -> new ApiPrice("x", "x", 1, 1e308, null)));
        assertEquals("measured.outputTokensPerSecPerGpu: must be between 0.001 and 1000000000, was 4.9E-324",
                refusal(() -> new MeasuredThroughput(Double.MIN_VALUE, null, "t", null, null, null, null, null)));
    }

    @Test
    void hardwareAndServingValuesOutsideTheirRangesAreRefused() {
        // defect 5: 1e-300 W all-in gave Infinity tok/s per MW
        assertEquals("overrides.allInPowerW: must be between 1 and 100000, was 1.0E-300",
                refusal(() -> new HardwareOverrides(null, null, null, 1e-300)));
        assertEquals("serving.batch: must be between 1 and 1000000, was 0",
                refusal(() -> Serving.none().withBatch(0)));
        assertEquals("serving.computeEfficiencyByPrecision.FP8: must be between 0.05 and 1, was 0",
                refusal(() -> Serving.none().withComputeEfficiencyByPrecision(
                        java.util.Map.of(dev.ridgeline.hardware.Precision.FP8, 0.0))));
    }
}
