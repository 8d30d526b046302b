package dev.ridgeline.audit;

import static dev.ridgeline.audit.Expected.agrees;
import static dev.ridgeline.audit.Expected.differs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.hardware.Precision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every audit row pinned: its Ridgeline value (worked by hand in Seed00xExpected) and its verdict. */
class AuditTest {
    private static final List<AuditRow> ROWS = Audit.run(Catalog.builtIn());

    private static List<Expected> seed000Rows() {
        return List.of(
                // E(0.9, 1) = (1 − 0.9²) / (1 − 0.9) = 0.19 / 0.1 = 1.9
                agrees("000", "The proof is public", "MTP-1 at a 90% acceptance rate", 1.9, 1e-12),
                // 0.30 / 0.67 = 0.4478: "less than half", inside 0.45 ± 0.05
                agrees("000", "The proof is public", "Self-hosted $0.30/M vs hosted $0.67/M", 0.44776, 1e-5),
                // gpt-oss-20b MXFP4 on one B200, 200 in / 400 out, batch 64, E(0.782, 7) = 3.94: the plain step is
                // 2.079 ms of weights (12.81 GB / 6.16 TB/s) + 0.067 attention + 0.017 sampling + 1.128 overhead
                // (1 ms + 64 × 2 µs) = 3.292 ms; drafted: verification's 1.140 ms of FLOPs hides under the weights,
                // sampling 0.134, + 7 passes × (0.05 × 2.146 + 0.030 + 0.128) = 1.857 → 5.266 ms;
                // 3.94 × 3.292 / 5.266 = 2.462 (vs 1.05–1.25, which is P-EAGLE over EAGLE-3)
                differs("000", "The catch", "Speculative decoding at concurrency 64", 2.4622, 1e-3));
    }

    private static List<Expected> all() {
        return Stream.of(Seed001Expected.physics(), Seed001Expected.economics(), Seed004Expected.costs(),
                Seed004Expected.buildVsBuy(), seed000Rows()).flatMap(List::stream).toList();
    }

    private static void check(List<Expected> expectations) {
        for (Expected e : expectations) {
            List<AuditRow> found = ROWS.stream().filter(e::matches).toList();
            assertEquals(1, found.size(), e + " should match exactly one row, matched " + found.size());
            AuditRow row = found.get(0);
            assertEquals(e.value(), row.ridgelineValue(), e.within(), e + ": Ridgeline value");
            assertEquals(e.verdict(), row.verdict(), e + ": verdict (article " + row.claim().articleValue() + " ± "
                    + row.claim().tolerance() + ", Ridgeline " + row.ridgelineValue() + ")");
        }
    }

    @Test
    void seed001Physics() {
        check(Seed001Expected.physics());
    }

    @Test
    void seed001Economics() {
        check(Seed001Expected.economics());
    }

    @Test
    void seed004Costs() {
        check(Seed004Expected.costs());
    }

    @Test
    void seed004BuildVersusBuy() {
        check(Seed004Expected.buildVsBuy());
    }

    @Test
    void seed000() {
        check(seed000Rows());
    }

    @Test
    void everyRowIsPinnedExactlyOnce() {
        List<String> unpinned = new ArrayList<>();
        for (AuditRow row : ROWS) {
            long n = all().stream().filter(e -> e.matches(row)).count();
            if (n != 1) {
                unpinned.add(row.claim().seed() + " " + row.claim().location() + " \"" + row.claim().claim() + "\" ("
                        + n + " expectations)");
            }
        }
        assertTrue(unpinned.isEmpty(), "rows without exactly one expectation: " + unpinned);
        assertEquals(ROWS.size(), all().size());
        // 167 rows: 73 from seed 001, 91 from seed 004, 3 from seed 000
        assertEquals(167, ROWS.size());
        // model v2: seed 001 §3.3's one B200 for 40,000 in-tok/s of prefill now differs (measured FP4 efficiency),
        // and seed 000's speculative gain at concurrency 64 is a new row that differs; the costed fleet (issue 12)
        // is KV-bound at 15 H100s, so §3.3's four H100 monthly figures (cost and savings) now differ
        assertEquals(100, Audit.count(ROWS, Verdict.AGREES));
        assertEquals(67, Audit.count(ROWS, Verdict.DIFFERS));
    }

