package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.serving.KvCache;
import dev.ridgeline.validation.JsonDocuments;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in catalogs: accelerators, models, number formats, price sheets. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the built-in catalogs: accelerators, models, number formats and price sheets.")
final class CatalogCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the catalogs as JSON, every entry with its id and source.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JsonDocuments.mapper().createObjectNode();
            root.set("accelerators", JsonDocuments.mapper().valueToTree(catalog.accelerators()));
            root.set("models", JsonDocuments.mapper().valueToTree(catalog.models()));
            root.set("formats", JsonDocuments.mapper().valueToTree(catalog.formats()));
            root.set("priceSheets", JsonDocuments.mapper().valueToTree(catalog.priceSheets()));
            out.print(JsonDocuments.write(root));
            out.flush();
            return 0;
        }
        TextTable accelerators = new TextTable("accelerator", "name", "HBM GB", "TB/s", "BF16 TFLOP/s",
                "FP8 TFLOP/s", "FP4 TFLOP/s", "TDP W", "scale-up GB/s").numeric(2, 3, 4, 5, 6, 7, 8);
        for (Accelerator a : catalog.accelerators()) {
            accelerators.row(a.id(), a.name(), Numbers.fixed(a.memoryGB(), 0), Numbers.fixed(a.memoryBandwidthTBps(), 2),
                    Numbers.fixed(a.denseTflops().get(Precision.BF16), 0),
                    Numbers.fixed(a.denseTflops().get(Precision.FP8), 0),
                    Numbers.fixed(a.denseTflops().get(Precision.FP4), 0), Numbers.fixed(a.tdpW(), 0),
                    Numbers.fixed(a.scaleUpGBps(), 0));
        }
        TextTable models = new TextTable("model", "name", "params B", "active B", "layers", "KV B/token (BF16)",
                "context").numeric(2, 3, 4, 5, 6);
        var bf16Kv = catalog.format("bf16-kv").orElseThrow();
        for (LanguageModel m : catalog.models()) {
            models.row(m.id(), m.name(), Numbers.fixed(m.parameters().total() / 1e9, 2),
                    Numbers.fixed(m.parameters().active() / 1e9, 2), m.layers(),
                    Numbers.fixed(KvCache.bytesPerToken(m, bf16Kv), 0), Numbers.fixed(m.maxContext(), 0));
        }
        TextTable formats = new TextTable("format", "name", "for", "bits/value", "computes at").numeric(3);
        catalog.formats().forEach(f -> formats.row(f.id(), f.name(), f.use() == dev.ridgeline.formats.FormatUse.KV
                ? "KV cache" : "weights", Numbers.fixed(f.bitsPerValue(), 3), f.computePrecision()));
        TextTable sheets = new TextTable("price sheet", "name", "date", "GPU prices", "API prices").numeric(3, 4);
        catalog.priceSheets().forEach(p -> sheets.row(p.id(), p.name(), p.date(), p.gpuPrices().size(),
                p.apiPrices().size()));
        out.println("Accelerators (dense peaks)");
        out.print(accelerators.render());
        out.println();
        out.println("Models (parameters derived from the architecture)");
        out.print(models.render());
        out.println();
        out.println("Number formats (bits include block scales)");
        out.print(formats.render());
        out.println();
        out.println("Price sheets");
        out.print(sheets.render());
        out.flush();
        return 0;
    }
}
