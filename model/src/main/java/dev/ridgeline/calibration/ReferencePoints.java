package dev.ridgeline.calibration;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.llm.LanguageModel;
import dev.ridgeline.serving.SystemConfig;
import java.util.List;
import java.util.Objects;

/**
 * The catalog's measured points that belong on a system's frontier: same accelerator, the same model or an
 * architectural twin (MLPerf's Llama 2 70B has Llama 3.3 70B's layers, widths and heads), a weight format that
 * matches or was not published, and a known interactivity.
 */
public final class ReferencePoints {
    private ReferencePoints() {
    }

    public static List<Measurement> matching(Catalog catalog, SystemConfig system) {
        return catalog.measurements().stream()
                .filter(m -> m.accelerator().equals(system.accelerator().id()))
                .filter(m -> catalog.model(m.model()).map(model -> sameShape(model, system.model())).orElse(false))
                .filter(m -> m.weightFormat() == null || m.weightFormat().equals(system.weightFormat().id()))
                .filter(m -> m.interactivity().isPresent())
                .toList();
    }

    /** Same decode cost per token: identical layer count, widths, heads and experts (vocabulary aside). */
    static boolean sameShape(LanguageModel a, LanguageModel b) {
        return a.id().equals(b.id())
                || (a.layers() == b.layers() && a.hidden() == b.hidden() && a.queryHeads() == b.queryHeads()
                        && a.kvHeads() == b.kvHeads() && a.headDim() == b.headDim() && Objects.equals(a.ffn(), b.ffn())
                        && Objects.equals(a.moe(), b.moe()) && a.attention().equals(b.attention()));
    }
}
