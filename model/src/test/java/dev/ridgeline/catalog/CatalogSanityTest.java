package dev.ridgeline.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.GpuPrice;
import dev.ridgeline.economics.PriceSheet;
import dev.ridgeline.formats.NumberFormat;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.llm.ParameterCount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every entry of the shipped catalogs is sane, and the architecture fields imply the stated parameter counts. */
class CatalogSanityTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void holdsTheRequiredEntries() {
        List<String> accelerators = List.of("a100-sxm-80gb", "h100-sxm", "h100-pcie", "h200-sxm", "b200-hgx",
                "gb200", "b300-hgx", "gb300", "l40s", "rtx-4090", "rtx-pro-6000", "mi300x", "mi325x", "mi355x",
                "gaudi3", "tpu-v5e", "tpu-v6e");
        accelerators.forEach(id -> assertTrue(catalog.accelerator(id).isPresent(), id));
        List<String> models = List.of("llama-3.1-8b", "llama-3.3-70b", "llama-3.1-405b", "qwen3-32b",
                "qwen3-235b-a22b", "qwen3.5-397b-a17b", "deepseek-v3", "gpt-oss-120b", "gpt-oss-20b",
                "mixtral-8x7b");
        models.forEach(id -> assertTrue(catalog.model(id).isPresent(), id));
        List.of("bf16", "fp8", "mxfp8", "nvfp4", "mxfp4", "int4-awq-g128", "bf16-kv", "fp8-kv")
                .forEach(id -> assertTrue(catalog.format(id).isPresent(), id));
        assertTrue(catalog.priceSheet("seed-001-spheron-2026-05-22").isPresent());
        assertTrue(catalog.priceSheet("seed-004-early-2025").isPresent());
    }

    @TestFactory
    List<DynamicTest> acceleratorsArePositiveDenseAndSourced() {
        return catalog.accelerators().stream().map(a -> DynamicTest.dynamicTest(a.id(), () -> {
            assertTrue(a.memoryGB() > 0 && a.memoryBandwidthTBps() > 0 && a.tdpW() > 0, a.id());
            assertTrue(a.denseTflops().containsKey(Precision.BF16), a.id() + " needs a BF16 peak to fall back to");
            a.denseTflops().values().forEach(v -> assertTrue(v > 0, a.id()));
            if (a.sparseTflops() != null) {
                for (Map.Entry<Precision, Double> sparse : a.sparseTflops().entrySet()) {
                    Double dense = a.denseTflops().get(sparse.getKey());
                    assertTrue(dense == null || dense < sparse.getValue(),
                            a.id() + " dense " + sparse.getKey() + " must be below sparse");
                }
            }
            // a narrower precision never runs slower than a wider one on the same part
            Double bf16 = a.denseTflops().get(Precision.BF16);
            Double fp8 = a.denseTflops().get(Precision.FP8);
            Double fp4 = a.denseTflops().get(Precision.FP4);
            assertTrue(fp8 == null || fp8 >= bf16, a.id());
            assertTrue(fp4 == null || fp4 >= (fp8 == null ? bf16 : fp8), a.id());
            assertTrue(!a.source().isBlank(), a.id());
            assertTrue(a.allInPowerWatts() > a.tdpW(), a.id());
        })).toList();
    }

    @Test
    void b200IsTheAsSoldHgxPartWithDensePeaks() {
        Accelerator b200 = catalog.accelerator("b200-hgx").orElseThrow();
        // REFERENCE.md A.1: 180 GB, 7.7 TB/s, FP4 9,000 / FP8 4,500 / BF16 2,250 dense TFLOP/s, 1,000 W
        assertEquals(180, b200.memoryGB());
        assertEquals(7.7, b200.memoryBandwidthTBps());
        assertEquals(9000, b200.denseTflops().get(Precision.FP4));
        assertEquals(4500, b200.denseTflops().get(Precision.FP8));
        assertEquals(1000, b200.tdpW());
        Accelerator h100 = catalog.accelerator("h100-sxm").orElseThrow();
        // H100 has no FP4: NVFP4 weights run at its FP8 peak (MODEL.md §1)
        assertEquals(Precision.FP8, h100.supportedPrecision(Precision.FP4));
        assertEquals(1978.9e12, h100.peakFlops(Precision.FP4), 1e6);
    }

    @TestFactory
    List<DynamicTest> parameterCountsFollowFromTheArchitecture() {
        return catalog.models().stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
            ParameterCount p = m.parameters();
            double stated = m.statedTotalParamsB() * 1e9;
            assertEquals(stated, p.total(), tolerance(m.statedTotalParamsB()), m.id() + " total within 2 % of stated");
            if (m.statedActiveParamsB() != null) {
                double statedActive = m.statedActiveParamsB() * 1e9;
                // gpt-oss's card leaves the input embedding out of "active"; REFERENCE.md B.3 keeps it in
                double withoutInputEmbedding = p.active() - (double) m.vocab() * m.hidden();
                double closest = Math.abs(p.active() - statedActive) < Math.abs(withoutInputEmbedding - statedActive)
                        ? p.active() : withoutInputEmbedding;
                assertEquals(statedActive, closest, tolerance(m.statedActiveParamsB()),
                        m.id() + " active within 2 % of stated, or the stated figure's rounding");
            }
        })).toList();
    }

    /**
     * 2 % of the stated count, or half a unit of its last digit when it is rounded coarser than that: Qwen3.5's
     * "A17B" means 16.5–17.5 B, and the architecture gives 17.35 B.
     */
    private static double tolerance(double statedBillions) {
        java.math.BigDecimal stated = new java.math.BigDecimal(Double.toString(statedBillions)).stripTrailingZeros();
        double halfUnit = 0.5 * Math.pow(10, -stated.scale());
        return Math.max(0.02 * statedBillions, halfUnit) * 1e9;
    }

    @Test
    void derivedCountsMatchReferenceB3() {
        // REFERENCE.md B.3: Llama 8.030 / 70.554 / 405.853 B; Qwen3-32B 32.762; Qwen3-235B 235.09 / 22.19;
        // Mixtral 46.70 / 12.88; DeepSeek-V3 671.03 / 37.55 (embedding and head included)
        assertBillions(8.030, "llama-3.1-8b", false);
        assertBillions(70.554, "llama-3.3-70b", false);
        assertBillions(405.853, "llama-3.1-405b", false);
        assertBillions(32.762, "qwen3-32b", false);
        assertBillions(235.09, "qwen3-235b-a22b", false);
        assertBillions(22.19, "qwen3-235b-a22b", true);
        assertBillions(46.70, "mixtral-8x7b", false);
        assertBillions(12.88, "mixtral-8x7b", true);
        assertBillions(671.03, "deepseek-v3", false);
        assertBillions(37.55, "deepseek-v3", true);
    }

    private void assertBillions(double expected, String id, boolean active) {
        LanguageModel m = catalog.model(id).orElseThrow();
        double value = (active ? m.parameters().active() : m.parameters().total()) / 1e9;
        assertEquals(expected, value, expected * 0.002, id + (active ? " active" : " total"));
    }

    @TestFactory
    List<DynamicTest> formatsCostWhatTheirBlocksImply() {
        return catalog.formats().stream().map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            // NVFP4: 4 + 8/16 = 4.5; MXFP4: 4 + 8/32 = 4.25; INT4 AWQ g128: 4 + (16 + 4)/128 = 4.15625
            assertEquals(f.impliedBitsPerValue(), f.bitsPerValue(), 1e-3, f.id());
        })).toList();
    }

    @Test
    void formatBitsMatchReferenceC() {
        Map<String, Double> expected = Map.of("bf16", 16.0, "fp8", 8.0, "mxfp8", 8.25, "nvfp4", 4.5, "mxfp4", 4.25,
                "int4-awq-g128", 4.15625, "bf16-kv", 16.0, "fp8-kv", 8.0);
        expected.forEach((id, bits) -> assertEquals(bits, catalog.format(id).orElseThrow().bitsPerValue(), 1e-9, id));
        NumberFormat nvfp4 = catalog.format("nvfp4").orElseThrow();
        assertEquals(Precision.FP4, nvfp4.computePrecision());
        assertTrue(nvfp4.keepsEmbeddingsInBf16());
        assertEquals(Precision.BF16, catalog.format("int4-awq-g128").orElseThrow().computePrecision());
    }

    @TestFactory
    List<DynamicTest> pricesAreDatedSaneAndSpotBelowOnDemand() {
        return catalog.priceSheets().stream().map(sheet -> DynamicTest.dynamicTest(sheet.id(), () -> {
            assertTrue(sheet.date().matches("\\d{4}-\\d{2}-\\d{2}"), sheet.id() + " date " + sheet.date());
            for (GpuPrice p : sheet.gpuPrices()) {
                assertTrue(p.onDemandPerHour() > 0, sheet.id() + " " + p.accelerator());
                assertTrue(p.spotPerHour() == null || p.spotPerHour() <= p.onDemandPerHour(), sheet.id());
                assertTrue(p.reservedPerHour() == null || p.reservedPerHour() <= p.onDemandPerHour(), sheet.id());
            }
            sheet.apiPrices().forEach(a -> assertTrue(a.outputPerMillion() >= a.inputPerMillion(), a.id()));
        })).toList();
    }

    @Test
    void seed001RatesAreTheArticles() {
        PriceSheet sheet = catalog.priceSheet("seed-001-spheron-2026-05-22").orElseThrow();
        assertEquals(2.64, sheet.gpuPrice("h100-sxm", null).orElseThrow().onDemandPerHour());
        assertEquals(1.66, sheet.gpuPrice("h100-sxm", null).orElseThrow().spotPerHour());
        assertEquals(4.62, sheet.gpuPrice("h200-sxm", null).orElseThrow().onDemandPerHour());
        assertEquals(1.92, sheet.gpuPrice("h200-sxm", null).orElseThrow().spotPerHour());
        assertEquals(6.03, sheet.gpuPrice("b200-hgx", null).orElseThrow().onDemandPerHour());
        assertEquals(2.12, sheet.gpuPrice("b200-hgx", null).orElseThrow().spotPerHour());
    }

    @TestFactory
    List<DynamicTest> measurementsPerGpuIsSystemOverGpus() {
        return catalog.measurements().stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
            if (m.systemTokensPerSec() != null) {
                // e.g. MLPerf v4.1 DGX H100 offline: 24,524.9 / 8 = 3,066 tok/s/GPU
                assertEquals(m.systemTokensPerSec() / m.gpus(), m.tokensPerSecPerGpu(),
                        m.tokensPerSecPerGpu() * 0.01, m.id());
            }
            assertTrue(!m.source().isBlank(), m.id());
        })).toList();
    }

    @Test
    void mlperfH100OfflinePoint() {
        Measurement m = catalog.measurements().stream().filter(x -> x.id().equals("mlperf-v4.1-h100-offline"))
                .findFirst().orElseThrow();
        assertEquals(8, m.gpus());
        assertEquals(24_524.9, m.systemTokensPerSec(), 0.01);
    }
}
