package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-out: each point predicted by a fit on all the others, so the error says how the calibrated model does
 * on a measurement it has not seen. That, not the in-sample error, is the figure to quote.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** One point predicted without it. */
    public record HeldOut(Measurement point, double predicted) {
        public double ratio() {
            return predicted / point.tokensPerSecPerGpu();
        }
    }

    /** Held-out predictions and their MAPE and worst ratio (furthest from 1 either way). */
    public record Result(List<HeldOut> points, double mapePercent, double worstRatio) {
    }

    /** The same points against the same catalog give the same result: a profile's fit and its check share one. */
    private record Key(Catalog catalog, List<Measurement> points) {
    }

    private static final java.util.Map<Key, Result> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Key, Result> eldest) {
                    return size() > 4;
                }
            });

    public static Result leaveOneOut(Catalog catalog, List<Measurement> points) {
        Key key = new Key(catalog, List.copyOf(points));
        Result known = RECENT.get(key);
        if (known != null) {
            return known;
        }
        Result computed = compute(catalog, points);
        RECENT.put(key, computed);
        return computed;
    }

    private static Result compute(Catalog catalog, List<Measurement> points) {
        List<Measurement> usable = points.stream().filter(Measurement::reproducible).toList();
        List<HeldOut> out = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            List<Measurement> rest = new ArrayList<>(usable);
            Measurement held = rest.remove(i);
            Calibration c = Fitter.fit(catalog, rest).calibration();
            out.add(new HeldOut(held, Fidelity.predict(catalog, held, c)));
        }
        double mape = out.stream().mapToDouble(h -> Math.abs(h.ratio() - 1)).average().orElse(0) * 100;
        double worst = out.stream().mapToDouble(HeldOut::ratio)
                .reduce(1, (a, b) -> Math.abs(Math.log(b)) > Math.abs(Math.log(a)) ? b : a);
        return new Result(out, mape, worst);
    }
}
