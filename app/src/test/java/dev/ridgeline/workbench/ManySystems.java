package dev.ridgeline.workbench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.scenario.GpuPricing;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.util.ArrayList;
import java.util.List;

/** The Blackwell preset cut to one system, as it is (three), or grown to six with long labels. */
final class ManySystems {
    private ManySystems() {
    }

    static Scenario of(Catalog catalog, int systems) {
        Scenario preset = ScenarioFiles.preset("blackwell-migration", catalog);
        List<SystemSpec> all = new ArrayList<>(preset.systems());
        all.add(spec("GB200 NVL72 · NVFP4", "gb200", "nvfp4", 1, 9.0));
        all.add(spec("MI355X · MXFP4", "mi355x", "mxfp4", 1, 5.5));
        all.add(spec("H100 SXM · FP8 · TP2", "h100-sxm", "fp8", 2, 2.64));
        return preset.withSystems(all.subList(0, systems), 0);
    }

    private static SystemSpec spec(String label, String accelerator, String weights, int gpus, double price) {
        return new SystemSpec(label, accelerator, "llama-3.3-70b", weights, "fp8-kv", gpus, null, null,
                new GpuPricing(null, null, price, null, null), null, null);
    }
}
