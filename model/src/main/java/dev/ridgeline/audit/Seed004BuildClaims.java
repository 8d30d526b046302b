package dev.ridgeline.audit;

import static dev.ridgeline.audit.ClaimRows.f;
import static dev.ridgeline.audit.ClaimRows.usd;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.BuildVsBuy;
import dev.ridgeline.economics.TokenCost;
import java.util.List;

/** Seed 004 §6 (build vs buy, hybrid), §7 (distillation, cascade) and §9 (prompt bloat). */
final class Seed004BuildClaims {
    /** Self-hosting one H100 at batch 64 (§6): 1,500 tok/s. */
    private static final double SELF_HOST_TPS = 1_500;
    private static final double OPERATIONS = 5_000;

    private Seed004BuildClaims() {
    }

    static List<AuditRow> rows(Catalog catalog) {
        ClaimRows rows = new ClaimRows("004");
        double lambda = Seed004CostClaims.lambdaH100(catalog);
        double api = Seed004CostClaims.gpt4o(catalog).blendedPerMillion(0.5);
        double gpuMonth = TokenCost.monthly(1, lambda);
        double perGpuDay = BuildVsBuy.tokensPerDay(SELF_HOST_TPS);
        String perDay = f("1,500 tok/s × 86,400 s = %.1f M tokens/day per H100", perGpuDay / 1e6);

        rows.add("§6", "GPT-4o blended price, 50/50 input/output at $2.50 and $10.00", 6.25, "$/M tokens", 0.005, api);
        rows.add("§6", "Self-hosted H100 on Lambda, $2.49/h at 1,500 tok/s", 0.46, "$/M tokens", 0.005,
                TokenCost.perMillion(lambda, SELF_HOST_TPS));
        rows.add("§6 table", "One H100 on Lambda per month, $2.49 × 730 h", 1_800, "$/month", 50, gpuMonth);
        rows.add("§6 table", "One H100 handles \"up to ~10M tok/day at batch 64\" (1,500 tok/s)", 10, "M tokens/day",
                0.5, perGpuDay / 1e6, perDay);

        double[] volumes = {0.1e6, 1e6, 5e6, 10e6, 50e6};
        String[] labels = {"100K", "1M", "5M", "10M", "50M"};
        double[] apiCosts = {563, 5_625, 28_125, 56_250, 281_250};
        double[] savings = {-6_237, -1_175, 21_325, 49_450, 273_550};
        for (int i = 0; i < volumes.length; i++) {
            double apiMonthly = BuildVsBuy.apiMonthly(volumes[i], api);
            rows.add("§6 table", "API cost at " + labels[i] + " tok/day, GPT-4o blended", apiCosts[i], "$/month", 0.5,
                    apiMonthly, f("%s tok/day × %.2f days × $%.2f/M = $%,.2f; the table's figure is %.0f× that: it "
                            + "multiplies by 30 days twice", labels[i], BuildVsBuy.DAYS_PER_MONTH, api, apiMonthly,
                            apiCosts[i] / apiMonthly));
        }
        int gpus50 = (int) Math.ceil(50e6 / perGpuDay);
        rows.add("§6 table", "Self-host GPUs at 50M tok/day, per month", 2_700, "$/month", 50,
                BuildVsBuy.selfHostMonthly(gpus50, lambda, 0),
                f("%s, so 50 M/day needs %d GPU: $%,.0f (the article's own ~10 M/day per GPU would need 5)", perDay,
                        gpus50, BuildVsBuy.selfHostMonthly(gpus50, lambda, 0)));
        for (int i = 0; i < volumes.length; i++) {
            int gpus = (int) Math.ceil(volumes[i] / perGpuDay);
            double saving = BuildVsBuy.apiMonthly(volumes[i], api)
                    - BuildVsBuy.selfHostMonthly(gpus, lambda, OPERATIONS);
            rows.add("§6 table", "Self-host saving at " + labels[i] + " tok/day, $5,000 ops (negative: the API wins)",
                    savings[i], "$/month", 0.5, saving,
                    f("API %s − self-host %s (%d GPU + $5,000 ops) = %s: %s",
                            usd(BuildVsBuy.apiMonthly(volumes[i], api)),
                            usd(BuildVsBuy.selfHostMonthly(gpus, lambda, OPERATIONS)), gpus, usd(saving),
                            saving < 0 ? "the API wins" : "self-hosting wins"));
        }
        double fixed = BuildVsBuy.selfHostMonthly(1, lambda, OPERATIONS);
        double breakEven = BuildVsBuy.breakEvenTokensPerDay(fixed, api) / 1e6;
        rows.add("§6, §10", "Build-vs-buy break-even \"3-5M tokens per day\" (upper bound)", 5, "M tokens/day", 0.5,
                breakEven, f("($%,.2f GPU + $5,000 ops) / $%.2f per M = %,.0f M tokens/month ÷ %.2f days = %.1f M/day",
                        gpuMonth, api, fixed / api, BuildVsBuy.DAYS_PER_MONTH, breakEven));
        double fixedHighOps = BuildVsBuy.selfHostMonthly(1, lambda, 20_000);
        double breakEvenHighOps = BuildVsBuy.breakEvenTokensPerDay(fixedHighOps, api) / 1e6;
        rows.add("§6", "Break-even at $20K/month operations, \"20-30M tokens/day\" (upper bound)", 30, "M tokens/day",
                0.5, breakEvenHighOps, f("($%,.2f + $20,000) / $%.2f per M ÷ %.2f days = %.1f M/day", gpuMonth, api,
                        BuildVsBuy.DAYS_PER_MONTH, breakEvenHighOps));

        hybrid(rows, lambda, api, perGpuDay, perDay);
        distillation(rows, lambda, api);

        // §9: prompt bloat, at §4's prefill rate
        double prefill = TokenCost.perMillion(lambda, 4000);
        double bloat = 4_500 * prefill / 1e6;
        rows.add("§9", "System prompt grown from 500 to 5,000 tokens: added prefill cost", 0.00075, "$/request",
                0.000005, bloat, f("4,500 × $%.4f/M (§4's prefill rate) = $%.6f", prefill, bloat));
        rows.add("§9", "The same at 1M requests/day", 22_500, "$/month", 0.5, bloat * 1e6 * BuildVsBuy.DAYS_PER_MONTH,
                f("$%.6f × 1 M × %.2f days = $%,.0f", bloat, BuildVsBuy.DAYS_PER_MONTH,
                        bloat * 1e6 * BuildVsBuy.DAYS_PER_MONTH));
        return rows.rows();
    }

