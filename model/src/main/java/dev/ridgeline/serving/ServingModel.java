package dev.ridgeline.serving;

import dev.ridgeline.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes {@link SystemResults} for one system under one workload: the whole of model/MODEL.md §2 but money. */
public final class ServingModel {
    /** The frontier holds at most this many batches, log-spaced from 1 to the largest admissible batch. */
    public static final int FRONTIER_POINTS = 256;

    private ServingModel() {
    }

    public static SystemResults evaluate(SystemConfig s, Workload w) {
        return evaluate(s, w, 1.0);
    }

    /**
     * As {@link #evaluate(SystemConfig, Workload)} with every step {@code stepScale} times as long: how a pinned
     * measurement anchors its system (the curve passes through it and moves with every input from there). Single-step
     * bounds (floor, ceiling, roofline, prefill ceiling) stay the datasheet's.
     */
    public static SystemResults evaluate(SystemConfig s, Workload w, double stepScale) {
        MemoryBudget memory = MemoryBudget.of(s, w);
        double streaming = Footprint.streamingBytes(s.model(), s.weightFormat());
        Roofline roofline = new Roofline(s.peakFlopsPerGpu(), s.bandwidthPerGpu());
        Step step = new Step(s);
        // the weights one GPU reads for one token (W / GPUs under TP; DP groups each read the whole attention)
        double floor = step.time(StepShape.decode(1, 0, 0)).weightBytesPerGpu() / s.bandwidthPerGpu();
        double prefillCeiling = Prefill.ceilingTokensPerSec(s.peakFlopsPerGpu(), s.computeEfficiency(),
                s.model().parameters().active());
        StepTime prefill = SteadyState.prefillChunk(s, w);
        double ttft = SteadyState.timeToFirstTokenSeconds(s, w.computedPromptTokens(), w.computedPromptContext())
                * stepScale;

        List<OperatingPoint> points = new ArrayList<>();
        StepTime batchOne = step.time(StepShape.decode(1, 0, w.averageDecodeContext()));
        points.add(point(OperatingPoint.Kind.DECODE_BATCH_ONE, "Decode, batch 1", batchOne, stepScale));
        points.add(point(OperatingPoint.Kind.PREFILL, "Prefill, " + w.inputTokens() + " tokens"
                + (w.hitRate() > 0 ? String.format(java.util.Locale.ROOT, " (%.0f %% cached)", w.hitRate() * 100) : ""), prefill, stepScale));

        List<FrontierPoint> frontier = new ArrayList<>();
        Optional<FrontierPoint> current = Optional.empty();
        Optional<FrontierPoint> atTarget = Optional.empty();
        Optional<FrontierPoint> maxThroughput = Optional.empty();
        String verdict = "";
        int maxBatch = maxBatch(s, memory);
        if (!memory.weightsFit()) {
            verdict = String.format("does not fit: weights and runtime need %.1f GB of %.1f GB",
                    (memory.onGpuBytes() + memory.reserveBytes()) / 1e9, memory.hbmBytes() / 1e9);
        } else if (maxBatch < 1) {
            verdict = String.format("does not fit: %.1f GB KV budget holds no %d-token sequence",
                    memory.kvBudgetBytes() / 1e9, w.sequenceTokens());
        } else {
            for (int b : batches(maxBatch)) {
                frontier.add(at(step, w, b, stepScale));
            }
            maxThroughput = Optional.of(frontier.get(frontier.size() - 1));
            int currentBatch = Math.min(s.batch(), maxBatch);
            current = Optional.of(at(step, w, currentBatch, stepScale));
            StepTime decodeNow = step.time(StepShape.decode(currentBatch, s.draftTokens(), w.averageDecodeContext()));
            points.add(1, point(OperatingPoint.Kind.DECODE_CURRENT, "Decode, batch " + currentBatch
                    + (s.draftTokens() > 0 ? ", k = " + s.draftTokens() : ""), decodeNow, stepScale));
            atTarget = largestBatchMeeting(step, w, maxBatch, stepScale);
            if (atTarget.isEmpty()) {
                verdict = String.format("cannot reach %.0f tok/s/user at any batch (batch 1 gives %.1f)",
                        w.requiredTokensPerSecPerUser(), frontier.get(0).tokensPerSecPerUser());
            }
        }
        return new SystemResults(s, streaming, memory, roofline, s.computePrecision(), floor, prefillCeiling,
                ttft, points, frontier, current, atTarget, maxThroughput, verdict, stepScale);
    }

    /** The largest batch the KV budget and the engine admit. */
    public static int maxBatch(SystemConfig s, MemoryBudget memory) {
        return Math.min(memory.maxBatch(), s.engine().maxBatch());
    }

    /** Steady state at a batch: kept for callers that think in batches. */
    public static FrontierPoint sustained(SystemConfig s, Workload w, int batch) {
        return SteadyState.at(s, w, batch);
    }

    /** Interactivity never rises with batch, so the largest batch meeting the target is a binary search. */
    static Optional<FrontierPoint> largestBatchMeeting(Step step, Workload w, int maxBatch, double scale) {
        // a point exactly on the target (a pin anchors one there) must not miss it by rounding
        double target = w.requiredTokensPerSecPerUser() * (1 - 1e-9);
        FrontierPoint one = at(step, w, 1, scale);
        if (one.tokensPerSecPerUser() < target) {
            return Optional.empty();
        }
        int lo = 1;
        int hi = maxBatch;
        FrontierPoint best = one;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            FrontierPoint p = at(step, w, mid, scale);
            if (p.tokensPerSecPerUser() >= target) {
                lo = mid;
                best = p;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(best.batch() == lo ? best : at(step, w, lo, scale));
    }

    /** Steady state at a batch with every step {@code scale} times as long. */
    static FrontierPoint at(Step step, Workload w, int batch, double scale) {
        FrontierPoint p = SteadyState.at(step, w, batch);
        return scale == 1.0 ? p : new FrontierPoint(p.batch(), p.tokensPerSecPerUser() / scale,
                p.outputTokensPerSecPerGpu() / scale, p.totalTokensPerSecPerGpu() / scale, p.stepMs() * scale,
                p.computeBound());
    }

    private static OperatingPoint point(OperatingPoint.Kind kind, String name, StepTime step, double scale) {
        return new OperatingPoint(kind, name, step.flopPerByte(), step.flopsPerGpu() / (step.totalSeconds() * scale));
    }

    /**
     * min(maxBatch, {@link #FRONTIER_POINTS}) distinct batches from 1 to maxBatch: log-spaced, each at least one
     * above the last (so small batches are all present) and never so high that the rest cannot fit below maxBatch.
     */
    static List<Integer> batches(int maxBatch) {
        int n = Math.min(maxBatch, FRONTIER_POINTS);
        List<Integer> batches = new ArrayList<>(n);
        int previous = 0;
        for (int i = 0; i < n; i++) {
            double geometric = n == 1 ? 1 : Math.exp(Math.log(maxBatch) * i / (n - 1));
            int b = (int) Math.round(geometric);
            b = Math.max(b, previous + 1);
            b = Math.min(b, maxBatch - (n - 1 - i));
            batches.add(b);
            previous = b;
        }
        return batches;
    }
}
