package dev.ridgeline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.calibration.CalibrationProfile;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.validation.JsonDocuments;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates the preset scenario files structurally (fields removed, added, retyped; systems copied and dropped; custom
 * models, accelerators, a calibration profile and an API put in) and by value (any field set at or beyond the edges
 * of its range), and now and then as text (a key repeated, the file cut short, a stray character).
 */
final class ScenarioFileMutator {
    private final List<ObjectNode> presets = new ArrayList<>();
    private final List<JsonNode> models = new ArrayList<>();
    private final List<JsonNode> accelerators = new ArrayList<>();
    private final JsonNode profile;
    private final TypedJson typed;

    ScenarioFileMutator(Catalog catalog) {
        for (String id : ScenarioFiles.PRESETS) {
            presets.add(JsonDocuments.mapper().valueToTree(ScenarioFiles.preset(id, catalog)));
        }
        catalog.models().forEach(m -> models.add(JsonDocuments.mapper().valueToTree(m)));
        catalog.accelerators().forEach(a -> accelerators.add(JsonDocuments.mapper().valueToTree(a)));
        profile = JsonDocuments.mapper().valueToTree(CalibrationProfile.builtIn());
        List<String> ids = new ArrayList<>();
        catalog.accelerators().forEach(a -> ids.add(a.id()));
        catalog.models().forEach(m -> ids.add(m.id()));
        catalog.formats().forEach(f -> ids.add(f.id()));
        catalog.priceSheets().forEach(p -> ids.add(p.id()));
        ids.addAll(List.of("trtllm-bench", "vllm-defaults", "calibrated", "roofline", "gpt-4o", "packet.ai"));
        typed = new TypedJson(ids.toArray(String[]::new));
    }

    /** One mutated file: a preset with 1 to 4 mutations, as bytes. */
    byte[] next(SplittableRandom r) {
        ObjectNode root = presets.get(r.nextInt(presets.size())).deepCopy();
        int mutations = 1 + r.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(root, r);
        }
        String text = root.toString();
        if (r.nextInt(12) == 0) {
            text = textMutation(text, r);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void mutate(ObjectNode root, SplittableRandom r) {
        int kind = r.nextInt(100);
        if (kind < 45) {
            setComponent(root, r);
        } else if (kind < 60) {
            removeComponent(root, r);
        } else if (kind < 63) {
            pick(r, TypedJson.sites(root, Scenario.class)).node().put("unknown" + r.nextInt(3), 1);
        } else if (kind < 78) {
            customModel(root, r);
        } else if (kind < 84) {
            customAccelerator(root, r);
        } else if (kind < 90) {
            systems(root, r);
        } else if (kind < 95) {
            ObjectNode calibration = root.putObject("calibration");
            calibration.put("basis", r.nextInt(5) == 0 ? "fitted" : r.nextBoolean() ? "calibrated" : "roofline");
            if (r.nextBoolean()) {
                calibration.set("profile", profile.deepCopy());
            }
        } else {
            ObjectNode economics = root.has("economics") && root.get("economics").isObject()
                    ? (ObjectNode) root.get("economics") : root.putObject("economics");
            economics.set("api", typed.record(r, dev.ridgeline.economics.ApiPrice.class, 0));
            if (r.nextBoolean()) {
                economics.set("peakHoursPerDay", typed.value(r, Double.class, null, 0));
                if (root.get("workload") instanceof ObjectNode workload) {
                    workload.put("peakToAverage", 1 + 3 * r.nextDouble());
                }
            }
        }
    }

    /** A field of some object in the file set to a generated value, often at or beyond the edge of its range. */
    private void setComponent(ObjectNode root, SplittableRandom r) {
        TypedJson.Site site = pick(r, TypedJson.sites(root, Scenario.class));
        RecordComponent[] components = TypedJson.components(site.type());
        RecordComponent c = components[r.nextInt(components.length)];
        site.node().set(TypedJson.name(c), typed.value(r, c, 1));
    }

    private void removeComponent(ObjectNode root, SplittableRandom r) {
        TypedJson.Site site = pick(r, TypedJson.sites(root, Scenario.class));
        List<String> names = new ArrayList<>();
        site.node().fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            site.node().remove(names.get(r.nextInt(names.size())));
        }
    }