    /** §6 hybrid: 10 M tokens/day steady, 40 M/day peaks, 1 H100 plus ~5 M/day of API overflow. */
    private static void hybrid(ClaimRows rows, double lambda, double api, double perGpuDay, String perDay) {
        rows.add("§6 hybrid", "Self-hosted H100 \"handles ~13M tok/day at batch 64\"", 13, "M tokens/day", 0.5,
                perGpuDay / 1e6, perDay);
        double overflow = BuildVsBuy.apiMonthly(5e6, api);
        rows.add("§6 hybrid", "Overflow of ~5M tok/day to the API at $6.25/M (article: 30-day month; Ridgeline: 30.42)",
                940, "$/month", 15, overflow);
        double hybrid = BuildVsBuy.hybridMonthly(1, lambda, 0, 5e6, api);
        rows.add("§6 hybrid", "Hybrid total, the rounded $1,800 + ~$940 (tolerance: both roundings)", 2_740,
                "$/month", 65, hybrid);
        int peakGpus = (int) Math.ceil(40e6 / perGpuDay);
        rows.add("§6 hybrid", "Pure self-host for the 40M tok/day peak: H100s needed", 4, "GPUs", 0, peakGpus,
                f("%s: one GPU covers the 40 M/day peak", perDay));
        double pureApi = BuildVsBuy.apiMonthly(10e6, api);
        rows.add("§6 hybrid", "Pure API at 10M tok/day", 18_750, "$/month", 0.5, pureApi,
                f("10 M tok/day × %.2f days × $%.2f/M = $%,.0f", BuildVsBuy.DAYS_PER_MONTH, api, pureApi));
        double pureSelfHost = BuildVsBuy.selfHostMonthly(peakGpus, lambda, 0);
        double vsSelfHost = (1 - hybrid / pureSelfHost) * 100;
        rows.add("§6 hybrid", "Hybrid saving vs pure self-host (\"62%\")", 62, "%", 0.5, vsSelfHost,
                f("pure self-host is %d H100 at $%,.0f; the hybrid's $%,.0f is %.0f %% dearer", peakGpus, pureSelfHost,
                        hybrid, -vsSelfHost));
        double vsApi = (1 - hybrid / pureApi) * 100;
        rows.add("§6 hybrid", "Hybrid saving vs pure API (\"85%\")", 85, "%", 0.5, vsApi,
                f("1 − $%,.0f hybrid / $%,.0f pure API = %.0f %%: at 10 M tok/day the API alone is cheaper", hybrid,
                        pureApi, vsApi));
    }

