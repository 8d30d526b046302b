package dev.ridgeline.validation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads versioned JSON documents (catalogs, scenarios): refuses oversized input before parsing, refuses a
 * newer schemaVersion, checks the shape against the target record, and only then binds it.
 */
public final class JsonDocuments {
    /** The schema version this build reads and writes. */
    /** Schema 2: parallelism, per-precision efficiencies, overheads, engine caps; reproducible measurements. */
    public static final int SCHEMA_VERSION = 2;
    /** Scenario and catalog files are a few kilobytes; anything this large is not one. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // "batch": 1, "batch": 999999 is refused, not read as the last one (issue 13)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // records are written by their components: isMoe() and isEmpty() must not become "moe" and "empty"
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    private JsonDocuments() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses, checks and binds; throws {@link InvalidInputException} listing every problem found. */
    public static <T> T read(byte[] bytes, String sourceName, Class<T> type) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(sourceName, List.of(new Problem("",
                    "file is " + bytes.length / 1024 + " KiB; files over " + MAX_BYTES / 1024 / 1024
                            + " MiB are refused")));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String duplicate = duplicateKeyPath(e);
            if (duplicate != null) {
                throw new InvalidInputException(sourceName, List.of(new Problem(duplicate,
                        "appears twice in the same object" + where + "; a key may appear only once")));
            }
            throw new InvalidInputException(sourceName, List.of(new Problem("", "not valid JSON" + where + ": "
                    + Quote.cap(e.getOriginalMessage()))));
        } catch (java.io.IOException e) {
            throw new InvalidInputException(sourceName, List.of(new Problem("", "could not be read: " + e.getMessage())));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(sourceName, List.of(new Problem("", "must be a JSON object")));
        }
        List<Problem> problems = new ArrayList<>(schemaVersionProblems(tree));
        if (!problems.isEmpty() && problems.get(0).message().contains("newer")) {
            throw new InvalidInputException(sourceName, problems);
        }
        problems.addAll(ShapeValidator.validate(tree, type));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(sourceName, problems);
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // a record's own rule across its fields (workload.sharedPrefixTokens ≤ inputTokens) keeps its path
            if (e.getCause() instanceof InvalidInputException own) {
                throw new InvalidInputException(sourceName, own.problems());
            }
            throw new InvalidInputException(sourceName, List.of(new Problem("", Quote.cap(e.getOriginalMessage()))));
        }
    }

    /**
     * Binds a document that failed its shape check as far as it can (unknown fields ignored), so that later
     * checks can still report their problems in the same pass; empty when it cannot be bound at all.
     */
    public static <T> java.util.Optional<T> bindLeniently(byte[] bytes, Class<T> type) {
        try {
            return java.util.Optional.ofNullable(MAPPER.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(bytes));
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The JSON path of a key the parser met twice ("systems[0].serving.batch"); null for any other error. */
    static String duplicateKeyPath(JsonProcessingException e) {
        if (!(e instanceof JsonParseException parse) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field")
                || parse.getProcessor() == null) {
            return null;
        }
        JsonParser parser = parse.getProcessor();
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            path.append(part.startsWith("[") || path.length() == 0 ? "" : ".").append(part.startsWith("[") ? part
                    : Quote.cap(part));
        }
        return path.toString();
    }

    private static List<Problem> schemaVersionProblems(JsonNode tree) {
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            return List.of(new Problem("schemaVersion", "is required and must be a whole number (this Ridgeline "
                    + "reads version " + SCHEMA_VERSION + ")"));
        }
        int v = version.asInt();
        if (v > SCHEMA_VERSION) {
            return List.of(new Problem("schemaVersion", "is " + v + ", newer than this Ridgeline reads ("
                    + SCHEMA_VERSION + "); open it with a newer Ridgeline"));
        }
        if (v < 1) {
            return List.of(new Problem("schemaVersion", "must be ≥ 1, was " + v));
        }
        return List.of();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
