package dev.ridgeline.export;

import dev.ridgeline.calibration.Measurement;
import dev.ridgeline.economics.CostPoint;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.MeasuredThroughput;
import dev.ridgeline.serving.FrontierPoint;
import dev.ridgeline.serving.MemoryUse;
import dev.ridgeline.serving.OperatingPoint;
import dev.ridgeline.serving.SystemResults;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers behind every plotted series, one table per chart (plus one for the points marked on the frontier
 * and cost charts), each column named with its unit. Figures are rounded by {@link Csv#number} (four significant
 * figures, whole units kept), counts written whole; each file starts with a UTF-8 byte-order mark for Excel.
 */
public final class SeriesCsv {
    /** A CSV file's name (without ".csv"), its columns and its rows. */
    public record Table(String name, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public String fileName() {
            return name + ".csv";
        }

        /** The file's text: the byte-order mark, the header and the rows. */
        public String text() {
            return Csv.BYTE_ORDER_MARK + Csv.write(columns, rows);
        }
    }

    /** The roofline chart's x range: each roof is drawn from here to the ridge and on to {@link #ROOF_END}. */
    static final double ROOF_START = 0.1;
    static final double ROOF_END = 100_000;

    private SeriesCsv() {
    }

    /** Every table, in the order the charts appear. */
    public static List<Table> tables(ScenarioResults results) {
        return List.of(roofline(results), frontier(results), frontierPoints(results), cost(results),
                costPoints(results), memory(results), latency(results));
    }

    /** The latency chart's curves (issue 14): TTFT p50/p90 and TPOT per request rate per GPU. */
    public static Table latency(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        var w = results.scenario().workload();
        for (SystemOutcome o : results.systems()) {
            for (var point : dev.ridgeline.evaluation.LatencyUnderLoad.curve(o, w, 48)) {
                var l = point.latency();
                if (!l.saturated()) {
                    rows.add(row(o.label(), num(point.requestsPerSecPerGpu()), num(l.prefillUtilisation()),
                            num(l.ttftP50Seconds() * 1e3), num(l.ttftP90Seconds() * 1e3),
                            num(l.ttftMeanSeconds() * 1e3), num(l.tpotSeconds() * 1e3)));
                }
            }
        }
        return new Table("latency", List.of("system", "requests_per_sec_per_gpu", "prefill_utilisation",
                "ttft_p50_ms", "ttft_p90_ms", "ttft_mean_ms", "tpot_ms"), rows);
    }

    public static Table roofline(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            SystemResults r = o.physics();
            String precision = r.precision().name();
            double bandwidth = r.roofline().bandwidthBytesPerSec() / 1e12;
            double peak = r.roofline().peakFlops() / 1e12;
            rows.add(row(o.label(), "roof", num(ROOF_START), num(ROOF_START * bandwidth), precision));
            rows.add(row(o.label(), "roof", num(r.ridgeFlopPerByte()), num(peak), precision));
            rows.add(row(o.label(), "roof", num(ROOF_END), num(peak), precision));
            for (OperatingPoint p : r.operatingPoints()) {
                rows.add(row(o.label(), p.name(), num(p.flopPerByte()), num(p.attainedFlopsPerGpu() / 1e12),
                        precision));
            }
        }
        return new Table("roofline", List.of("system", "series", "arithmetic_intensity_flop_per_byte",
                "attainable_tflop_per_s_per_gpu", "precision"), rows);
    }

    public static Table frontier(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            for (FrontierPoint p : o.physics().frontier()) {
                rows.add(row(o.label(), Integer.toString(p.batch()), num(p.tokensPerSecPerUser()),
                        num(p.outputTokensPerSecPerGpu()), num(p.stepMs()), p.computeBound() ? "compute" : "memory"));
            }
        }
        return new Table("frontier", List.of("system", "batch", "interactivity_tok_per_s_per_user",
                "throughput_output_tok_per_s_per_gpu", "step_ms", "bound"), rows);
    }

    /** The frontier chart's marks: each system's current batch, its pinned measurement, the catalog's measurements. */
    public static Table frontierPoints(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            o.physics().current().ifPresent(p -> rows.add(row(o.label(), "current batch " + p.batch(),
                    num(p.tokensPerSecPerUser()), num(p.outputTokensPerSecPerGpu()), "modeled")));
            MeasuredThroughput pinned = o.resolved().measured();
            if (pinned != null && pinned.atTokensPerSecPerUser() != null) {
                rows.add(row(o.label(), "pinned measurement", num(pinned.atTokensPerSecPerUser()),
                        num(pinned.outputTokensPerSecPerGpu()), pinned.source()));
            }
            for (Measurement m : o.references()) {
                rows.add(row(o.label(), "measured: " + m.round() + " " + m.scenario(),
                        num(m.interactivity().orElseThrow()), num(m.tokensPerSecPerGpu()), m.source()));
            }
        }
        return new Table("frontier-points", List.of("system", "series", "interactivity_tok_per_s_per_user",
                "throughput_output_tok_per_s_per_gpu", "source"), rows);
    }

    public static Table cost(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            for (CostPoint p : o.economics().costFrontier()) {
                rows.add(row(o.label(), Integer.toString(p.batch()), num(p.tokensPerSecPerUser()),
                        num(p.onDemandPerMillion()), num(p.spotPerMillion())));
            }
        }
        return new Table("cost", List.of("system", "batch", "interactivity_tok_per_s_per_user",
                "cost_on_demand_usd_per_million", "cost_spot_usd_per_million"), rows);
    }

    /** The cost chart's dots: what a million output tokens costs at the target, and the throughput it rests on. */
    public static Table costPoints(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            SystemEconomics e = o.economics();
            if (e.hasCost()) {
                rows.add(row(o.label(), e.costBasis(), num(e.interactivity()), num(e.outputTokensPerSecPerGpu()),
                        num(e.outputOnDemandPerMillion()), num(e.outputSpotPerMillion())));
            }
        }
        return new Table("cost-points", List.of("system", "basis", "interactivity_tok_per_s_per_user",
                "throughput_output_tok_per_s_per_gpu", "cost_on_demand_usd_per_million",
                "cost_spot_usd_per_million"), rows);
    }

    /** The memory chart's stacked bars (capped at capacity as drawn; any excess is "Over capacity"), and the capacity. */
    public static Table memory(ScenarioResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemOutcome o : results.systems()) {
            MemoryUse use = o.physics().memoryAtCurrentBatch();
            rows.add(row(o.label(), "Weights", num(use.weightsGB())));
            rows.add(row(o.label(), "Runtime + reserve", num(use.runtimeGB())));
            rows.add(row(o.label(), "KV at current batch", num(use.kvGB())));
            rows.add(row(o.label(), "Free", num(use.freeGB())));
            rows.add(row(o.label(), "Over capacity", num(use.overCapacityGB())));
            rows.add(row(o.label(), "HBM capacity", num(use.capacityGB())));
        }
        return new Table("memory", List.of("system", "component", "gb_per_replica"), rows);
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** Rounded as {@link Csv#number} says; empty where there is no value (no price). */
    static String num(Double value) {
        return Csv.number(value);
    }
}
