package dev.ridgeline.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.formats.NativeFormats;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import org.junit.jupiter.api.Test;

/** Issue 12: a system added from the catalog gets the newest listed price, and starts in its accelerator's native format. */
class NewestPriceAndNativeFormatsTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static Accelerator acc(String id) {
        return CATALOG.accelerator(id).orElseThrow();
    }

    private static NumberFormat fmt(String id) {
        return CATALOG.format(id).orElseThrow();
    }

    @Test
    void newestPriceSheetListingTheB200IsMarket2026() {
        // b200-hgx is on seed-001-spheron-2026-05-22, spheron-2026-06-03 and market-2026 (2026-06-15): the newest wins,
        // and its first listing is packet.ai at $3.75/h on demand, no spot
        SheetPrice b200 = CATALOG.newestPriceFor("b200-hgx").orElseThrow();
        assertEquals("market-2026", b200.sheet().id());
        assertEquals("2026-06-15", b200.sheet().date());
        assertEquals("packet.ai", b200.price().provider());
        assertEquals(3.75, b200.price().onDemandPerHour(), 0.0);
        assertNull(b200.price().spotPerHour());
    }

    @Test
    void newestPriceForTheA100IsSpheronJune2026WithItsSpotPrice() {
        // a100-sxm-80gb: seed-004-early-2025 (2025-01-15) and spheron-2026-06-03; market-2026 does not list it
        SheetPrice a100 = CATALOG.newestPriceFor("a100-sxm-80gb").orElseThrow();
        assertEquals("spheron-2026-06-03", a100.sheet().id());
        assertEquals(1.69, a100.price().onDemandPerHour(), 0.0);
        assertEquals(0.82, a100.price().spotPerHour(), 0.0);
    }

    @Test
    void partsNoSheetListsHaveNoPrice() {
        assertTrue(CATALOG.newestPriceFor("gb200").isEmpty());
        assertTrue(CATALOG.newestPriceFor("mi355x").isEmpty());
        assertTrue(CATALOG.newestPriceFor("no-such-part").isEmpty());
    }

    @Test
    void nativeWeightFormatFollowsVendorAndTensorCores() {
        assertEquals("nvfp4", NativeFormats.nativeWeightFormat(acc("b200-hgx")));
        assertEquals("nvfp4", NativeFormats.nativeWeightFormat(acc("gb200")));
        assertEquals("nvfp4", NativeFormats.nativeWeightFormat(acc("gb300")));
        assertEquals("fp8", NativeFormats.nativeWeightFormat(acc("h100-sxm")));
        assertEquals("fp8", NativeFormats.nativeWeightFormat(acc("h200-sxm")));
        assertEquals("fp8", NativeFormats.nativeWeightFormat(acc("mi300x")));
        assertEquals("fp8", NativeFormats.nativeWeightFormat(acc("mi325x")));
        assertEquals("mxfp4", NativeFormats.nativeWeightFormat(acc("mi355x")));
        assertEquals("bf16", NativeFormats.nativeWeightFormat(acc("a100-sxm-80gb")));
        assertEquals("bf16", NativeFormats.nativeWeightFormat(acc("tpu-v6e")));
        // every default is a catalog weight format the part runs natively
        for (Accelerator a : CATALOG.accelerators()) {
            NumberFormat f = fmt(NativeFormats.nativeWeightFormat(a));
            assertTrue(NativeFormats.runsNatively(a, f), a.id());
        }
    }

    @Test
    void formatsAPartCannotRunNativelyAreNamed() {
        assertFalse(NativeFormats.runsNatively(acc("mi355x"), fmt("nvfp4")));
        assertEquals("Instinct MI355X 288GB does not run NVFP4 natively (NVFP4 is NVIDIA's format; AMD parts do not"
                + " have it)", NativeFormats.warning(acc("mi355x"), fmt("nvfp4")).orElseThrow());
        assertFalse(NativeFormats.runsNatively(acc("mi300x"), fmt("nvfp4")));
        assertFalse(NativeFormats.runsNatively(acc("h100-sxm"), fmt("nvfp4")));
        assertEquals("H100 SXM5 80GB does not run NVFP4 natively (no FP4 tensor cores)",
                NativeFormats.warning(acc("h100-sxm"), fmt("nvfp4")).orElseThrow());
        assertFalse(NativeFormats.runsNatively(acc("a100-sxm-80gb"), fmt("fp8")));
        assertFalse(NativeFormats.runsNatively(acc("tpu-v5e"), fmt("fp8")));
        assertFalse(NativeFormats.runsNatively(acc("h100-sxm"), fmt("mxfp4")));
        assertFalse(NativeFormats.runsNatively(acc("h100-sxm"), fmt("mxfp8")));
        // what each part does run
        assertTrue(NativeFormats.runsNatively(acc("b200-hgx"), fmt("nvfp4")));
        assertTrue(NativeFormats.runsNatively(acc("b200-hgx"), fmt("mxfp4")));
        assertTrue(NativeFormats.runsNatively(acc("mi355x"), fmt("mxfp4")));
        assertTrue(NativeFormats.runsNatively(acc("h100-sxm"), fmt("fp8")));
        assertTrue(NativeFormats.runsNatively(acc("a100-sxm-80gb"), fmt("bf16")));
        assertTrue(NativeFormats.runsNatively(acc("a100-sxm-80gb"), fmt("int4-awq-g128")));
        assertTrue(NativeFormats.warning(acc("mi300x"), fmt("fp8")).isEmpty());
    }
}
