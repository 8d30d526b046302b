package dev.ridgeline.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The placement rules, on a 400×200 plot. */
class LabelPlacerTest {
    private final LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 200));

    private static Rectangle2D box(double x, double y) {
        return new Rectangle2D.Double(x, y, 60, 20);
    }

    @Test
    void aLabelTakesTheFirstCandidateClearOfLabelsAndMarkers() {
        assertEquals(box(10, 10), placer.place(List.of(box(10, 10)), null, true));
        placer.blocker(new java.awt.geom.Ellipse2D.Double(100, 100, 10, 10), "point");
        // over the first label (and within its 2 px gap), over the marker, outside the plot: the fourth
        Rectangle2D at = placer.place(List.of(box(40, 25), box(80, 95), box(380, 10), box(200, 10)), null, true);
        assertEquals(box(200, 10), at);
        assertEquals(List.of(box(10, 10), box(200, 10)), placer.placed());
    }

    @Test
    void aLabelNeverCrossesItsOwnLineAndCrossesOthersOnlyIfItMustBeShown() {
        placer.line(new double[] {0, 400}, new double[] {50, 50}, 2, "own curve");
        placer.line(new double[] {200, 200}, new double[] {0, 200}, 2, "target");
        placer.line(new double[] {390, 420}, new double[] {0, 15}, 2, "other"); // clips the top-right corner
        // a droppable label with only crossing candidates is dropped
        assertNull(placer.place(List.of(box(170, 100), box(10, 40)), "own curve", false));
        // a required one crosses another's line, covering the least of it (11 px of a corner, not 20 px across)...
        assertEquals(box(340, 0), placer.place(List.of(box(10, 40), box(170, 100), box(340, 0)), "own curve", true));
        // ...in preference to its own, which it crosses only when nothing else is left
        assertEquals(box(10, 140), placer.place(List.of(box(10, 40), box(10, 140)), "own curve", true));
        assertEquals(box(10, 40), placer.place(List.of(box(10, 40)), "own curve", true));
    }

    @Test
    void aPointsLabelIsNeverNearerAnotherMarkerThanItsOwn() {
        placer.blocker(new java.awt.geom.Ellipse2D.Double(91, 91, 18, 18), "A"); // at (100, 100)
        placer.blocker(new java.awt.geom.Ellipse2D.Double(91, 53, 18, 18), "B"); // at (100, 62), just above
        java.awt.geom.Point2D a = new java.awt.geom.Point2D.Double(100, 100);
        // up and to the right of A the label's left side is beside B: it would name B; below right it names A
        Rectangle2D upRight = box(110, 70);
        Rectangle2D downRight = box(110, 110);
        assertNull(placer.place(List.of(upRight), null, false, a));
        assertEquals(downRight, placer.place(List.of(upRight, downRight), null, false, a));
    }

    @Test
    void candidatesAroundAPointStartToItsRightClearOfTheMarker() {
        List<Rectangle2D> around = LabelPlacer.aroundPoint(100, 100, 60, 20, 8, false);
        assertEquals(8, around.size());
        assertEquals(new Rectangle2D.Double(111, 90, 60, 20), around.get(0));
        Rectangle2D marker = new Rectangle2D.Double(92, 92, 16, 16);
        around.forEach(c -> assertEquals(false, c.intersects(marker), c.toString()));
        assertEquals(16, LabelPlacer.aroundPoint(100, 100, 60, 20, 8, true).size());
    }
}
