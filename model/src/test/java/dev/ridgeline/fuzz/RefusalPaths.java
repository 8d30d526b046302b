package dev.ridgeline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a refusal names where the problem is: every problem has a JSON path (but those about the file as a whole),
 * and that path is in the document, or, for a missing field, its parent is.
 */
final class RefusalPaths {
    private RefusalPaths() {
    }

    /** Problems of {@code e} that name no path, or one {@code document} (null: not checked) does not have. */
    static List<String> unnamed(InvalidInputException e, JsonNode document) {
        List<String> found = new ArrayList<>();
        if (e.problems().isEmpty()) {
            found.add("no problems listed: " + e.getMessage());
        }
        for (Problem p : e.problems()) {
            if (p.path().isEmpty()) {
                if (!wholeFile(p.message())) {
                    found.add("no path: " + p);
                }
            } else if (document != null && !p.path().contains("…") && !locates(document, p)) {
                found.add("not in the file: " + p);
            }
        }
        return found;
    }

    private static boolean wholeFile(String message) {
        return message.startsWith("not valid JSON") || message.equals("must be a JSON object")
                || message.startsWith("file is ");
    }

    /** The node the path names exists; for a missing-field problem, its parent does. */
    private static boolean locates(JsonNode document, Problem p) {
        return locates(document, p.path(), p.message().contains("required"));
    }

    /**
     * Whether {@code rest} names a node under {@code node}. Keys are matched whole against the path (a key may hold
     * dots or brackets: "operationsPer]Month" is a key the file has), indices as [n].
     */
    private static boolean locates(JsonNode node, String rest, boolean missing) {
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.startsWith("[") && node.isArray()) {
            Matcher m = INDEX.matcher(rest);
            return m.lookingAt() && node.get(Integer.parseInt(m.group(1))) != null
                    && locates(node.get(Integer.parseInt(m.group(1))), next(rest.substring(m.end())), missing);
        }
        if (!node.isObject()) {
            return false;
        }
        if (missing && rest.indexOf('.') < 0 && rest.indexOf('[') < 0) {
            return true; // the missing field's parent is this object
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (rest.startsWith(key) && (rest.length() == key.length() || rest.charAt(key.length()) == '.'
                    || rest.charAt(key.length()) == '[') && locates(node.get(key), next(rest.substring(key.length())),
                            missing)) {
                return true;
            }
        }
        return missing && node.isObject() && !rest.contains(".");
    }

    private static String next(String rest) {
        return rest.startsWith(".") ? rest.substring(1) : rest;
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
}
