package dev.ridgeline.evaluation;

import dev.ridgeline.economics.EconomicsModel;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.LoadLatency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A system's latency against load per GPU (issue 14), so that systems of different replica sizes, and a
 * disaggregated system's two pools, share one axis: an aggregated replica of n GPUs at λ req/s is λ ÷ n per GPU;
 * a disaggregated system's pools at their costed ratio carry λ = per-GPU load × both pools' GPUs.
 */
public final class LatencyUnderLoad {
    private LatencyUnderLoad() {
    }

    /** One point: the load per GPU and the latency there. */
    public record Point(double requestsPerSecPerGpu, LoadLatency latency) {
    }

    /** The curve from 1/points to 0.98 of what the system carries; empty when it cannot run the workload. */
    public static List<Point> curve(SystemOutcome o, Workload w, int points) {
        List<Point> curve = new ArrayList<>(points);
        if (o.disaggregated().isPresent()) {
            var d = o.disaggregated().get();
            double max = d.maxRequestsPerSecPerGpu(w);
            for (int i = 1; i <= points; i++) {
                double perGpu = max * 0.98 * i / points;
                curve.add(new Point(perGpu, d.latencyPerGpu(perGpu, w)));
            }
            return curve;
        }
        int n = o.physics().config().gpus();
        for (LoadLatency l : LoadLatency.curve(o.physics(), w, points)) {
            curve.add(new Point(l.requestsPerSecPerReplica() / n, l));
        }
        return curve;
    }

    /** The latency the costed fleet gives at the workload's peak; empty when the fleet is not sized. */
    public static Optional<Point> atPeak(SystemOutcome o, Workload w) {
        double peak = w.requestsPerSec() * w.peakFactor();
        if (o.disaggregated().isPresent()) {
            var d = o.disaggregated().get();
            return Optional.of(new Point(peak / d.gpus(), d.latencyPerGpu(peak / d.gpus(), w)));
        }
        return EconomicsModel.latencyAtFleet(o.physics(), w, o.economics().fleet())
                .map(l -> new Point(l.requestsPerSecPerReplica() / o.physics().config().gpus(), l));
    }
}
