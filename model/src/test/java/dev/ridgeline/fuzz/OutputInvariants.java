package dev.ridgeline.fuzz;

import dev.ridgeline.economics.Figure;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.economics.VersusBaseline;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.serving.SystemConfig;
import dev.ridgeline.serving.SystemResults;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every figure a card, chart, CSV or JSON shows must be: finite, and not negative where it is a count, bytes, a
 * time, a rate or money. Checked over every record component of the results (the inputs excluded) and the derived
 * figures the views read.
 */
final class OutputInvariants {
    /** Signed by meaning: a difference of monthly bills (negative: this system costs more). */
    private static final Set<String> SIGNED = Set.of("monthlySavingsOnDemand", "monthlySavingsSpot");

    private OutputInvariants() {
    }

    /** Counts what the systems came to, so a run's report shows which outcomes it reached. */
    static void countOutcomes(ScenarioResults results, Findings findings) {
        for (SystemOutcome o : results.systems()) {
            SystemEconomics e = o.economics();
            findings.count(!o.physics().fits() ? "system does not fit" : o.physics().atTarget().isEmpty()
                    ? "system misses the target" : "system meets the target");
            if (e.fleet().map(f -> f.beyondLimit()).orElse(false)) {
                findings.count("fleet beyond 1,000,000 GPUs");
            }
            if (e.hasCost() && e.fleet().isPresent() && !e.fleet().get().beyondLimit()) {
                findings.count("fleet sized");
            }
        }
    }

    /** Every figure that breaks an invariant, named by where it is; empty when all hold. */
    static List<String> violations(ScenarioResults results) {
        List<String> found = new ArrayList<>();
        SystemEconomics base = results.baseline().economics();
        for (SystemOutcome o : results.systems()) {
            String at = o.label() == null ? "?" : dev.ridgeline.validation.Quote.cap(o.label());
            SystemResults r = o.physics();
            walk(r, at + ".physics", found);
            walk(o.economics(), at + ".economics", found);
            VersusBaseline.of(o.economics(), base).ifPresent(v -> walk(v, at + ".vsBaseline", found));
            number(r.decodeFloorMs(), at + ".decodeFloorMs", found);
            number(r.ceilingTokensPerSecPerUser(), at + ".ceilingTokensPerSecPerUser", found);
            number(r.weightsGB(), at + ".weightsGB", found);
            number(r.ridgeFlopPerByte(), at + ".ridgeFlopPerByte", found);
            number(r.memory().tokenCapacity(), at + ".tokenCapacity", found);
            number(r.memory().concurrency(), at + ".concurrency", found);
            number(r.memory().maxBatch(), at + ".maxBatch", found);
            // the KV budget is a deficit when the model does not fit; the views say "does not fit" then
            if (r.fits()) {
                number(r.kvBudgetGB(), at + ".kvBudgetGB", found);
            } else if (!Double.isFinite(r.kvBudgetGB())) {
                found.add(at + ".kvBudgetGB = " + r.kvBudgetGB());
            }
            walk(r.memoryAtCurrentBatch(), at + ".memoryAtCurrentBatch", found);
            // issue 14: the latency at the fleet's load and along the chart's curve
            dev.ridgeline.economics.EconomicsModel.latencyAtFleet(r, results.scenario().workload(),
                    o.economics().fleet()).ifPresent(l -> walk(l, at + ".latencyAtFleet", found));
            List<dev.ridgeline.serving.LoadLatency> curve = dev.ridgeline.serving.LoadLatency.curve(r,
                    results.scenario().workload(), 8);
            for (int i = 0; i < curve.size(); i++) {
                walk(curve.get(i), at + ".latencyCurve[" + i + "]", found);
            }
            number(r.memory().prefixBytes(), at + ".prefixBytes", found);
            // issue 14's xPyD: every pool figure finite, the pools within the fleet limit
            o.disaggregated().ifPresent(d -> {
                walk(d, at + ".disaggregated", found);
                if (d.prefillGpus() > dev.ridgeline.economics.Fleet.MAX_GPUS
                        || d.decodeGpus() > dev.ridgeline.economics.Fleet.MAX_GPUS) {
                    found.add(at + ".disaggregated beyond the fleet limit: " + d.describe());
                }
            });
            o.economics().fleet().ifPresent(f -> {
                walk(f.ttftGpusFigure(), at + ".fleet.ttftGpusFigure", found);
                walk(f.gpusFigure(), at + ".fleet.gpusFigure", found);
                walk(f.monthlyOnDemandFigure(), at + ".fleet.monthlyOnDemandFigure", found);
            });
            if (o.economics().hasCost() && o.economics().fleet().isEmpty()) {
                found.add(at + ": a cost without a fleet");
            }
        }
        return found;
    }

    /** Where a figure is, built into text only when it breaks an invariant. */
    private record Where(Object parent, String name) {
        @Override
        public String toString() {
            return parent + (name.startsWith("[") ? "" : ".") + name;
        }
    }

    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private static void walk(Object value, Object path, List<String> found) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof SystemConfig) {
            return; // text, and the inputs (checked by their own constructors)
        }
        if (value instanceof Number n) {
            double v = n.doubleValue();
            boolean signed = path instanceof Where w && SIGNED.contains(w.name());
            if (!Double.isFinite(v) || (!signed && v < 0)) {
                found.add(path + " = " + n);
            }
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(v, path, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), new Where(path, "[" + i + "]"), found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, new Where(path, String.valueOf(k)), found));
        } else if (value instanceof Figure figure) {
            if (figure.defined()) {
                walk(figure.value(), path, found);
            } else if (figure.reason().isBlank()) {
                found.add(path + ": undefined without a reason");
            }
        } else if (value instanceof Record record) {
            java.lang.reflect.Method[] accessors = ACCESSORS.get(record.getClass());
            for (java.lang.reflect.Method accessor : accessors) {
                try {
                    walk(accessor.invoke(record), new Where(path, accessor.getName()), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void number(double v, String path, List<String> found) {
        if (!Double.isFinite(v) || v < 0) {
            found.add(path + " = " + v);
        }
    }
}
