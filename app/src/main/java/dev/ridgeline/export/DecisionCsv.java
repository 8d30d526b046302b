package dev.ridgeline.export;

import dev.ridgeline.charts.decisions.Decisions;
import dev.ridgeline.decisions.BuildVsBuyCurve;
import dev.ridgeline.decisions.CascadeCost;
import dev.ridgeline.decisions.MigrationBridge;
import dev.ridgeline.decisions.Sensitivity;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers behind the decision charts (issue 15), one table per chart that applies, units in the column names,
 * figures rounded by {@link Csv#number}.
 */
public final class DecisionCsv {
    private DecisionCsv() {
    }

    public static List<SeriesCsv.Table> tables(Decisions d) {
        List<SeriesCsv.Table> tables = new ArrayList<>();
        d.tornado().ifPresent(t -> tables.add(tornado(t)));
        d.bridge().ifPresent(b -> tables.add(bridge(b)));
        d.buildVsBuy().ifPresent(c -> tables.add(buildVsBuy(c)));
        d.cascade().ifPresent(c -> tables.add(cascade(c)));
        return tables;
    }

    static SeriesCsv.Table tornado(Sensitivity t) {
        List<List<String>> rows = new ArrayList<>();
        for (Sensitivity.Bar b : t.bars()) {
            rows.add(List.of(t.system(), b.input(), b.unit(), b.range(), num(b.base()), num(b.low()), num(b.high()),
                    num(t.basePerMillion()), num(b.lowPerMillion()), num(b.highPerMillion()), num(t.baseMonthly()),
                    num(b.lowMonthly()), num(b.highMonthly())));
        }
        return new SeriesCsv.Table("decision-sensitivity", List.of("system", "input", "unit", "range", "input_as_is",
                "input_low", "input_high", "cost_as_is_usd_per_million", "cost_at_low_usd_per_million",
                "cost_at_high_usd_per_million", "fleet_as_is_usd_per_month", "fleet_at_low_usd_per_month",
                "fleet_at_high_usd_per_month"), rows);
    }

    static SeriesCsv.Table bridge(MigrationBridge b) {
        List<List<String>> rows = new ArrayList<>();
        double cumulative = 1;
        for (MigrationBridge.Factor f : b.factors()) {
            cumulative *= f.ratio();
            rows.add(List.of(b.baseline(), b.selected(), f.name(), num(f.ratio()), num(cumulative), f.how()));
        }
        rows.add(List.of(b.baseline(), b.selected(), "total", num(b.total()), num(b.total()),
                "baseline $/M ÷ selected $/M"));
        return new SeriesCsv.Table("decision-bridge", List.of("baseline", "selected", "factor", "ratio_x",
                "cumulative_ratio_x", "how"), rows);
    }

    static SeriesCsv.Table buildVsBuy(BuildVsBuyCurve c) {
        List<List<String>> rows = new ArrayList<>();
        for (BuildVsBuyCurve.Point p : c.points()) {
            rows.add(List.of(c.system(), num(p.tokensPerDay()), Integer.toString(p.replicas()),
                    num(p.selfHostMonthly()), num(p.apiMonthly()), num(p.hybridMonthly()),
                    num(c.breakEvenTokensPerDay())));
        }
        return new SeriesCsv.Table("decision-build-vs-buy", List.of("system", "tokens_per_day", "replicas",
                "self_host_usd_per_month", "api_usd_per_month", "hybrid_usd_per_month", "break_even_tokens_per_day"),
                rows);
    }

    static SeriesCsv.Table cascade(CascadeCost c) {
        List<List<String>> rows = new ArrayList<>();
        for (CascadeCost.Tier t : c.tiers()) {
            rows.add(List.of(t.label(), num(t.share()), num(t.perMillion()), t.gpus() == null ? "" : t.gpus()
                    .toString(), num(t.monthly()), num(t.quality()), num(t.savingAlone())));
        }
        rows.add(List.of("blended", "1", num(c.blendedPerMillion()), c.totalGpus() == null ? ""
                : c.totalGpus().toString(), "", num(c.blendedQuality()), "1"));
        return new SeriesCsv.Table("decision-cascade", List.of("tier", "share", "cost_usd_per_million_output",
                "gpus", "usd_per_month", "quality", "alone_over_blended_x"), rows);
    }

    private static String num(Double v) {
        return Csv.number(v);
    }
}