    @Test
    void noTwoRowsShareSeedLocationAndClaim() {
        Set<String> keys = new HashSet<>();
        for (AuditRow row : ROWS) {
            Claim c = row.claim();
            assertTrue(keys.add(c.seed() + "\u0000" + c.location() + "\u0000" + c.claim()),
                    "duplicate row: " + c.seed() + " " + c.location() + " " + c.claim());
        }
    }

    @Test
    void everyDifferingRowSaysWhyAndNoAgreeingRowDoes() {
        for (AuditRow row : ROWS) {
            if (row.verdict() == Verdict.DIFFERS) {
                assertFalse(row.reason().isBlank(), "no reason for " + row.claim().claim());
            } else {
                assertEquals("", row.reason(), "an agreeing row shows no reason: " + row.claim().claim());
            }
        }
    }

    @Test
    void everyRowIsWellFormed() {
        for (AuditRow row : ROWS) {
            Claim c = row.claim();
            assertTrue(Set.of("000", "001", "004").contains(c.seed()), c.claim());
            assertFalse(c.location().isBlank() || c.claim().isBlank() || c.unit().isBlank(), c.claim());
            assertTrue(Double.isFinite(row.ridgelineValue()), c.claim());
        }
    }

    @Test
    void theVerdictIsTheTolerancesNeverTheAuthors() {
        Claim floor = new Claim("001", "§1.1", "floor", 5.5, "ms", 0.05, "why");
        assertEquals(Verdict.AGREES, floor.judge(5.55));
        assertEquals(Verdict.AGREES, floor.judge(5.45));
        assertEquals(Verdict.DIFFERS, floor.judge(5.5501));
        // 3.4 − 3.35 is 0.04999999999999982 in doubles; the boundary counts as inside either way
        assertEquals(Verdict.AGREES, new Claim("001", "§1.3", "x", 3.4, "TFLOP/s", 0.05, null).judge(3.35));
        assertEquals(Verdict.AGREES, new Claim("001", "§1.3", "x", 3.3, "TFLOP/s", 0.05, null).judge(3.35));
        // a row cannot claim a verdict its figures contradict
        assertThrows(IllegalArgumentException.class, () -> new AuditRow(floor, 21.69, Verdict.AGREES));
        assertThrows(IllegalArgumentException.class, () -> new AuditRow(floor, 5.546, Verdict.DIFFERS));
        assertThrows(IllegalArgumentException.class, () -> new Claim("001", "x", "y", 1, "u", -1, null));
    }

    @Test
    void valuesAreComputedLiveFromTheCatalog() {
        // Give the B200 the seed's sparse peaks as if they were dense: the ridge, batch-1 share and prefill rows
        // then take the article's figures (18e15 / 7.7e12 = 2,338; 0.75 × 18e15 / 141.1e9 = 95,672).
        Catalog builtIn = Catalog.builtIn();
        List<Accelerator> accelerators = builtIn.accelerators().stream()
                .map(a -> a.id().equals("b200-hgx") ? a.withDenseTflops(Map.of(Precision.BF16, 5000.0,
                        Precision.FP8, 9000.0, Precision.FP4, 18000.0)) : a)
                .toList();
        Catalog sparse = new Catalog(accelerators, builtIn.models(), builtIn.formats(), builtIn.priceSheets(),
                builtIn.measurements());
        List<AuditRow> rows = Audit.run(sparse);
        AuditRow ridge = find(rows, "001", "§1.3", "B200 FP4 ridge: 18 PFLOPS");
        assertEquals(2_337.7, ridge.ridgelineValue(), 0.1);
        assertEquals(Verdict.AGREES, ridge.verdict());
        assertEquals(Verdict.AGREES, find(rows, "001", "§1.3", "B200 FP8 ridge").verdict());
        assertEquals(Verdict.AGREES, find(rows, "001", "§1.3", "Batch-1 decode (AI ≈ 1) as a share of B200").verdict());
        AuditRow prefill = find(rows, "001", "§1.3", "B200 prefill ceiling");
        assertEquals(95_672, prefill.ridgelineValue(), 1);
        assertEquals(Verdict.AGREES, prefill.verdict());
        // everything else is unchanged by the B200's peaks except the ratios built on them
        assertEquals(ROWS.size(), rows.size());
    }

    private static AuditRow find(List<AuditRow> rows, String seed, String location, String claimStart) {
        Expected e = agrees(seed, location, claimStart, 0, 0);
        return rows.stream().filter(e::matches).findFirst().orElseThrow();
    }
}
