package dev.ridgeline.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierSweepTest {
    @Test
    void sweepsEveryBatchWhenTheLimitIsSmall() {
        assertEquals(List.of(1, 2, 3, 4, 5), ServingModel.batches(5));
    }

    @Test
    void sweepsExactly256DistinctBatchesFromOneToTheLimit() {
        for (int limit : new int[] {256, 257, 337, 688, 5_000, 1_000_000}) {
            List<Integer> b = ServingModel.batches(limit);
            assertEquals(256, b.size(), "limit " + limit);
            assertEquals(1, b.get(0));
            assertEquals(limit, b.get(b.size() - 1));
            for (int i = 1; i < b.size(); i++) {
                assertTrue(b.get(i) > b.get(i - 1), "strictly increasing at limit " + limit);
            }
        }
    }
}
