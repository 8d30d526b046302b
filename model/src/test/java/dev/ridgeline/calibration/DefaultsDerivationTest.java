package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.scenario.Serving;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.Efficiencies;
import dev.ridgeline.serving.EngineLimits;
import dev.ridgeline.serving.Overheads;
import dev.ridgeline.serving.ServingModel;
import dev.ridgeline.serving.SystemConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The defaults are where model/MODEL.md says they came from: no point of a grid around them fits MEASURED.md's
 * visible rows more than a point of MAPE better. A change to the model that moves the optimum fails here until
 * the defaults are derived again.
 */
class DefaultsDerivationTest {
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final List<Measurement> ROWS = CATALOG.measurements().stream()
            .filter(m -> m.reproducible() && m.round().startsWith("TensorRT-LLM")).toList();

    private static double mape(double fixedMs, double perSequenceUs, double fp4, double fp8, double bandwidth) {
        Serving d = Serving.DEFAULTS;
        double sum = 0;
        for (Measurement m : ROWS) {
            SystemConfig s = new SystemConfig(m.id(), CATALOG.accelerator(m.accelerator()).orElseThrow(),
                    CATALOG.model(m.model()).orElseThrow(), CATALOG.format(m.weightFormat()).orElseThrow(),
                    CATALOG.format(m.kvFormat()).orElseThrow(), m.parallelism().resolve(), 1, 0, 0,
                    d.draftCostRatio(), new Efficiencies(bandwidth, Map.of(Precision.FP4, fp4, Precision.FP8, fp8,
                            Precision.BF16, fp8)),
                    new Overheads(fixedMs, perSequenceUs, d.allReduceLatencyUs(), d.draftPassUs()),
                    EngineLimits.TRTLLM_BENCH, d.runtimeGB(), d.reserveGB());
            double modeled = ServingModel.evaluate(s, new Workload(m.inputTokens(), m.outputTokens(), 1, 1.0, 1))
                    .maxThroughput().orElseThrow().outputTokensPerSecPerGpu();
            sum += Math.abs(modeled / m.tokensPerSecPerGpu() - 1);
        }
        return sum / ROWS.size() * 100;
    }

    @Test
    void noNearbyPointFitsTheVisibleRowsMuchBetter() {
        Efficiencies e = Efficiencies.DEFAULTS;
        Serving d = Serving.DEFAULTS;
        double atDefaults = mape(d.stepOverheadMs(), d.perSequenceOverheadUs(), e.compute(Precision.FP4),
                e.compute(Precision.FP8), e.bandwidth());
        double best = Double.MAX_VALUE;
        for (double fixed : new double[] {0.5, 1, 2}) {
            for (double perSequence : new double[] {0, 1, 2, 4}) {
                for (double fp4 : new double[] {0.33, 0.36, 0.39}) {
                    for (double fp8 : new double[] {0.50, 0.53, 0.56}) {
                        for (double bandwidth : new double[] {0.75, 0.80, 0.85}) {
                            best = Math.min(best, mape(fixed, perSequence, fp4, fp8, bandwidth));
                        }
                    }
                }
            }
        }
        // today: 7.6 % at the defaults; the best of these 324 points ~7.5 % (fixed 1 ms, 1 µs, bandwidth 0.75)
        assertTrue(atDefaults - best <= 1.0, "defaults " + atDefaults + " % against the grid's best " + best + " %");
        assertTrue(atDefaults <= 25, "MAPE " + atDefaults);
    }
}
