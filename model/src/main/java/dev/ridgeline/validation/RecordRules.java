package dev.ridgeline.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The model API's own check of a record's values, by the same annotations {@link ShapeValidator} applies to a file:
 * a value outside its {@link Range}, a list outside its {@link Size}, a required component left null. A record calls
 * {@link #require} from its compact constructor with its values in component order, so a value the file validator
 * would refuse cannot be built by code either (issue 13: ranges enforced at the API, not only in the UI).
 */
public final class RecordRules {
    private record Rule(String name, Range range, Size size, boolean required) {
    }

    private static final ClassValue<Rule[]> RULES = new ClassValue<>() {
        @Override
        protected Rule[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Rule[] rules = new Rule[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                JsonProperty property = c.getAnnotation(JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : c.getName();
                rules[i] = new Rule(name, c.getAnnotation(Range.class), c.getAnnotation(Size.class),
                        !c.getType().isPrimitive() && !c.isAnnotationPresent(Optional.class));
            }
            return rules;
        }
    };

    /** Set while a file already refused is bound leniently, only to find its other problems in the same pass. */
    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> false);

    private RecordRules() {
    }

    /**
     * Runs {@code work} with every record's own checks suspended: how a misshapen file is still bound and resolved to
     * report its reference problems beside its shape problems. What it builds must only be inspected, never evaluated.
     */
    public static <T> T suspended(java.util.function.Supplier<T> work) {
        boolean was = SUSPENDED.get();
        SUSPENDED.set(true);
        try {
            return work.get();
        } finally {
            SUSPENDED.set(was);
        }
    }

    /**
     * Throws {@link InvalidInputException} listing every value of {@code type} that breaks its rules, each named
     * {@code prefix.component}.
     *
     * @param values the record's component values, in declaration order
     */
    public static void require(Class<? extends Record> type, String prefix, Object... values) {
        if (SUSPENDED.get()) {
            return;
        }
        List<Problem> problems = problems(type, prefix, values);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(prefix.isEmpty() ? type.getSimpleName() : prefix, problems);
        }
    }

    /** Every value of {@code type} that breaks its rules; empty when all hold. */
    public static List<Problem> problems(Class<? extends Record> type, String prefix, Object... values) {
        Rule[] rules = RULES.get(type);
        if (values.length != rules.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + rules.length + " components, "
                    + values.length + " values given");
        }
        List<Problem> problems = new ArrayList<>(0);
        for (int i = 0; i < rules.length; i++) {
            Rule rule = rules[i];
            String path = prefix.isEmpty() ? rule.name() : prefix + "." + rule.name();
            Object value = values[i];
            if (value == null) {
                if (rule.required()) {
                    problems.add(new Problem(path, "is required"));
                }
                continue;
            }
            if (rule.size() != null && value instanceof Collection<?> list
                    && (list.size() < rule.size().min() || list.size() > rule.size().max())) {
                problems.add(new Problem(path, "must hold " + rule.size().min() + (rule.size().max() == Integer.MAX_VALUE
                        ? " or more" : " to " + rule.size().max()) + " entries, held " + list.size()));
            }
            if (rule.range() == null) {
                continue;
            }
            if (value instanceof Number n) {
                check(rule.range(), path, n.doubleValue(), problems);
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getValue() instanceof Number n) {
                        check(rule.range(), path + "." + e.getKey(), n.doubleValue(), problems);
                    } else {
                        problems.add(new Problem(path + "." + e.getKey(), "is required"));
                    }
                }
            }
        }
        return problems;
    }

    private static void check(Range range, String path, double value, List<Problem> problems) {
        String violation = Double.isInfinite(value) ? "must be a finite number, was " + value
                : RangeText.violation(range, value);
        if (violation != null) {
            problems.add(new Problem(path, violation));
        }
    }
}
