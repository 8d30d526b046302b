package dev.ridgeline.charts;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where labels go, in Java2D space: each label takes the first of its candidate boxes that lies inside the area
 * and overlaps no label placed before it, no data marker and no line (and, for a point's label, is nearer its own
 * point than any other marker). A label that must be shown may, where no
 * candidate is clear, cross other lines (where it covers least of them), and as a last resort its own line (the
 * dashed marker or the curve it names) or a marker, never another label; a label that may be dropped is dropped.
 */
final class LabelPlacer {
    /** Clear space kept between two labels. */
    static final double GAP = 2;

    private final Rectangle2D area;
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final List<Blocker> blockers = new ArrayList<>();
    private final List<Polyline> lines = new ArrayList<>();

    private record Blocker(Shape shape, Object tag) {
    }

    LabelPlacer(Rectangle2D area) {
        this.area = area;
    }

    /** A shape labels keep clear of: a data marker where it is drawn. */
    void blocker(Shape shape, Object tag) {
        blockers.add(new Blocker(shape, tag));
    }

    /** A line labels avoid if they can, and never cross if it is {@code tag}, their own. */
    void line(double[] xs, double[] ys, int count, Object tag) {
        if (count >= 2) {
            lines.add(new Polyline(xs, ys, count, tag));
        }
    }

    List<Rectangle2D> placed() {
        return List.copyOf(placed);
    }

    /**
     * The first candidate free of everything; else, for a {@code required} label, the one covering the least length
     * of others' lines, else the first that only crosses its own line or markers. Null when the label is dropped.
     */
    Rectangle2D place(List<Rectangle2D> candidates, Object own, boolean required) {
        return place(candidates, own, required, null);
    }

    /**
     * As {@link #place(List, Object, boolean)} for the label of the point at {@code anchor}: a candidate whose side
     * facing its point is nearer another marker would seem to name that marker, and counts as not clear.
     */
    Rectangle2D place(List<Rectangle2D> candidates, Object own, boolean required, Point2D anchor) {
        Rectangle2D best = null;
        double least = Double.POSITIVE_INFINITY;
        Rectangle2D lastResort = null;
        for (Rectangle2D c : candidates) {
            if (!area.contains(c) || overlapsLabel(c)) {
                continue;
            }
            if (lastResort == null) {
                lastResort = c;
            }
            if (blocked(c, own) || crosses(c, own, true)) {
                continue;
            }
            double covered = covered(c);
            if (covered == 0 && (anchor == null || !nearerAnother(c, anchor))) {
                return accept(c);
            }
            if (covered < least) {
                best = c;
                least = covered;
            }
        }
        if (!required) {
            return null;
        }
        return best != null ? accept(best) : lastResort != null ? accept(lastResort) : null;
    }

    /**
     * What placing {@code c} would cost: infinite outside the area or over a label, 1e6 plus the line length
     * covered over a marker or its own line, else the length of line covered (0 when clear).
     */
    double cost(Rectangle2D c, Object own) {
        if (!area.contains(c) || overlapsLabel(c)) {
            return Double.POSITIVE_INFINITY;
        }
        return (blocked(c, own) || crosses(c, own, true) ? 1e6 : 0) + covered(c);
    }

    Rectangle2D accept(Rectangle2D c) {
        placed.add(c);
        return c;
    }

