package dev.ridgeline.serving;

import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * How a replica's GPUs share the work. Attention and the dense layers are split {@code tp} ways and replicated
 * over {@code dp} data-parallel attention groups (each holding its own sequences and KV cache); routed experts
 * are split over all {@code tp × dp} GPUs, {@code ep} of which exchange tokens all-to-all (expert parallelism).
 *
 * @param tp tensor-parallel degree of attention and dense layers
 * @param ep expert-parallel degree: GPUs the routed experts are spread over (1 = experts split by TP)
 * @param dp data-parallel attention groups
 */
public record Parallelism(int tp, int ep, int dp) {
    /** Upper bound on GPUs per replica (one NVL72 rack). */
    public static final int MAX_GPUS = 72;

    /** Schema-1 files and single numbers: all GPUs tensor-parallel, as the first model assumed. */
    public static Parallelism tensor(int gpus) {
        return new Parallelism(gpus, 1, 1);
    }

    public int gpus() {
        return tp * dp;
    }

    /** Every rule this parallelism breaks for the model, with the field named. Empty when it is possible. */
    public List<Problem> problems(LanguageModel model) {
        List<Problem> problems = new ArrayList<>();
        if (tp < 1 || tp > MAX_GPUS) {
            problems.add(new Problem("parallelism.tp", "must be between 1 and " + MAX_GPUS + ", was " + tp));
        }
        if (dp < 1 || dp > MAX_GPUS) {
            problems.add(new Problem("parallelism.dp", "must be between 1 and " + MAX_GPUS + ", was " + dp));
        }
        if (ep < 1 || ep > MAX_GPUS) {
            problems.add(new Problem("parallelism.ep", "must be between 1 and " + MAX_GPUS + ", was " + ep));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if ((long) tp * dp > MAX_GPUS) {
            problems.add(new Problem("parallelism", "TP × DP = " + tp + " × " + dp + " = " + (long) tp * dp
                    + " GPUs; a replica has at most " + MAX_GPUS));
        }
        if (ep > tp * dp) {
            problems.add(new Problem("parallelism.ep", "EP " + ep + " exceeds the replica's TP × DP = "
                    + tp * dp + " GPUs"));
        }
        if (ep > 1 && model != null && !model.isMoe()) {
            problems.add(new Problem("parallelism.ep", "must be 1 for " + model.id()
                    + ", which has no experts to split (was " + ep + ")"));
        }
        if (ep > 1 && model != null && model.isMoe() && ep > model.moe().routedExperts()) {
            problems.add(new Problem("parallelism.ep", "EP " + ep + " exceeds " + model.id() + "'s "
                    + model.moe().routedExperts() + " routed experts"));
        }
        if (dp > 1 && model != null && !model.isMoe()) {
            problems.add(new Problem("parallelism.dp", "data-parallel attention is for MoE models; for "
                    + model.id() + " use more replicas instead (was " + dp + ")"));
        }
        return problems;
    }

    @Override
    public String toString() {
        return "TP" + tp + (ep > 1 ? " EP" + ep : "") + (dp > 1 ? " DP" + dp : "");
    }
}