    /** A catalog model copied in as a custom one, a field of it (or of its parts) changed, and a system put on it. */
    private void customModel(ObjectNode root, SplittableRandom r) {
        ObjectNode model = (ObjectNode) pick(r, models).deepCopy();
        model.put("id", "custom-model");
        int changes = r.nextInt(3);
        for (int i = 0; i < changes; i++) {
            TypedJson.Site site = pick(r, TypedJson.sites(model, dev.ridgeline.llm.LanguageModel.class));
            RecordComponent[] components = TypedJson.components(site.type());
            RecordComponent c = components[r.nextInt(components.length)];
            if (r.nextInt(4) == 0) {
                site.node().remove(TypedJson.name(c));
            } else if (!TypedJson.name(c).equals("id")) {
                site.node().set(TypedJson.name(c), typed.value(r, c, 1));
            }
        }
        root.putArray("customModels").add(model);
        systemOf(root, r).put("model", "custom-model");
    }

    private void customAccelerator(ObjectNode root, SplittableRandom r) {
        ObjectNode part = (ObjectNode) pick(r, accelerators).deepCopy();
        part.put("id", "custom-part");
        List<RecordComponent> components = List.of(TypedJson.components(dev.ridgeline.hardware.Accelerator.class));
        RecordComponent c = pick(r, components);
        if (!TypedJson.name(c).equals("id")) {
            part.set(TypedJson.name(c), typed.value(r, c, 1));
        }
        root.putArray("customAccelerators").add(part);
        ObjectNode system = systemOf(root, r);
        system.put("accelerator", "custom-part");
        system.remove("measured");
        if (system.get("price") instanceof ObjectNode price) {
            price.remove("priceSheet");
            price.remove("provider");
            price.put("onDemandPerHour", 2.5);
        }
    }

    /** Systems copied (up to eight: more than the six allowed) or all but one dropped; the baseline moved. */
    private void systems(ObjectNode root, SplittableRandom r) {
        if (!(root.get("systems") instanceof ArrayNode systems) || systems.isEmpty()) {
            return;
        }
        if (r.nextBoolean()) {
            int copies = 1 + r.nextInt(5);
            for (int i = 0; i < copies; i++) {
                systems.add(systems.get(r.nextInt(systems.size())).deepCopy());
            }
        } else {
            while (systems.size() > 1) {
                systems.remove(systems.size() - 1);
            }
        }
        root.put("baseline", r.nextInt(8));
    }

    private ObjectNode systemOf(ObjectNode root, SplittableRandom r) {
        ArrayNode systems = root.get("systems") instanceof ArrayNode a && !a.isEmpty() ? a : root.putArray("systems");
        if (systems.isEmpty()) {
            systems.add(presets.get(0).get("systems").get(0).deepCopy());
        }
        int i = r.nextInt(systems.size());
        if (systems.get(i) instanceof ObjectNode o) {
            return o;
        }
        ObjectNode replacement = presets.get(0).get("systems").get(0).deepCopy();
        systems.set(i, replacement);
        return replacement;
    }

    /** A key repeated in its object, the text cut short, or a character put in or taken out. */
    private static String textMutation(String text, SplittableRandom r) {
        int at = r.nextInt(text.length());
        return switch (r.nextInt(4)) {
            case 0 -> {
                int key = text.indexOf("\":", at);
                int start = key < 0 ? -1 : text.lastIndexOf(",\"", key);
                yield start < 0 ? text : text.substring(0, key + 2) + "1,\"" + text.substring(start + 2, key) + "\":"
                        + text.substring(key + 2);
            }
            case 1 -> text.substring(0, at);
            case 2 -> text.substring(0, at) + "{}[],:\"\\x0".charAt(r.nextInt(10)) + text.substring(at);
            default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
        };
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