    private boolean overlapsLabel(Rectangle2D c) {
        Rectangle2D grown = new Rectangle2D.Double(c.getX() - GAP, c.getY() - GAP, c.getWidth() + 2 * GAP,
                c.getHeight() + 2 * GAP);
        for (Rectangle2D p : placed) {
            if (grown.intersects(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean nearerAnother(Rectangle2D c, Point2D anchor) {
        // where a reader's eye joins label and point: the middle of the label's side facing the point
        boolean beside = anchor.getX() < c.getMinX() || anchor.getX() > c.getMaxX();
        double x = beside ? (anchor.getX() < c.getMinX() ? c.getMinX() : c.getMaxX()) : c.getCenterX();
        double y = beside ? c.getCenterY() : anchor.getY() < c.getMinY() ? c.getMinY() : c.getMaxY();
        double own = anchor.distance(x, y);
        for (Blocker b : blockers) {
            boolean same = b.shape.contains(anchor); // the point's own marker (or one drawn at the same spot)
            Rectangle2D r = b.shape.getBounds2D();
            if (!same && Point2D.distance(x, y, r.getCenterX(), r.getCenterY()) < own) {
                return true;
            }
        }
        return false;
    }

    private boolean blocked(Rectangle2D c, Object own) {
        for (Blocker b : blockers) {
            if (!Objects.equals(b.tag, own) && b.shape.intersects(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} crosses its own line ({@code onlyOwn}) or any line. */
    private boolean crosses(Rectangle2D c, Object own, boolean onlyOwn) {
        for (Polyline l : lines) {
            if ((!onlyOwn || Objects.equals(l.tag, own)) && l.intersects(c)) {
                return true;
            }
        }
        return false;
    }

    /** Length of line inside {@code c}, px. */
    private double covered(Rectangle2D c) {
        double length = 0;
        for (Polyline l : lines) {
            length += l.lengthInside(c);
        }
        return length;
    }

    /**
     * Candidates around a point marker of the given radius: right, the diagonals, above, below, left; then, if
     * {@code farther}, the same again farther out (a label that far is only clear for a lone point).
     */
    static List<Rectangle2D> aroundPoint(double x, double y, double w, double h, double radius, boolean farther) {
        List<Rectangle2D> out = new ArrayList<>();
        for (double gap : farther ? new double[] {radius + 3, 2 * radius + 10} : new double[] {radius + 3}) {
            double d = Math.max(gap * 0.7, radius + 1.5); // the label's corner clear of the marker's square
            out.add(new Rectangle2D.Double(x + gap, y - h / 2, w, h));
            out.add(new Rectangle2D.Double(x + d, y - d - h, w, h));
            out.add(new Rectangle2D.Double(x + d, y + d, w, h));
            out.add(new Rectangle2D.Double(x - w / 2, y - gap - h, w, h));
            out.add(new Rectangle2D.Double(x - w / 2, y + gap, w, h));
            out.add(new Rectangle2D.Double(x - gap - w, y - h / 2, w, h));
            out.add(new Rectangle2D.Double(x - d - w, y - d - h, w, h));
            out.add(new Rectangle2D.Double(x - d - w, y + d, w, h));
        }
        return out;
    }

    /**
     * Candidates beside a vertical line at {@code x} spanning {@code top}–{@code bottom}: right then left of it,
     * clear of markers sitting on it, from the end named first ({@code fromBottom}) along the line in 4 px steps.
     */
    static List<Rectangle2D> besideVertical(double x, double top, double bottom, double w, double h,
            boolean fromBottom) {
        List<Rectangle2D> out = new ArrayList<>();
        double offset = 9;
        for (double along = 0; along + h <= bottom - top + 0.01; along += 4) {
            double y = fromBottom ? bottom - along - h : top + along;
            out.add(new Rectangle2D.Double(x + offset, y, w, h));
            out.add(new Rectangle2D.Double(x - offset - w, y, w, h));
        }
        return out;
    }

    /**
     * Candidates for a block in the area: top right, top left, top middle, bottom right, bottom left, then the
     * middle of the right and the left edge.
     */
    static List<Rectangle2D> corners(Rectangle2D area, double w, double h, double margin) {
        double left = area.getMinX() + margin;
        double right = area.getMaxX() - margin - w;
        double top = area.getMinY() + margin;
        double bottom = area.getMaxY() - margin - h;
        double middle = (top + bottom) / 2;
        return List.of(new Rectangle2D.Double(right, top, w, h), new Rectangle2D.Double(left, top, w, h),
                new Rectangle2D.Double((left + right) / 2, top, w, h), new Rectangle2D.Double(right, bottom, w, h),
                new Rectangle2D.Double(left, bottom, w, h), new Rectangle2D.Double(right, middle, w, h),
                new Rectangle2D.Double(left, middle, w, h));
    }

    /** A line as segments, with the bounds of each run of 16 so a label far from it is cleared at once. */
    private static final class Polyline {
        private static final int RUN = 16;
        private final double[] xs;
        private final double[] ys;
        private final int count;
        private final Object tag;
        private final Rectangle2D[] runs;

        Polyline(double[] xs, double[] ys, int count, Object tag) {
            this.xs = xs;
            this.ys = ys;
            this.count = count;
            this.tag = tag;
            runs = new Rectangle2D[(count - 2) / RUN + 1];
            for (int r = 0; r < runs.length; r++) {
                int from = r * RUN;
                int to = Math.min(count - 1, from + RUN);
                Rectangle2D b = new Rectangle2D.Double(xs[from], ys[from], 0, 0);
                for (int i = from + 1; i <= to; i++) {
                    b.add(xs[i], ys[i]);
                }
                runs[r] = b;
            }
        }

        boolean intersects(Rectangle2D c) {
            return measure(c, false) > 0;
        }

        double lengthInside(Rectangle2D c) {
            return measure(c, true);
        }

        /** With {@code length}, the length inside {@code c}; else 1 at the first segment touching it, or 0. */
        private double measure(Rectangle2D c, boolean length) {
            double total = 0;
            for (int r = 0; r < runs.length; r++) {
                Rectangle2D b = runs[r];
                // a flat run has zero height, which Rectangle2D.intersects would never report
                if (b.getMaxX() < c.getMinX() || b.getMinX() > c.getMaxX() || b.getMaxY() < c.getMinY()
                        || b.getMinY() > c.getMaxY()) {
                    continue;
                }
                int from = r * RUN;
                int to = Math.min(count - 1, from + RUN);
                for (int i = from; i < to; i++) {
                    if (c.intersectsLine(xs[i], ys[i], xs[i + 1], ys[i + 1])) {
                        if (!length) {
                            return 1;
                        }
                        total += Math.max(0.5, clipped(c, xs[i], ys[i], xs[i + 1], ys[i + 1]));
                    }
                }
            }
            return total;
        }

        /** Length of the segment inside {@code c} (Liang–Barsky). */
        private static double clipped(Rectangle2D c, double x1, double y1, double x2, double y2) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double t0 = 0;
            double t1 = 1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - c.getMinX(), c.getMaxX() - x1, y1 - c.getMinY(), c.getMaxY() - y1};
            for (int k = 0; k < 4; k++) {
                if (p[k] == 0) {
                    if (q[k] < 0) {
                        return 0;
                    }
                } else {
                    double t = q[k] / p[k];
                    if (p[k] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
        }
    }
}
