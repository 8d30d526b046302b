package dev.ridgeline.audit;

import static dev.ridgeline.audit.ClaimRows.f;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.ApiPrice;
import dev.ridgeline.economics.PriceSheet;
import dev.ridgeline.economics.TokenCost;
import dev.ridgeline.serving.Prefill;
import java.util.List;

/** Seed 004 ("Inference Cost Economics") §1–§5: the fundamental equation, GPU prices, the optimisation stack. */
final class Seed004CostClaims {
    static final String PRICE_SHEET = "seed-004-early-2025";

    private Seed004CostClaims() {
    }

    /** Lambda's H100, $2.49/h: the rate behind every seed 004 cost example. */
    static double lambdaH100(Catalog catalog) {
        return sheet(catalog).gpuPrice("h100-sxm", "Lambda").orElseThrow().onDemandPerHour();
    }

    static ApiPrice gpt4o(Catalog catalog) {
        return sheet(catalog).apiPrices().stream().filter(a -> a.id().equals("gpt-4o")).findFirst().orElseThrow();
    }

    private static PriceSheet sheet(Catalog catalog) {
        return catalog.priceSheet(PRICE_SHEET).orElseThrow();
    }

    /** $/h over tok/s, as the article should have printed it: the reason text for a cost row. */
    static String formula(double perHour, double tokensPerSec) {
        return f("$%.2f/h ÷ (%,.0f tok/s × 3,600) × 1e6 = $%.4f/M", perHour, tokensPerSec,
                TokenCost.perMillion(perHour, tokensPerSec));
    }

    static List<AuditRow> rows(Catalog catalog) {
        ClaimRows rows = new ClaimRows("004");
        double lambda = lambdaH100(catalog);

        // §1: the fundamental equation
        double fast = TokenCost.perMillion(10, 1000);
        double slow = TokenCost.perMillion(1, 200);
        rows.add("§1", "$10/h at 1,000 tok/s", 2.78, "$/M tokens", 0.005, fast);
        rows.add("§1", "$1/h at 200 tok/s", 1.39, "$/M tokens", 0.005, slow);
        rows.add("§1", "The slower system's cost ÷ the faster's (\"cheaper by half\")", 0.5, "×", 0.05, slow / fast);
        rows.add("§1", "Llama 70B prefill on H100: 989 TFLOPS / (2 × 70 B)", 7_064, "tok/s", 0.5,
                Prefill.ceilingTokensPerSec(989e12, 1.0, 70e9));

        gpuPrices(rows, catalog);

        // §3: the cumulative optimisation stack, H100 at Lambda's $2.49/h
        Object[][] stack = {
            {"FP16, batch 1, naive attention", 34, 1, 29.4, 20.12, 0.0, 0.0},
            {"+ INT4 AWQ", 78, 1, 12.8, 8.77, 2.3, 0.05},
            {"+ FlashAttention v2", 95, 1, 10.5, 7.20, 2.8, 0.05},
            {"+ continuous batching, bs=16", 680, 16, 23.5, 1.01, 20.0, 0.5},
            {"+ continuous batching, bs=64", 1_850, 64, 34.6, 0.37, 54.0, 0.5},
            {"+ PagedAttention and scheduling", 2_400, 0, 26.7, 0.28, 72.0, 0.5},
        };
        double baseline = TokenCost.perMillion(lambda, 34);
        for (Object[] r : stack) {
            String config = (String) r[0];
            int tps = (Integer) r[1];
            int batch = (Integer) r[2];
            double cost = TokenCost.perMillion(lambda, tps);
            rows.add("§3 table", config + ": $2.49/h at " + f("%,d", tps) + " tok/s", (Double) r[4], "$/M tokens",
                    0.005, cost, formula(lambda, tps));
            if (batch > 0) {
                rows.add("§3 table", config + ": latency = batch " + batch + " / " + f("%,d", tps) + " tok/s",
                        (Double) r[3], "ms/token", 0.05, batch * 1e3 / tps);
            }
            if ((Double) r[5] > 0) {
                rows.add("§3 table", config + ": cost reduction vs the FP16 batch-1 baseline", (Double) r[5], "×",
                        (Double) r[6], baseline / cost,
                        f("the cost ratio is the throughput ratio, %,d / 34 = %.1f×; the article divides its "
                                + "misprinted $20.12 by a rounded $%.2f", tps, baseline / cost, (Double) r[4]));
            }
        }

        // §4: prefill against decode at $2.49/h
        double prefill = TokenCost.perMillion(lambda, 4000);
        double decode = TokenCost.perMillion(lambda, 1000);
        rows.add("§4", "Prefill (input) at ~4,000 tok/s, $2.49/h", 0.17, "$/M tokens", 0.005, prefill);
        rows.add("§4", "Decode (output) at batch 32, ~1,000 tok/s, $2.49/h", 0.69, "$/M tokens", 0.005, decode);
        rows.add("§4", "Decode cost ÷ prefill cost (\"4x higher\")", 4, "×", 0.5, decode / prefill);
        rows.add("§4", "A 10,000-token system prompt at the prefill rate", 0.0017, "$/request", 0.00005,
                10_000 * prefill / 1e6);
        rows.add("§4", "500 output tokens at the decode rate", 0.00035, "$/request", 0.000005, 500 * decode / 1e6);
        rows.add("§4", "2,000 tokens of few-shot examples at the prefill rate", 0.00034, "$/request", 0.000005,
                2_000 * prefill / 1e6, f("2,000 × $%.4f/M = $%.6f, which rounds to $0.00035; the article multiplies "
                        + "the rounded $0.17/M", prefill, 2_000 * prefill / 1e6));

        batchTable(rows, lambda);
        return rows.rows();
    }

