package dev.ridgeline.charts;

import dev.ridgeline.serving.FrontierPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch 1, 8, 64, 512 … marked along a frontier, so "the gain compresses at high batch" can be shown: where the
 * curve samples that batch, its point; where it samples batches either side (above ~256 the model samples
 * geometrically), the curve read linearly between them — the two neighbours differ by a few percent in batch.
 */
final class BatchMarks {
    /** Marks every power of this: 1, 8, 64, 512, 4,096. */
    static final int STEP = 8;

    /**
     * One mark: the batch and the curve there.
     *
     * @param below the sampled batch below when read between two samples, else null
     * @param above the sampled batch above when read between two samples, else null
     */
    record Mark(int batch, double tokensPerSecPerUser, double outputTokensPerSecPerGpu, FrontierPoint below,
            FrontierPoint above) {
        boolean interpolated() {
            return below != null;
        }
    }

    private BatchMarks() {
    }

    /** The marks on a frontier sorted by batch (ascending), up to its largest batch. */
    static List<Mark> on(List<FrontierPoint> frontier) {
        List<Mark> marks = new ArrayList<>();
        if (frontier.isEmpty()) {
            return marks;
        }
        int largest = frontier.get(frontier.size() - 1).batch();
        for (long b = 1; b <= largest; b *= STEP) {
            marks.add(at(frontier, (int) b));
        }
        return marks;
    }

    private static Mark at(List<FrontierPoint> frontier, int batch) {
        FrontierPoint below = frontier.get(0);
        for (FrontierPoint p : frontier) {
            if (p.batch() == batch) {
                return new Mark(batch, p.tokensPerSecPerUser(), p.outputTokensPerSecPerGpu(), null, null);
            }
            if (p.batch() > batch) {
                double t = (double) (batch - below.batch()) / (p.batch() - below.batch());
                return new Mark(batch, lerp(below.tokensPerSecPerUser(), p.tokensPerSecPerUser(), t),
                        lerp(below.outputTokensPerSecPerGpu(), p.outputTokensPerSecPerGpu(), t), below, p);
            }
            below = p;
        }
        throw new IllegalArgumentException("batch " + batch + " beyond the frontier");
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** "H100 SXM · FP8 — batch 64: 30.1 tok/s/user, 1,234 output tok/s/GPU (modeled, calibrated)". */
    static String tooltip(String system, Mark m, String basis) {
        String between = m.interpolated() ? String.format("; read between the modeled batches %d and %d",
                m.below().batch(), m.above().batch()) : "";
        return String.format("%s — batch %d: %s tok/s/user, %s output tok/s/GPU (modeled, %s%s)", system, m.batch(),
                Formats.sig3(m.tokensPerSecPerUser()), Formats.fixed(m.outputTokensPerSecPerGpu(), 0), basis,
                between);
    }
}
