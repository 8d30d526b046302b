package dev.ridgeline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The blackwell-migration preset as JSON text, edited by replacement: fixtures for refusal tests. */
public final class PresetJson {
    private PresetJson() {
    }

    public static String preset() {
        try {
            return Files.readString(Path.of("..", "assets", "scenarios", "blackwell-migration.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset with every {@code from} replaced by {@code to}; fails if the preset lacks {@code from}. */
    public static String with(String from, String to) {
        String json = preset();
        assertTrue(json.contains(from), "fixture text missing: " + from);
        return json.replace(from, to);
    }

    /**
     * Llama 3.3 70B's fields as a custom model "mine", with pairs of key and JSON value replacing some (a value
     * "null" removes the key).
     */
    public static String llamaLike(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "\"mine\"");
        fields.put("name", "\"Mine\"");
        fields.put("statedTotalParamsB", "70.6");
        fields.put("layers", "80");
        fields.put("hidden", "8192");
        fields.put("queryHeads", "64");
        fields.put("kvHeads", "8");
        fields.put("headDim", "128");
        fields.put("vocab", "128256");
        fields.put("ffn", "28672");
        fields.put("tiedEmbeddings", "false");
        fields.put("maxContext", "131072");
        fields.put("attention", "{\"kind\": \"GQA\"}");
        fields.put("source", "\"test\"");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1].equals("null")) {
                fields.remove(overrides[i]);
            } else {
                fields.put(overrides[i], overrides[i + 1]);
            }
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() == 1 ? "" : ", ").append('"').append(k).append("\": ")
                .append(v));
        return json.append('}').toString();
    }

    /** The preset with its three systems on the custom model given as JSON. */
    public static String withCustomModel(String model) {
        return with("\"model\": \"llama-3.3-70b\"", "\"model\": \"mine\"")
                .replace("\"baseline\": 0", "\"baseline\": 0, \"customModels\": [" + model + "]");
    }
}
