package dev.ridgeline.validation;

/** A scenario built from the blackwell-migration preset whose H100 system runs a custom model given as JSON. */
final class CustomModels {
    private CustomModels() {
    }

    /**
     * Llama 3.3 70B's fields as a custom model "mine", with pairs of key and JSON value replacing some (a value
     * "null" removes the key).
     */
    static String llamaLike(String... overrides) {
        StringBuilder json = new StringBuilder("{");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
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
        fields.forEach((k, v) -> json.append(json.length() == 1 ? "" : ", ").append('"').append(k).append("\": ")
                .append(v));
        return json.append('}').toString();
    }

    /** The preset with its systems on the custom model. */
    static String scenarioWith(String model) {
        return InputRefusalsTest.presetWith("\"model\": \"llama-3.3-70b\"", "\"model\": \"mine\"")
                .replace("\"baseline\": 0", "\"baseline\": 0, \"customModels\": [" + model + "]");
    }
}
