package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ridgeline.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Issue 12: a label describing the configuration follows it; a name the user typed stays. */
class SystemLabelsTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static SystemSpec spec(String label, String accelerator, String weights) {
        return new SystemSpec(label, accelerator, "llama-3.3-70b", weights, "fp8-kv", 1, null, null, null, null, null);
    }

    @Test
    void automaticLabelIsAcceleratorAndFormatShortNames() {
        assertEquals("B200 180GB (HGX/DGX B200, as sold) · NVFP4",
                SystemLabels.automatic(CATALOG, spec("x", "b200-hgx", "nvfp4")));
        assertEquals("Instinct MI355X 288GB · MXFP4", SystemLabels.automatic(CATALOG, spec("x", "mi355x", "mxfp4")));
        // ids the catalog lacks stand as they are
        assertEquals("my-gpu · my-format", SystemLabels.automatic(CATALOG, spec("x", "my-gpu", "my-format")));
    }

    @Test
    void anAutomaticLabelFollowsTheFormat() {
        SystemSpec before = spec(SystemLabels.automatic(CATALOG, spec("", "b200-hgx", "nvfp4")), "b200-hgx", "nvfp4");
        SystemSpec after = SystemLabels.follow(CATALOG, before, before.withFormats("fp8", "fp8-kv"));
        assertEquals("B200 180GB (HGX/DGX B200, as sold) · FP8", after.label());
    }

    @Test
    void thePresetsLabelsFollowTheFormatAndKeepTheirAcceleratorPart() {
        SystemSpec b200 = spec("B200 HGX · NVFP4", "b200-hgx", "nvfp4");
        assertEquals("B200 HGX · FP8", SystemLabels.follow(CATALOG, b200, b200.withFormats("fp8", "fp8-kv")).label());
        SystemSpec awq = spec("H100 · INT4 AWQ", "h100-sxm", "int4-awq-g128");
        assertEquals("H100 · FP8", SystemLabels.follow(CATALOG, awq, awq.withFormats("fp8", "fp8-kv")).label());
        SystemSpec copy = spec("B200 HGX · NVFP4 (copy)", "b200-hgx", "nvfp4");
        assertEquals("B200 HGX · MXFP4 (copy)",
                SystemLabels.follow(CATALOG, copy, copy.withFormats("mxfp4", "fp8-kv")).label());
    }

    @Test
    void aNameTheUserTypedIsKept() {
        SystemSpec named = spec("Production cluster", "b200-hgx", "nvfp4");
        assertEquals("Production cluster",
                SystemLabels.follow(CATALOG, named, named.withFormats("fp8", "fp8-kv")).label());
        SystemSpec spec = spec("B200 · MTP-1, α 0.9", "b200-hgx", "nvfp4");
        assertEquals("B200 · MTP-1, α 0.9",
                SystemLabels.follow(CATALOG, spec, spec.withFormats("fp8", "fp8-kv")).label());
    }

    @Test
    void aKvFormatChangeLeavesTheLabel() {
        SystemSpec b200 = spec("B200 HGX · NVFP4", "b200-hgx", "nvfp4");
        assertEquals("B200 HGX · NVFP4",
                SystemLabels.follow(CATALOG, b200, b200.withFormats("nvfp4", "bf16-kv")).label());
    }
}
