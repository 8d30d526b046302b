package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.charts.ChartKind;
import dev.ridgeline.economics.CostPoint;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.evaluation.SystemOutcome;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.serving.FrontierPoint;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The CSVs hold what the charts plot, named with units, each figure exactly as {@link Csv#number} rounds it. */
class SeriesCsvTest {
    private static final String AWKWARD = "H100 \"SXM\", FP8";

    /** The preset with its baseline relabelled with a comma and quotes, which CSV must quote. */
    private static ScenarioResults awkward() {
        Scenario preset = ScenarioFiles.preset("blackwell-migration", Fixtures.CATALOG);
        return Fixtures.evaluate(preset.withSystem(0, preset.systems().get(0).withLabel(AWKWARD)));
    }

    private static List<List<String>> roundTrip(SeriesCsv.Table table) {
        List<List<String>> records = Csv.read(table.text());
        assertEquals(table.columns(), records.get(0), table.name() + " header");
        assertEquals(table.rows().size(), records.size() - 1, table.name() + " rows");
        return records.subList(1, records.size());
    }

    @Test
    void fieldsAreQuotedOnlyWhereTheyMustBe() {
        assertEquals("B200 HGX · NVFP4", Csv.field("B200 HGX · NVFP4"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "", "two\nlines"), List.of("x", "", "y", "")),
                Csv.read("\"a,b\",\"say \"\"hi\"\"\",,\"two\nlines\"\r\nx,\"\",y,\n"));
    }

    @Test
    void malformedCsvIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Csv.read("\"never closed,1\n"));
        assertThrows(IllegalArgumentException.class, () -> Csv.read("\"closed\"early,1\n"));
    }

    @Test
    void columnsNameTheirUnits() {
        ScenarioResults results = Fixtures.blackwell();
        assertEquals(List.of("system", "batch", "interactivity_tok_per_s_per_user",
                "throughput_output_tok_per_s_per_gpu", "step_ms", "bound"), SeriesCsv.frontier(results).columns());
        assertEquals(List.of("system", "batch", "interactivity_tok_per_s_per_user", "cost_on_demand_usd_per_million",
                "cost_spot_usd_per_million"), SeriesCsv.cost(results).columns());
        assertEquals(List.of("system", "series", "arithmetic_intensity_flop_per_byte",
                "attainable_tflop_per_s_per_gpu", "precision"), SeriesCsv.roofline(results).columns());
        assertEquals(List.of("system", "component", "gb_per_replica"), SeriesCsv.memory(results).columns());
        assertEquals(List.of("system", "requests_per_sec_per_gpu", "prefill_utilisation", "ttft_p50_ms",
                "ttft_p90_ms", "ttft_mean_ms", "tpot_ms"), SeriesCsv.latency(results).columns());
        assertEquals(List.of("roofline.csv", "frontier.csv", "frontier-points.csv", "cost.csv", "cost-points.csv",
                "memory.csv", "latency.csv"), SeriesCsv.tables(results).stream().map(SeriesCsv.Table::fileName)
                        .toList());
    }

    @Test
    void frontierRowsAreTheRoundedFiguresWithAnAwkwardLabel() {
        ScenarioResults results = awkward();
        List<List<String>> rows = roundTrip(SeriesCsv.frontier(results));
        int r = 0;
        for (SystemOutcome o : results.systems()) {
            for (FrontierPoint p : o.physics().frontier()) {
                List<String> row = rows.get(r++);
                assertEquals(o.label(), row.get(0));
                assertEquals(p.batch(), Integer.parseInt(row.get(1)));
                assertEquals(Csv.number(p.tokensPerSecPerUser()), row.get(2));
                assertEquals(Csv.number(p.outputTokensPerSecPerGpu()), row.get(3));
                assertEquals(Csv.number(p.stepMs()), row.get(4));
                assertEquals(p.computeBound() ? "compute" : "memory", row.get(5));
            }
        }
        assertEquals(rows.size(), r);
        assertEquals(AWKWARD, rows.get(0).get(0));
        assertTrue(SeriesCsv.frontier(results).text().contains("\"H100 \"\"SXM\"\", FP8\""), "quoted in the file");
    }

    @Test
    void costRowsAreTheRoundedFiguresAndLeaveMissingPricesEmpty() {
        ScenarioResults results = awkward();
        List<List<String>> rows = roundTrip(SeriesCsv.cost(results));
        int r = 0;
        for (SystemOutcome o : results.systems()) {
            for (CostPoint p : o.economics().costFrontier()) {
                List<String> row = rows.get(r++);
                assertEquals(o.label(), row.get(0));
                assertEquals(p.batch(), Integer.parseInt(row.get(1)));
                assertEquals(Csv.number(p.tokensPerSecPerUser()), row.get(2));
                assertEquals(Csv.number(p.onDemandPerMillion()), row.get(3));
                assertEquals(Csv.number(p.spotPerMillion()), row.get(4));
            }
        }
        assertEquals(rows.size(), r);
        List<List<String>> atTarget = roundTrip(SeriesCsv.costPoints(results));
        // seed 001: 6.03 $/h ÷ (10,000 tok/s × 3,600 s) × 1e6 = $0.1675/M on-demand for B200, measured
        assertEquals(List.of("B200 HGX · NVFP4", "measured"), atTarget.get(2).subList(0, 2));
        assertEquals("0.1675", atTarget.get(2).get(4));
    }

    @Test
    void rooflineAndFrontierRowsAreThePointsTheChartsPlot() {
        ScenarioResults results = awkward();
        XYDataset roofs = ChartKind.ROOFLINE.render(results, 0).getXYPlot().getDataset(0);
        XYDataset points = ChartKind.ROOFLINE.render(results, 0).getXYPlot().getDataset(1);
        List<List<String>> rows = roundTrip(SeriesCsv.roofline(results));
        int r = 0;
        for (int s = 0; s < results.systems().size(); s++) {
            for (int i = 0; i < roofs.getItemCount(s); i++) {
                List<String> row = rows.get(r++);
                assertEquals("roof", row.get(1));
                assertEquals(Csv.number(roofs.getXValue(s, i)), row.get(2), "roof x, series " + s);
                assertEquals(Csv.number(roofs.getYValue(s, i)), row.get(3), "roof y, series " + s);
                assertEquals(results.systems().get(s).physics().precision().name(), row.get(4));
            }
            for (int i = 0; i < points.getItemCount(s); i++) {
                List<String> row = rows.get(r++);
                assertEquals(Csv.number(points.getXValue(s, i)), row.get(2));
                assertEquals(Csv.number(points.getYValue(s, i)), row.get(3));
            }
        }
        assertEquals(rows.size(), r);

        XYPlot frontier = ChartKind.FRONTIER.render(results, 0).getXYPlot();
        List<List<String>> curve = roundTrip(SeriesCsv.frontier(results));
        int first = 0;
        for (int s = 0; s < results.systems().size(); s++) {
            for (int i = 0; i < frontier.getDataset(0).getItemCount(s); i++) {
                assertEquals(Csv.number(frontier.getDataset(0).getXValue(s, i)), curve.get(first + i).get(2));
                assertEquals(Csv.number(frontier.getDataset(0).getYValue(s, i)), curve.get(first + i).get(3));
            }
            first += frontier.getDataset(0).getItemCount(s);
        }
    }

    @Test
    void memoryRowsAreTheStackedBarsTheChartDraws() {
        ScenarioResults results = awkward();
        CategoryDataset bars = ChartKind.MEMORY.render(results, 0).getCategoryPlot().getDataset();
        List<List<String>> rows = roundTrip(SeriesCsv.memory(results));
        for (List<String> row : rows) {
            if (row.get(1).equals("HBM capacity")) {
                continue;
            }
            assertEquals(Csv.number(bars.getValue(row.get(1), row.get(0)).doubleValue()), row.get(2),
                    row.get(0) + " " + row.get(1));
        }
        // B200: 180 GB of HBM, 42.7 GB of NVFP4 weights
        List<String> capacity = rows.stream().filter(r -> r.get(0).equals("B200 HGX · NVFP4")
                && r.get(1).equals("HBM capacity")).findFirst().orElseThrow();
        assertEquals("180", capacity.get(2));
    }

    @Test
    void frontierPointsCarryTheirSources() {
        List<List<String>> rows = roundTrip(SeriesCsv.frontierPoints(Fixtures.blackwell()));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("B200 HGX · NVFP4") && r.get(1).equals(
                "pinned measurement") && r.get(3).equals("10000") && r.get(4).startsWith("SemiAnalysis")), rows
                .toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("current batch 64")));
    }
}
