package dev.ridgeline.decisions;

import dev.ridgeline.economics.BuildVsBuy;
import dev.ridgeline.economics.BuyComparison;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.EconomicsInputs;
import dev.ridgeline.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Build versus buy over volume (seed 004 §6), extending {@link BuyComparison} into a curve: $/month against the
 * workload's tokens per day (input + output, average). Self-hosting is a step function: whole replicas for the
 * peak (volume × peak-to-average ÷ one replica's tokens a day, at the costed throughput) × on-demand $/h × 730 +
 * operations. The API is volume × 30.42 days × its blended price. The hybrid (when peak hours are given and the
 * peak exceeds the average) self-hosts the average and sends (peak − 1) × volume × peak hours ÷ 24 a day to the API.
 * The break-even is {@link BuyComparison#breakEvenTokensPerDay()}: one replica's fixed cost over the API price.
 *
 * @param volumes          tokens/day sampled (log-spaced, with each replica boundary in range on both sides)
 * @param workloadVolume   the scenario's own tokens/day (marked)
 */
public record BuildVsBuyCurve(String system, String api, List<Point> points, Double breakEvenTokensPerDay,
        double workloadVolume, double replicaTokensPerDay, boolean hasHybrid) {

    /** @param hybridMonthly null without a hybrid */
    public record Point(double tokensPerDay, double selfHostMonthly, double apiMonthly, Double hybridMonthly,
            int replicas) {
    }

    public BuildVsBuyCurve {
        points = List.copyOf(points);
    }

    /** Sample count between the ends (replica boundaries add two each). */
    static final int SAMPLES = 120;
    /** At most this many replica boundaries are drawn as exact steps. */
    static final int MAX_STEPS = 400;

    public static Optional<BuildVsBuyCurve> of(SystemOutcome o, Workload w, EconomicsInputs inputs) {
        Optional<BuyComparison> buy = o.economics().buy();
        Double price = o.resolved().onDemandPerHour();
        if (buy.isEmpty() || price == null || buy.get().replicaTokensPerDay() <= 0) {
            return Optional.empty();
        }
        BuyComparison b = buy.get();
        int n = o.physics().config().gpus();
        double ops = inputs.operationsOrZero();
        double perReplica = b.replicaTokensPerDay();
        Double breakEven = b.breakEvenTokensPerDay().defined() ? b.breakEvenTokensPerDay().value() : null;
        double volume = b.tokensPerDay();
        boolean hybrid = inputs.peakHoursPerDay() != null && w.peakFactor() > 1;
        double anchor = breakEven != null ? Math.min(breakEven, volume) : volume;
        double lo = Math.max(1, anchor / 10);
        double hi = Math.max(volume, breakEven == null ? 0 : breakEven) * 10;
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            xs.add(lo * Math.pow(hi / lo, (double) i / SAMPLES));
        }
        double peak = w.peakFactor();
        // replica boundaries: where volume × peak is a whole number of replicas' tokens
        long first = (long) Math.ceil(lo * peak / perReplica);
        long last = (long) Math.floor(hi * peak / perReplica);
        if (last - first < MAX_STEPS) {
            for (long k = Math.max(1, first); k <= last; k++) {
                double edge = k * perReplica / peak;
                xs.add(edge);
                xs.add(Math.nextUp(edge * (1 + 1e-9)));
            }
        }
        if (breakEven != null) {
            xs.add(breakEven);
        }
        xs.add(volume);
        xs.sort(Double::compare);
        List<Point> points = new ArrayList<>();
        double last0 = -1;
        for (double x : xs) {
            if (x == last0 || x < lo || x > hi) {
                continue;
            }
            last0 = x;
            int replicas = Fleet.sized(x * peak / perReplica, 1);
            if (replicas > Fleet.MAX_GPUS / n) {
                break;
            }
            double self = BuildVsBuy.selfHostMonthly(replicas * n, price, ops);
            double api = BuildVsBuy.apiMonthly(x, b.apiBlendedPerMillion());
            Double hyb = null;
            if (hybrid) {
                int avg = Fleet.sized(x / perReplica, 1);
                double overflow = (peak - 1) * x * inputs.peakHoursPerDay() / 24;
                hyb = BuildVsBuy.hybridMonthly(avg * n, price, ops, overflow, b.apiBlendedPerMillion());
            }
            points.add(new Point(x, self, api, hyb, replicas));
        }
        return Optional.of(new BuildVsBuyCurve(o.label(), b.api().name(), points, breakEven, volume, perReplica,
                hybrid));
    }
}
