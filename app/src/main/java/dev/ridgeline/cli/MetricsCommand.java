package dev.ridgeline.cli;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.Figure;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.VersusBaseline;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.SystemResults;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the model's headline figures for every system of a scenario, as a table or as JSON. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Compute a scenario's figures per system: footprint, decode floor, KV budget, ridge, "
                + "prefill ceiling and the operating point at the target interactivity.")
final class MetricsCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--json", description = "Print JSON: {\"scenario\": ..., \"systems\": [...]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        ScenarioResults results;
        try {
            Scenario scenario = scenarioOptions.load(catalog);
            results = ScenarioEvaluator.evaluate(scenario, catalog);
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonDocuments.write(MetricsJson.of(results)) : table(results));
        out.flush();
        return 0;
    }

    private static String table(ScenarioResults results) {
        double target = results.scenario().workload().targetTokensPerSecPerUser();
        TextTable t = new TextTable("system", "weights GB", "floor ms", "ceiling tok/s/user", "KV B/token",
                "KV budget GB", "KV tokens", "max concurrency", "ridge FLOP/B", "prefill tok/s/GPU",
                "batch @ target", "tok/s/user @ target", "output tok/s/GPU @ target").numeric(1, 2, 3, 4, 5, 6, 7, 8,
                9, 10, 11, 12);
        TextTable max = new TextTable("system", "parallelism", "engine", "max batch", "tok/s/user",
                "output tok/s/GPU", "total tok/s/GPU", "step ms").numeric(3, 4, 5, 6, 7);
        TextTable money = new TextTable("system", "basis", "tok/s/GPU costed", "$/M on-demand", "$/M spot",
                "ratio vs baseline", "fleet GPUs", "$/month on-demand", "$/month spot", "tok/s per MW")
                .numeric(2, 3, 4, 5, 6, 7, 8, 9);
        var baseline = results.baseline().economics();
        StringBuilder notes = new StringBuilder();
        for (SystemOutcome o : results.systems()) {
            SystemResults r = o.physics();
            FrontierPoint p = r.atTarget().orElse(null);
            t.row(r.label(), Numbers.fixed(r.weightsGB(), 2), Numbers.fixed(r.decodeFloorMs(), 2),
                    Numbers.fixed(r.ceilingTokensPerSecPerUser(), 1), Numbers.fixed(r.memory().kvBytesPerToken(), 0),
                    Numbers.fixed(r.kvBudgetGB(), 1), Numbers.fixed(r.memory().tokenCapacity(), 0),
                    Numbers.fixed(r.memory().concurrency(), 1), Numbers.fixed(r.ridgeFlopPerByte(), 0),
                    Numbers.fixed(r.prefillCeilingTokensPerSecPerGpu(), 0),
                    p == null ? "–" : String.valueOf(p.batch()),
                    p == null ? "–" : Numbers.fixed(p.tokensPerSecPerUser(), 1),
                    p == null ? "–" : Numbers.fixed(p.outputTokensPerSecPerGpu(), 0));
            FrontierPoint m = r.maxThroughput().orElse(null);
            max.row(r.label(), r.config().parallelism(), r.config().engine().name(),
                    m == null ? null : m.batch(), m == null ? null : Numbers.fixed(m.tokensPerSecPerUser(), 1),
                    m == null ? null : Numbers.fixed(m.outputTokensPerSecPerGpu(), 0),
                    m == null ? null : Numbers.fixed(m.totalTokensPerSecPerGpu(), 0),
                    m == null ? null : Numbers.fixed(m.stepMs(), 1));
            if (!r.verdict().isEmpty()) {
                notes.append("  ").append(r.label()).append(": ").append(r.verdict()).append('\n');
            }
            r.config().formatWarning().ifPresent(w -> notes.append("  ").append(r.label()).append(": ").append(w)
                    .append("; its weights are multiplied at ").append(r.config().computePrecision()).append('\n'));
            var e = o.economics();
            var f = e.fleet().orElse(null);
            // a ratio with a free side, or a fleet beyond the limit, prints "–" and the notes say why
            Figure ratio = VersusBaseline.of(e, baseline).map(VersusBaseline::costRatioOnDemand).orElse(null);
            money.row(r.label(), e.costBasis(), e.hasCost() ? Numbers.fixed(e.outputTokensPerSecPerGpu(), 0) : null,
                    Numbers.fixed(e.outputOnDemandPerMillion(), 3), Numbers.fixed(e.outputSpotPerMillion(), 3),
                    ratio == null || !ratio.defined() ? null : Numbers.fixed(ratio.value(), 2) + "×",
                    f == null ? null : f.beyondLimit() ? "> " + Numbers.fixed(Fleet.MAX_GPUS, 0) : f.gpus(),
                    f == null ? null : Numbers.fixed(f.monthlyOnDemand(), 0),
                    f == null ? null : Numbers.fixed(f.monthlySpot(), 0),
                    e.hasCost() ? Numbers.fixed(e.tokensPerSecPerMegawatt(), 0) : null);
            if (ratio != null && !ratio.defined() && o != results.baseline()) {
                notes.append("  ").append(r.label()).append(": no ratio vs baseline: ").append(ratio.reason())
                        .append('\n');
            }
            if (f != null && f.beyondLimit()) {
                notes.append("  ").append(r.label()).append(": the fleet ").append(f.limitNote())
                        .append("; no monthly cost\n");
            }
            if (!e.warning().isEmpty()) {
                notes.append("  ").append(r.label()).append(": ").append(e.warning()).append('\n');
            }
            o.disaggregated().ifPresent(d -> notes.append(String.format(java.util.Locale.ROOT,
                    "  %s: disaggregated, %s; $%s/month on-demand (prefill $%s + decode $%s), $%s/M output; KV %.2f GB "
                            + "over %s GB/s adds %.1f ms to TTFT (p90 at the peak %s)%n", r.label(), d.describe(),
                    Numbers.fixed(d.monthlyOnDemand(), 0), Numbers.fixed(d.prefillMonthly(), 0),
                    Numbers.fixed(d.decodeMonthly(), 0), Numbers.fixed(d.outputOnDemandPerMillion(), 3),
                    d.kvTransferBytes() / 1e9, Numbers.fixed(d.linkGBps(), 0), d.kvTransferSeconds() * 1e3,
                    d.ttftP90AtPeak() == null ? "saturated" : Numbers.fixed(d.ttftP90AtPeak() * 1e3, 0) + " ms")));
            if (f != null && f.constrainedBeyondThroughput() && !f.beyondLimit()) {
                notes.append(String.format("  %s: the fleet is costed at %d GPUs because %s binds (%,.0f concurrent "
                        + "sequences); throughput alone needs %d%n", r.label(), f.gpus(), f.bindingConstraint(),
                        f.concurrentSequences(), f.throughputGpus()));
            }
        }
        var w = results.scenario().workload();
        return results.scenario().name() + "\n"
                + String.format("workload: %d in / %d out tokens, %s req/s, target %s tok/s/user; "
                        + "max concurrency at %d tokens per sequence%n%n", w.inputTokens(), w.outputTokens(),
                        Numbers.fixed(w.requestsPerSec(), 1), Numbers.fixed(target, 0), w.sequenceTokens())
                + t.render() + "\nMax throughput: the largest batch the KV budget and the engine admit (total = input "
                + "+ output tokens)\n" + max.render() + "\nCost at the target interactivity (ratio: the baseline's $/M ÷ this system's)\n"
                + money.render() + (notes.length() == 0 ? "" : "\nnotes:\n" + notes);
    }
}