    /** §7: distilled models at batch 64 on one H100, $2.49/h; the three-tier cascade. */
    private static void distillation(ClaimRows rows, double lambda, double api) {
        String[] models = {"Llama 70B FP16", "Llama 70B AWQ-4bit", "Distilled 13B FP16", "Distilled 13B AWQ-4bit",
            "Distilled 7B AWQ-4bit", "Distilled 1.5B AWQ-4bit"};
        int[] throughputs = {1_520, 2_800, 5_200, 9_800, 14_500, 32_000};
        double[] costs = {0.46, 0.25, 0.13, 0.07, 0.048, 0.022};
        double[] tolerances = {0.005, 0.005, 0.005, 0.005, 0.0005, 0.0005};
        for (int i = 0; i < models.length; i++) {
            rows.add("§7 table", models[i] + f(", %,d tok/s at $2.49/h", throughputs[i]), costs[i], "$/M tokens",
                    tolerances[i], TokenCost.perMillion(lambda, throughputs[i]),
                    Seed004CostClaims.formula(lambda, throughputs[i]));
        }
        double big = TokenCost.perMillion(lambda, 1_520);
        double thirteen = TokenCost.perMillion(lambda, 9_800);
        double seven = TokenCost.perMillion(lambda, 14_500);
        double small = TokenCost.perMillion(lambda, 32_000);
        rows.add("§7", "Distilled 13B AWQ-4bit vs Llama 70B FP16 (\"6.6x cheaper\")", 6.6, "×", 0.05, big / thirteen,
                f("the cost ratio is the throughput ratio, 9,800 / 1,520 = %.2f×; the article divides the rounded "
                        + "$0.46 by $0.07 ($%.4f)", big / thirteen, thirteen));
        rows.add("§7", "A distilled 7B runs at \"10x the throughput\" of the 70B (14,500 vs 1,520 tok/s)", 10, "×",
                0.5, big / seven);
        double cascade = 0.6 * small + 0.3 * seven + 0.1 * big;
        rows.add("§7 cascade", "Blended cost: 60% at 1.5B, 30% at 7B, 10% at 70B (tier costs from the §7 table)", 0.073,
                "$/M tokens", 0.0005, cascade);
        rows.add("§7 cascade", "Cascade vs the 70B for everything (\"6.3x cheaper\")", 6.3, "×", 0.05, big / cascade);
        rows.add("§7 cascade", "GPT-4o API at $6.25/M vs the cascade (\"86x more\")", 86, "×", 0.5, api / cascade);
    }
}
