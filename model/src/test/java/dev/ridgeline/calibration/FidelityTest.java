package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serving model at its defaults against MEASURED.md's 23 TensorRT-LLM max-throughput rows (issue gate: MAPE
 * ≤ 25 %, every row within 1.5×; the first model missed by 61 %, worst 2.1×). The held-back rest of that table
 * is not in the project.
 */
class FidelityTest {
    private static final List<Fidelity.Row> ROWS = Fidelity.rows(Catalog.builtIn());

    private static List<Fidelity.Row> trtllm() {
        return ROWS.stream().filter(r -> r.group().equals("TensorRT-LLM perf-overview")).toList();
    }

    @Test
    void everyMeasuredRowIsReproducedWithinOneAndAHalfTimes() {
        List<Fidelity.Row> rows = trtllm();
        assertEquals(23, rows.size());
        for (Fidelity.Row r : rows) {
            double ratio = r.ratio().orElseThrow();
            assertTrue(ratio > 1 / 1.5 && ratio < 1.5, r.measurement().id() + " modeled ÷ measured = " + ratio);
        }
        Fidelity.Summary s = Fidelity.summary("trtllm", rows);
        assertTrue(s.mapePercent() <= 25, "MAPE " + s.mapePercent());
        // what the defaults give today (model/MODEL.md): 7.6 %, worst 1.24×
        assertEquals(7.6, s.mapePercent(), 0.5);
    }

    @Test
    void compareRowsUseTheRowsOwnGroupSizeAndMetric() {
        // H100 TP2 70B 128/128: 6,378 tok/s for the group is 3,189 per GPU
        Fidelity.Row h100 = trtllm().stream()
                .filter(r -> r.measurement().id().equals("trtllm-perf-llama-3.3-70b-h100-tp2-128-128")).findFirst()
                .orElseThrow();
        assertEquals(3189, h100.measured(), 0.5);
        assertEquals(2, h100.measurement().parallelism().resolve().tp());
    }

    @Test
    void incompletePointsAreShownWithTheirReasonAndNotScored() {
        List<Fidelity.Row> incomplete = ROWS.stream().filter(r -> r.modeled().isEmpty()).toList();
        assertFalse(incomplete.isEmpty());
        incomplete.forEach(r -> assertFalse(r.why().isBlank(), r.measurement().id()));
        Fidelity.Summary all = Fidelity.summaries(ROWS).get(Fidelity.summaries(ROWS).size() - 1);
        assertEquals("all", all.group());
        assertEquals(ROWS.size() - incomplete.size(), all.points());
    }
}
