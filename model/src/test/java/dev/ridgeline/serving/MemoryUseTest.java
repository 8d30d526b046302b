package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ridgeline.catalog.Catalog;
import org.junit.jupiter.api.Test;

class MemoryUseTest {
    @Test
    void b200AtBatch64StacksToCapacity() {
        MemoryBudget m = MemoryBudget.of(Fixtures.system(Fixtures.B200, Fixtures.LLAMA_70B, Fixtures.NVFP4,
                Fixtures.KV_FP8), 1200);
        MemoryUse use = MemoryUse.of(m, 64);
        // weights 68,452,360,192 × 0.5625 + 2,101,346,304 × 2 = 42,707,145,216 B; runtime 1 + reserve 1 = 2 GB;
        // KV 64 × 1,200 × 163,840 B = 12,582,912,000 B; free 180 − 42.707145 − 2 − 12.582912 = 122.709943 GB
        assertEquals(42.707145216, use.weightsGB(), 1e-9);
        assertEquals(2.0, use.runtimeGB(), 1e-9);
        assertEquals(12.582912, use.kvGB(), 1e-9);
        assertEquals(122.709942784, use.freeGB(), 1e-9);
        assertEquals(0, use.overCapacityGB());
        assertEquals(180, use.totalGB(), 1e-9);
    }

    @Test
    void aModelThatDoesNotFitShowsItsExcess() {
        var l405 = Catalog.builtIn().model("llama-3.1-405b").orElseThrow();
        MemoryUse use = MemoryUse.of(MemoryBudget.of(Fixtures.system(Fixtures.H100, l405, Fixtures.BF16,
                Fixtures.KV_BF16), 1200), 0);
        // 811.7 GB of BF16 weights + 2 GB on an 80 GB GPU: weights drawn to capacity, 733.7 GB over it
        assertEquals(80, use.weightsGB(), 1e-9);
        assertEquals(0, use.runtimeGB(), 1e-9);
        assertEquals(733.7, use.overCapacityGB(), 0.1);
        assertEquals(0, use.freeGB());
    }
}
