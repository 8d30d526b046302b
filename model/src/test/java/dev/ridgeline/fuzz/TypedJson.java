package dev.ridgeline.fuzz;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.validation.Range;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * JSON generated and found by the record types it binds to (the records are the schema): a value for any component,
 * plausible or not, and every object in a document together with the record it stands for.
 */
final class TypedJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** An object node of a document and the record type it is read as. */
    record Site(ObjectNode node, Class<?> type) {
    }

    /** Record components by type, worked out once: reflection per call dominated the run. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static final ClassValue<Type[]> TYPES = new ClassValue<>() {
        @Override
        protected Type[] computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            Type[] types = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
            }
            return types;
        }
    };

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                JsonProperty property = components[i].getAnnotation(JsonProperty.class);
                names[i] = property != null && !property.value().isEmpty() ? property.value()
                        : components[i].getName();
            }
            return names;
        }
    };

    /** The record's components, cached. */
    static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    private final String[] ids;

    /** @param ids catalog ids and names to use as plausible text */
    TypedJson(String... ids) {
        this.ids = ids;
    }

    /** Every object of {@code node} that is read as a record, {@code node} first. */
    static List<Site> sites(JsonNode node, Type type) {
        List<Site> sites = new ArrayList<>();
        collect(node, type, sites);
        return sites;
    }

    private static void collect(JsonNode node, Type type, List<Site> sites) {
        Class<?> raw = raw(type);
        if (raw.isRecord() && node instanceof ObjectNode object) {
            sites.add(new Site(object, raw));
            String[] names = NAMES.get(raw);
            Type[] types = TYPES.get(raw);
            for (int i = 0; i < names.length; i++) {
                JsonNode child = object.get(names[i]);
                if (child != null) {
                    collect(child, types[i], sites);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray()) {
            node.forEach(element -> collect(element, argument(type, 0), sites));
        } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
            node.forEach(value -> collect(value, argument(type, 1), sites));
        }
    }

    /** A value for a component: of its type (often at an edge of its range) or, now and then, of another type. */
    JsonNode value(SplittableRandom r, RecordComponent c, int depth) {
        if (r.nextInt(12) == 0) {
            return wrongType(r);
        }
        return value(r, c.getGenericType(), c.getAnnotation(Range.class), depth);
    }

    JsonNode value(SplittableRandom r, Type type, Range range, int depth) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return depth > 3 ? JSON.objectNode() : record(r, raw, depth + 1);
        }
        if (List.class.isAssignableFrom(raw)) {
            ArrayNode list = JSON.arrayNode();
            int n = r.nextInt(4);
            for (int i = 0; i < n && depth < 4; i++) {
                list.add(value(r, argument(type, 0), range, depth + 1));
            }
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            ObjectNode map = JSON.objectNode();
            Class<?> key = raw(argument(type, 0));
            Object[] keys = key.isEnum() ? key.getEnumConstants() : new Object[] {"k"};
            for (Object k : keys) {
                if (r.nextBoolean()) {
                    map.set(k.toString(), value(r, argument(type, 1), range, depth + 1));
                }
            }
            if (r.nextInt(10) == 0) {
                map.put("FP16", 1);
            }
            return map;
        }
        if (raw == String.class) {
            return JSON.textNode(EdgeValues.text(r, ids));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JSON.booleanNode(r.nextBoolean());
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return r.nextInt(10) == 0 ? JSON.textNode("GQA".equals(constants[0].toString()) ? "MHA" : "junk")
                    : JSON.textNode(enumName(raw, constants[r.nextInt(constants.length)]));
        }
        boolean integral = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
        double v = EdgeValues.number(r, range, integral);
        return integral && Math.rint(v) == v && Math.abs(v) < 9e18 ? JSON.numberNode((long) v) : JSON.numberNode(v);
    }

    /** A whole record: every required component and about half the optional ones. */
    ObjectNode record(SplittableRandom r, Class<?> type, int depth) {
        ObjectNode object = JSON.objectNode();
        for (RecordComponent c : COMPONENTS.get(type)) {
            boolean optional = c.isAnnotationPresent(dev.ridgeline.validation.Optional.class);
            if (!optional || r.nextBoolean()) {
                object.set(name(c), value(r, c, depth));
            }
        }
        return object;
    }

    private static JsonNode wrongType(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.textNode("12");
            case 2 -> JSON.arrayNode().add(1);
            case 3 -> JSON.objectNode().put("x", 1);
            default -> JSON.booleanNode(true);
        };
    }

    static String name(RecordComponent c) {
        RecordComponent[] components = COMPONENTS.get(c.getDeclaringRecord());
        for (int i = 0; i < components.length; i++) {
            if (components[i].equals(c)) {
                return NAMES.get(c.getDeclaringRecord())[i];
            }
        }
        return c.getName();
    }

    private static String enumName(Class<?> type, Object constant) {
        try {
            JsonProperty property = type.getField(((Enum<?>) constant).name()).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : ((Enum<?>) constant).name();
        } catch (NoSuchFieldException e) {
            return ((Enum<?>) constant).name();
        }
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