    /** §2: per-GPU prices of 8-GPU instances, the H100 price spread, on-premises. */
    private static void gpuPrices(ClaimRows rows, Catalog catalog) {
        rows.add("§2 table", "AWS p5.48xlarge per GPU: $98.32 / 8", 12.29, "$/GPU-hour", 0.005, 98.32 / 8);
        rows.add("§2 table", "AWS p5.48xlarge 1-yr reserved per GPU: $67.50 / 8", 8.44, "$/GPU-hour", 0.005,
                67.50 / 8);
        rows.add("§2 table", "AWS p4d.24xlarge per GPU: $32.77 / 8", 4.10, "$/GPU-hour", 0.005, 32.77 / 8);
        rows.add("§2 table", "AWS p4d.24xlarge 1-yr reserved per GPU: $22.40 / 8", 2.80, "$/GPU-hour", 0.005,
                22.40 / 8);
        PriceSheet sheet = sheet(catalog);
        double aws = sheet.gpuPrice("h100-sxm", "AWS (p5.48xlarge)").orElseThrow().onDemandPerHour();
        double coreWeave = sheet.gpuPrice("h100-sxm", "CoreWeave").orElseThrow().onDemandPerHour();
        rows.add("§2", "H100 price spread, AWS on-demand ÷ CoreWeave: $12.29 vs $2.23", 5.5, "×", 0.05,
                aws / coreWeave);
        rows.add("§2", "p5.48xlarge with only 2 of its 8 GPUs used: $98.32 / 2", 49.16, "$/GPU-hour", 0.005,
                98.32 / 2);

        double kw = catalog.accelerator("h100-sxm").orElseThrow().tdpW() / 1000;
        double hours = 3 * 365 * 24;
        double electricity = kw * hours * 0.10;
        double used = hours * 0.9;
        rows.add("§2", "On-prem H100 3-year electricity: 700 W at $0.10/kWh", 18_400, "$", 50, electricity,
                f("%.1f kW × %,.0f h × $0.10/kWh = $%,.0f: the article is 10× too high", kw, hours, electricity));
        rows.add("§2", "On-prem hours in 3 years at 90% utilisation", 23_652, "hours", 0.5, used);
        rows.add("§2", "On-prem 3-year total: $30,000 + electricity + ~$5,000 hosting", 53_400, "$", 50,
                30_000 + electricity + 5_000,
                f("$30,000 + $%,.0f electricity + $5,000 = $%,.0f", electricity, 30_000 + electricity + 5_000));
        rows.add("§2", "Effective on-prem cost with the article's inputs: $53,400 / 23,652 h", 2.26, "$/GPU-hour",
                0.005, (30_000 + 18_400 + 5_000) / used);
        double corrected = (30_000 + electricity + 5_000) / used;
        rows.add("§2", "Effective on-prem cost with the electricity recomputed", 2.26, "$/GPU-hour", 0.005, corrected,
                f("($30,000 + $%,.0f + $5,000) / %,.0f h = $%.2f/h: below every cloud price in the table",
                        electricity, used, corrected));
    }

    /** §5: batch size against throughput, latency and cost (Llama 70B AWQ on H100, $2.49/h). */
    private static void batchTable(ClaimRows rows, double lambda) {
        int[] batches = {1, 4, 16, 32, 64, 128, 256};
        int[] throughputs = {34, 128, 480, 880, 1_520, 2_100, 2_450};
        int[] latencies = {29, 31, 33, 36, 42, 61, 104};
        double[] costs = {20.12, 5.35, 1.43, 0.78, 0.45, 0.33, 0.28};
        for (int i = 0; i < batches.length; i++) {
            String at = f("batch %d, %,d tok/s", batches[i], throughputs[i]);
            rows.add("§5 table", at + ", $2.49/h", costs[i], "$/M tokens", 0.005,
                    TokenCost.perMillion(lambda, throughputs[i]), formula(lambda, throughputs[i]));
            rows.add("§5 table", at + ": average latency = batch / throughput", latencies[i], "ms/token", 0.5,
                    batches[i] * 1e3 / throughputs[i]);
        }
        double max = TokenCost.perMillion(lambda, 2_450);
        rows.add("§5", "Real-time (batch 64) ÷ batch-processing (256) cost, low end of \"1.6-2.8x\"", 1.6, "×",
                0.05, TokenCost.perMillion(lambda, 1_520) / max);
        rows.add("§5", "Real-time (batch 32) ÷ batch-processing (256) cost, high end of \"1.6-2.8x\"", 2.8, "×",
                0.05, TokenCost.perMillion(lambda, 880) / max);
        rows.add("§5", "Batch 32-64 reaches \"80-90%\" of maximum throughput (batch 64 vs 256)", 80, "%", 0.5,
                1_520.0 / 2_450 * 100,
                f("by the table's own throughputs batch 64 reaches 1,520 / 2,450 = %.0f %% and batch 32 %.0f %% of "
                        + "batch 256's", 1_520.0 / 2_450 * 100, 880.0 / 2_450 * 100));
    }
}
