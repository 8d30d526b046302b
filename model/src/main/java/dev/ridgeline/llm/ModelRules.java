package dev.ridgeline.llm;

import dev.ridgeline.validation.Problem;
import dev.ridgeline.validation.RangeText;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's structural invariants beyond each field's own range: fields required by another field's value (MLA's
 * ranks, the dense layers' ffn) and how fields bound each other (no more sliding or linear layers than layers, no more
 * active experts than routed ones). Each problem names the field, relative to the model ("moe.activeExperts").
 * Without these a model computes negative KV bytes or NaN throughput, or throws deep in the physics (issue 13).
 */
public final class ModelRules {
    private ModelRules() {
    }

    /** Every rule the model breaks; empty when it can be computed. */
    public static List<Problem> problems(LanguageModel m) {
        List<Problem> problems = new ArrayList<>(0);
        attention(m, problems);
        if (m.ffn() == null && (m.moe() == null || m.moe().leadingDenseLayers() > 0)) {
            problems.add(new Problem("ffn", m.moe() == null ? "is required for a dense model (its MLP width)"
                    : "is required when moe.denseLayers > 0 (the dense layers' MLP width)"));
        }
        LinearAttention linear = m.linearAttention();
        if (linear != null && linear.layers() > m.layers()) {
            problems.add(new Problem("linearAttention.layers", "must be ≤ layers (" + m.layers() + "), was "
                    + linear.layers()));
        }
        SlidingWindow sliding = m.slidingWindow();
        if (sliding != null && (linear == null || linear.layers() <= m.layers())
                && sliding.layers() > m.attentionLayers()) {
            problems.add(new Problem("slidingWindow.layers", "must be ≤ " + (linear == null ? "layers ("
                    + m.layers() + ")" : "layers − linearAttention.layers = " + m.layers() + " − " + linear.layers()
                            + " = " + m.attentionLayers() + " (the softmax-attention layers)") + ", was "
                    + sliding.layers()));
        }
        Moe moe = m.moe();
        if (moe != null) {
            if (moe.activeExperts() > moe.routedExperts()) {
                problems.add(new Problem("moe.activeExperts", "must be ≤ moe.routedExperts (" + moe.routedExperts()
                        + "), was " + moe.activeExperts()));
            }
            if (moe.leadingDenseLayers() >= m.layers()) {
                problems.add(new Problem("moe.denseLayers", "must be < layers (" + m.layers() + "): an MoE model "
                        + "needs at least one MoE layer, was " + moe.leadingDenseLayers()));
            }
        }
        if (m.statedActiveParamsB() != null && m.statedActiveParamsB() > m.statedTotalParamsB()) {
            problems.add(new Problem("statedActiveParamsB", "must be ≤ statedTotalParamsB ("
                    + RangeText.number(m.statedTotalParamsB()) + "), was " + RangeText.number(m.statedActiveParamsB())));
        }
        return problems;
    }

    private static void attention(LanguageModel m, List<Problem> problems) {
        Attention a = m.attention();
        Integer[] ranks = {a.kvLoraRank(), a.qkNopeHeadDim(), a.qkRopeHeadDim(), a.vHeadDim()};
        String[] names = {"kvLoraRank", "qkNopeHeadDim", "qkRopeHeadDim", "vHeadDim"};
        if (a.kind() == AttentionKind.MLA) {
            for (int i = 0; i < ranks.length; i++) {
                if (ranks[i] == null) {
                    problems.add(new Problem("attention." + names[i], "is required when attention.kind is MLA"));
                }
            }
            return;
        }
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] != null) {
                problems.add(new Problem("attention." + names[i], "applies to MLA only; attention.kind is "
                        + a.kind()));
            }
        }
        if (a.qLoraRank() != null) {
            problems.add(new Problem("attention.qLoraRank", "applies to MLA only; attention.kind is " + a.kind()));
        }
        if (m.kvHeads() > m.queryHeads()) {
            problems.add(new Problem("kvHeads", "must be ≤ queryHeads (" + m.queryHeads() + "), was " + m.kvHeads()));
        } else if (m.queryHeads() % m.kvHeads() != 0) {
            problems.add(new Problem("kvHeads", "must divide queryHeads (" + m.queryHeads() + ") into equal groups, "
                    + "was " + m.kvHeads()));
        }
    }
}
