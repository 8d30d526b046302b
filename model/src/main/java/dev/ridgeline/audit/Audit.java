package dev.ridgeline.audit;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles' numeric claims against Ridgeline (MODEL.md §3). Every Ridgeline figure is computed here, live,
 * from the catalog and the model: the blackwell-migration preset for seed 001 (systems H100 SXM FP8, H200 FP8,
 * B200 HGX NVFP4), the model's formula functions applied to an article's own inputs where the claim is about its
 * arithmetic. No row holds a literal result.
 */
public final class Audit {
    /** The preset whose three systems are seed 001's. */
    public static final String PRESET = "blackwell-migration";

    private Audit() {
    }

    /** Every row, seed 001 first, then 004, then 000, each in article order. */
    public static List<AuditRow> run(Catalog catalog) {
        MigrationSystems migration = MigrationSystems.of(
                ScenarioEvaluator.evaluate(ScenarioFiles.preset(PRESET, catalog), catalog));
        List<AuditRow> rows = new ArrayList<>();
        rows.addAll(Seed001PhysicsClaims.rows(catalog, migration));
        rows.addAll(Seed001EconomicsClaims.rows(catalog, migration));
        rows.addAll(Seed004CostClaims.rows(catalog));
        rows.addAll(Seed004BuildClaims.rows(catalog));
        rows.addAll(Seed000Claims.rows(catalog));
        return List.copyOf(rows);
    }

    public static int count(List<AuditRow> rows, Verdict verdict) {
        return (int) rows.stream().filter(r -> r.verdict() == verdict).count();
    }
}
