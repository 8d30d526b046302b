package dev.ridgeline.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON tree against the record type it will be read into, before Jackson reads it, so that a
 * file's every problem is reported at once with its path and allowed range. The records are the schema:
 * components are the known fields, {@link Range}, {@link Size} and {@link Optional} say the rest.
 */
public final class ShapeValidator {
    private final List<Problem> problems = new ArrayList<>();

    private ShapeValidator() {
    }

    public static List<Problem> validate(JsonNode node, Class<?> type) {
        ShapeValidator validator = new ShapeValidator();
        validator.check(node, type, null, "");
        return List.copyOf(validator.problems);
    }

    private void check(JsonNode node, Type type, AnnotatedElement annotations, String path) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            checkRecord(node, raw, path);
        } else if (List.class.isAssignableFrom(raw)) {
            checkList(node, elementType(type, 0), annotations, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            checkMap(node, elementType(type, 0), elementType(type, 1), annotations, path);
        } else if (raw == String.class) {
            if (!node.isTextual()) {
                problem(path, "must be text, was " + describe(node));
            } else if (node.asText().isBlank()) {
                problem(path, "must not be empty");
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                problem(path, "must be true or false, was " + describe(node));
            }
        } else if (raw.isEnum()) {
            checkEnum(node, raw, path);
        } else if (isNumber(raw)) {
            checkNumber(node, raw, annotations, path);
        } else {
            throw new IllegalStateException("no shape rule for " + raw + " at " + path);
        }
    }

    /** A record component as the schema needs it; worked out once per type (reflection is slow per call). */
    private record Field(String name, Type type, AnnotatedElement annotations, boolean optional) {
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(new Field(jsonName(c), c.getGenericType(), c, isOptional(c)));
            }
            return List.copyOf(fields);
        }
    };

    private static final ClassValue<Set<String>> KNOWN = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> known = new LinkedHashSet<>();
            FIELDS.get(type).forEach(f -> known.add(f.name()));
            return java.util.Collections.unmodifiableSet(known);
        }
    };

    private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return List.copyOf(names(type));
        }
    };

    private void checkRecord(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object, was " + describe(node));
            return;
        }
        Set<String> known = KNOWN.get(type);
        for (Field component : FIELDS.get(type)) {
            String name = component.name();
            JsonNode child = node.get(name);
            String childPath = field(path, name);
            if (child == null || child.isNull()) {
                if (!component.optional()) {
                    problem(childPath, "is required");
                }
                continue;
            }
            check(child, component.type(), component.annotations(), childPath);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String hint = Closest.among(name, known);
                problem(field(path, name), "unknown field" + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
            }
        }
    }

    private void checkList(JsonNode node, Type elementType, AnnotatedElement annotations, String path) {
        if (!node.isArray()) {
            problem(path, "must be a list, was " + describe(node));
            return;
        }
        Size size = annotations == null ? null : annotations.getAnnotation(Size.class);
        if (size != null && (node.size() < size.min() || node.size() > size.max())) {
            problem(path, "must hold " + size.min() + (size.max() == Integer.MAX_VALUE ? " or more" : " to " + size.max())
                    + " entries, held " + node.size());
        }
        for (int i = 0; i < node.size(); i++) {
            check(node.get(i), elementType, annotations, path + "[" + i + "]");
        }
    }

    private void checkMap(JsonNode node, Type keyType, Type valueType, AnnotatedElement annotations, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object, was " + describe(node));
            return;
        }
        Class<?> keyClass = rawClass(keyType);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String entryPath = field(path, entry.getKey());
            if (keyClass.isEnum() && !enumNames(keyClass).contains(entry.getKey())) {
                problem(entryPath, "unknown key, must be one of " + String.join(", ", enumNames(keyClass)));
                continue;
            }
            check(entry.getValue(), valueType, annotations, entryPath);
        }
    }

    private void checkEnum(JsonNode node, Class<?> type, String path) {
        List<String> names = enumNames(type);
        if (!node.isTextual() || !names.contains(node.asText())) {
            problem(path, "must be one of " + String.join(", ", names) + ", was " + describe(node));
        }
    }

    private void checkNumber(JsonNode node, Class<?> type, AnnotatedElement annotations, String path) {
        boolean integral = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        if (!node.isNumber()) {
            problem(path, "must be " + (integral ? "a whole number" : "a number") + ", was " + describe(node));
            return;
        }
        double value = node.asDouble();
        if (!integral && !Double.isFinite(value)) {
            problem(path, "must be a finite number, was " + describe(node));
            return;
        }
        if (integral && Double.isFinite(value) && value % 1 != 0) {
            problem(path, "must be a whole number, was " + describe(node));
            return;
        }
        // the allowed range is the field's own, narrowed to what its Java type holds (an int: ±2,147,483,647)
        Range range = annotations == null ? null : annotations.getAnnotation(Range.class);
        double min = range == null ? Double.NEGATIVE_INFINITY : range.min();
        double max = range == null ? Double.POSITIVE_INFINITY : range.max();
        boolean minExclusive = range != null && range.minExclusive();
        boolean maxExclusive = range != null && range.maxExclusive();
        double typeMin = typeMin(type);
        double typeMax = typeMax(type);
        if (typeMin > min) {
            min = typeMin;
            minExclusive = false;
        }
        if (typeMax < max) {
            max = typeMax;
            maxExclusive = false;
        }
        boolean below = minExclusive ? value <= min : value < min;
        boolean above = maxExclusive ? value >= max : value > max;
        if (below || above) {
            problem(path, "must be " + RangeText.allowed(min, minExclusive, max, maxExclusive) + ", was "
                    + describe(node));
        }
    }

    private static double typeMin(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.MIN_VALUE;
        }
        return type == long.class || type == Long.class ? Long.MIN_VALUE : Double.NEGATIVE_INFINITY;
    }

    private static double typeMax(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.MAX_VALUE;
        }
        // the largest double below 2^63: every value at or under it converts to a long exactly
        return type == long.class || type == Long.class ? Math.nextDown(0x1p63) : Double.POSITIVE_INFINITY;
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** A key is quoted into the path capped, like any other input a message quotes. */
    static String field(String path, String name) {
        String key = Quote.cap(name);
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static boolean isOptional(RecordComponent component) {
        return component.isAnnotationPresent(Optional.class);
    }

    static List<String> enumNames(Class<?> type) {
        return ENUM_NAMES.get(type);
    }

    private static List<String> names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                names.add(property != null ? property.value() : name);
            } catch (NoSuchFieldException e) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isNumber(Class<?> type) {
        return type == double.class || type == Double.class || type == int.class || type == Integer.class
                || type == long.class || type == Long.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type elementType(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("raw collection type " + type);
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return Quote.of(node.asText());
        }
        if (node.isBigInteger() || node.isBigDecimal()) {
            return Quote.cap(node.asText());
        }
        if (node.isNumber()) {
            return RangeText.number(node.asDouble());
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.toString();
    }
}
