package dev.ridgeline.workbench;

import dev.ridgeline.calibration.ImportDefaults;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.formats.FormatUse;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.llm.LanguageModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small form a {@code vllm bench serve} result needs: the system it ran on, which the file does not record
 * (accelerator, model, weight and KV formats, GPUs, TP; EP and DP for a mixture-of-experts model), prefilled from the
 * selected system. What the user types is checked by the import itself, which names any bad field.
 */
final class SystemQuestion {
    private SystemQuestion() {
    }

    static Optional<ImportDefaults> ask(Window owner, String file, ImportDefaults prefill, Catalog catalog) {
        Dialog<ImportDefaults> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import benchmark");
        dialog.setHeaderText(file + " is a vllm bench serve result. It does not record the system it ran on:\n"
                + "give it here (prefilled from the selected system).");
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);

        ComboBox<String> accelerator = combo("import-accelerator", catalog.accelerators().stream()
                .map(Accelerator::id).toList(), id -> catalog.accelerator(id).map(Accelerator::name).orElse(id),
                prefill.accelerator());
        ComboBox<String> model = combo("import-model", catalog.models().stream().map(LanguageModel::id).toList(),
                id -> catalog.model(id).map(LanguageModel::name).orElse(id), prefill.model());
        ComboBox<String> weights = combo("import-weight-format", ids(catalog.formats(FormatUse.WEIGHTS)),
                id -> catalog.format(id).map(NumberFormat::name).orElse(id), prefill.weightFormat());
        ComboBox<String> kv = combo("import-kv-format", ids(catalog.formats(FormatUse.KV)),
                id -> catalog.format(id).map(NumberFormat::name).orElse(id), prefill.kvFormat());
        TextField gpus = number("import-gpus", prefill.gpus());
        TextField tp = number("import-tp", prefill.tp());
        TextField ep = number("import-ep", prefill.ep());
        TextField dp = number("import-dp", prefill.dp());
        Label epLabel = new Label("EP (experts)");
        Label dpLabel = new Label("DP attention");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Accelerator"), accelerator);
        form.addRow(1, new Label("Model"), model);
        form.addRow(2, new Label("Weight format"), weights);
        form.addRow(3, new Label("KV-cache format"), kv);
        form.addRow(4, new Label("GPUs (all replicas)"), gpus);
        form.addRow(5, new Label("TP per replica"), tp);
        form.addRow(6, epLabel, ep);
        form.addRow(7, dpLabel, dp);
        Runnable moe = () -> {
            boolean isMoe = model.getValue() != null && catalog.model(model.getValue())
                    .map(LanguageModel::isMoe).orElse(false);
            for (javafx.scene.Node n : List.of(epLabel, ep, dpLabel, dp)) {
                n.setVisible(isMoe);
                n.setManaged(isMoe);
            }
        };
        model.valueProperty().addListener((o, was, is) -> {
            moe.run();
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        });
        moe.run();
        dialog.getDialogPane().setContent(form);
        // a number field must be blank or a whole number ≥ 1; the import checks the rest (ranges, TP × DP)
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> accelerator.getValue() == null || model.getValue() == null
                        || weights.getValue() == null || kv.getValue() == null
                        || List.of(gpus, tp, ep, dp).stream().anyMatch(f -> !valid(f)),
                        accelerator.valueProperty(), model.valueProperty(), weights.valueProperty(),
                        kv.valueProperty(), gpus.textProperty(), tp.textProperty(), ep.textProperty(),
                        dp.textProperty()));
        dialog.setResultConverter(button -> button != importButton ? null : new ImportDefaults(
                accelerator.getValue(), model.getValue(), weights.getValue(), kv.getValue(), whole(gpus),
                whole(tp), ep.isVisible() ? whole(ep) : null, dp.isVisible() ? whole(dp) : null));
        return dialog.showAndWait();
    }

    private static List<String> ids(List<NumberFormat> formats) {
        return formats.stream().map(NumberFormat::id).toList();
    }

    private static ComboBox<String> combo(String id, List<String> ids, Function<String, String> name,
            String value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(ids);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null ? "" : name.apply(item) + "  (" + item + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(value);
        box.setPrefWidth(400);
        return box;
    }

    private static TextField number(String id, Integer value) {
        TextField field = new TextField(value == null ? "" : value.toString());
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }

    private static boolean valid(TextField field) {
        String t = field.getText().trim();
        return t.isEmpty() || t.matches("[1-9][0-9]{0,5}");
    }

    /** A whole number, or null for blank. */
    private static Integer whole(TextField field) {
        String t = field.getText().trim();
        return t.isEmpty() || !valid(field) ? null : Integer.valueOf(t);
    }
}
