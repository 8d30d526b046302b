package dev.ridgeline.audit;

import static dev.ridgeline.audit.ClaimRows.f;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.economics.Fleet;
import dev.ridgeline.economics.Power;
import dev.ridgeline.economics.SystemEconomics;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.hardware.Accelerator;
import dev.ridgeline.scenario.ResolvedSystem;
import dev.ridgeline.scenario.Workload;
import dev.ridgeline.serving.SystemResults;
import java.util.List;

/** Seed 001 Part 3: cost per million tokens, the worked migration, procurement and power. */
final class Seed001EconomicsClaims {
    private Seed001EconomicsClaims() {
    }

    static List<AuditRow> rows(Catalog catalog, MigrationSystems m) {
        ClaimRows rows = new ClaimRows("001");
        costTable(rows, m);
        workedExample(rows, catalog, m);

        // §3.4: the spread between spot and on-demand
        ResolvedSystem b200Price = m.b200().resolved();
        rows.add("§3.4", "B200 on-demand ÷ spot rate: $6.03 vs $2.12 (\"~3x swing\")", 3, "×", 0.5,
                b200Price.onDemandPerHour() / b200Price.spotPerHour());

        // §3.5: the megawatt view
        Accelerator h100Hw = m.h100().physics().config().accelerator();
        Accelerator b200Hw = m.b200().physics().config().accelerator();
        rows.add("§3.5", "TDP, B200 ÷ H100: 1,000 W vs 700 W", 1.43, "×", 0.005, b200Hw.tdpW() / h100Hw.tdpW());
        rows.add("§3.5", "Power efficiency from 4× throughput at 1.43× power", 2.8, "×", 0.05,
                Power.tokensPerSecPerMegawatt(4, b200Hw.allInPowerWatts())
                        / Power.tokensPerSecPerMegawatt(1, h100Hw.allInPowerWatts()));
        SystemEconomics h100 = m.h100().economics();
        SystemEconomics b200 = m.b200().economics();
        double perMw = b200.tokensPerSecPerMegawatt() / h100.tokensPerSecPerMegawatt();
        rows.add("§3.5", "Llama 3.3 70B power-efficiency gain, B200 ÷ H100 (\"the same 3x range\")", 3, "×", 0.5,
                perMw, f("at the article's own throughputs (%,.0f vs %,.0f tok/s/GPU, %.1f×) the B200 makes %.2f M vs "
                        + "%.2f M tok/s per provisioned MW = %.1f×; the 4× the article divides by 1.43 is B200 vs H200",
                        b200.outputTokensPerSecPerGpu(), h100.outputTokensPerSecPerGpu(),
                        b200.outputTokensPerSecPerGpu() / h100.outputTokensPerSecPerGpu(),
                        b200.tokensPerSecPerMegawatt() / 1e6, h100.tokensPerSecPerMegawatt() / 1e6, perMw));
        return rows.rows();
    }

    /** §3.1: Spheron's rates over the throughputs at 50 tok/s/user the preset pins as measured. */
    private static void costTable(ClaimRows rows, MigrationSystems m) {
        SystemEconomics h100 = m.h100().economics();
        SystemEconomics h200 = m.h200().economics();
        SystemEconomics b200 = m.b200().economics();
        rows.add("§3.1 table", "H100 SXM5 FP8, $2.64/h at ~1,500 tok/s/GPU, on-demand", 0.49, "$/M tokens", 0.005,
                h100.outputOnDemandPerMillion());
        rows.add("§3.1 table", "H100 SXM5 FP8, $1.66/h at ~1,500 tok/s/GPU, spot", 0.31, "$/M tokens", 0.005,
                h100.outputSpotPerMillion());
        rows.add("§3.1 table", "H200 SXM5 FP8, $4.62/h at ~2,500 tok/s/GPU, on-demand", 0.51, "$/M tokens", 0.005,
                h200.outputOnDemandPerMillion());
        rows.add("§3.1 table", "H200 SXM5 FP8, $1.92/h at ~2,500 tok/s/GPU, spot", 0.21, "$/M tokens", 0.005,
                h200.outputSpotPerMillion());
        rows.add("§3.1 table", "B200 HGX NVFP4, $6.03/h at ~10,000 tok/s/GPU, on-demand", 0.17, "$/M tokens", 0.005,
                b200.outputOnDemandPerMillion());
        rows.add("§3.1 table", "B200 HGX NVFP4, $2.12/h at ~10,000 tok/s/GPU, spot", 0.059, "$/M tokens", 0.0005,
                b200.outputSpotPerMillion());

        ResolvedSystem h100Price = m.h100().resolved();
        ResolvedSystem h200Price = m.h200().resolved();
        rows.add("§3.1", "H200 on-demand price premium over H100: $4.62 vs $2.64 (\"~75%\")", 75, "%", 0.5,
                (h200Price.onDemandPerHour() / h100Price.onDemandPerHour() - 1) * 100);
        double gain = (h200.outputTokensPerSecPerGpu() / h100.outputTokensPerSecPerGpu() - 1) * 100;
        rows.add("§3.1", "H200 throughput gain over H100 (\"the ~43% throughput gain\")", 43, "%", 0.5, gain,
                f("the table's own throughputs, %,.0f vs %,.0f tok/s/GPU, differ by %.0f %%; 43 %% is the bandwidth "
                        + "ratio, which the table's H100 row does not follow (next row)",
                        h200.outputTokensPerSecPerGpu(), h100.outputTokensPerSecPerGpu(), gain));
        SystemResults h100Physics = m.h100().physics();
        double bandwidthRatio = m.h200().physics().config().bandwidthPerGpu() / h100Physics.config().bandwidthPerGpu();
        double extrapolated = b200.outputTokensPerSecPerGpu() / 4 / bandwidthRatio;
        rows.add("§3.1", "H100 throughput by the stated method: B200's 10,000 ÷ 4 (H200) ÷ 1.43 (bandwidth)", 1_500,
                "tok/s/GPU", 50, extrapolated,
                f("%,.0f ÷ 4 ÷ %.3f = %,.0f tok/s/GPU; the table's ~1,500 (and with it $0.49/M and 14 GPUs) is "
                        + "%.0f %% below its own method", b200.outputTokensPerSecPerGpu(), bandwidthRatio, extrapolated,
                        (1 - 1_500 / extrapolated) * 100));
        rows.add("§3.1 table", "One H100 serves 50 tok/s/user (the ~1,500 TPS row)", 50, "tok/s/user ceiling", 0.5,
                h100Physics.ceilingTokensPerSecPerUser(),
                f("one H100 at FP8 cannot reach 50 tok/s/user at any batch: its batch-1 ceiling at full bandwidth is "
                        + "1 / %.2f ms = %.1f tok/s/user, so that point needs tensor parallelism (2+ GPUs per replica)",
                        h100Physics.decodeFloorMs(), h100Physics.ceilingTokensPerSecPerUser()));
        rows.add("§3.1", "Cost per M tokens on-demand, H100 ÷ B200 (\"~2.9x cheaper\")", 2.9, "×", 0.05,
                h100.outputOnDemandPerMillion() / b200.outputOnDemandPerMillion());
        rows.add("§3.1", "Cost per M tokens spot vs spot, H100 ÷ B200 (\"~8x cheaper\")", 8, "×", 0.5,
                h100.outputSpotPerMillion() / b200.outputSpotPerMillion(),
                f("spot vs spot is $%.3f ÷ $%.4f = %.1f×; the ~8× (%.1f×) is H100 on-demand vs B200 spot",
                        h100.outputSpotPerMillion(), b200.outputSpotPerMillion(),
                        h100.outputSpotPerMillion() / b200.outputSpotPerMillion(),
                        h100.outputOnDemandPerMillion() / b200.outputSpotPerMillion()));
    }

    /** Why a fleet costs more GPUs than its throughput sizing: the concurrent sequences its KV must hold. */
    private static String kvNote(String name, Fleet fleet) {
        return !fleet.constrainedBeyondThroughput() ? null : f("the throughput sizing; %s binds the costed %s fleet "
                + "at %d GPUs (%,.0f sequences at once, Little's law)", fleet.bindingConstraint(), name, fleet.gpus(),
                fleet.concurrentSequences());
    }

    /** §3.3: 50 req/s, 800 in / 400 out, at 50 tok/s/user. */
    private static void workedExample(ClaimRows rows, Catalog catalog, MigrationSystems m) {
        Workload w = m.workload();
        Fleet h100 = m.h100().economics().fleet().orElseThrow();
        Fleet b200 = m.b200().economics().fleet().orElseThrow();
        rows.add("§3.3", "Output rate: 50 req/s × 400 tokens", 20_000, "tok/s", 0.5, w.peakOutputTokensPerSec());
        rows.add("§3.3", "H100 GPUs for 20,000 tok/s at ~1,500 tok/s/GPU", 14, "GPUs", 0, h100.throughputGpus(),
                kvNote("H100", h100));
        String costedAt = h100.constrainedBeyondThroughput() ? f("the article costs the %d throughput GPUs; the "
                + "costed fleet is %d because %s binds", h100.throughputGpus(), h100.gpus(), h100.bindingConstraint())
                : null;
        rows.add("§3.3", "H100 fleet per month on-demand, $2.64 × 730 h", 27_000, "$/month", 500,
                h100.monthlyOnDemand(), costedAt == null ? null : costedAt + f(": %d × $2.64 × 730 h = $%,.0f",
                        h100.gpus(), h100.monthlyOnDemand()));
        rows.add("§3.3", "H100 fleet per month at spot, $1.66 × 730 h", 17_000, "$/month", 500, h100.monthlySpot(),
                costedAt == null ? null : costedAt + f(": %d × $1.66 × 730 h = $%,.0f", h100.gpus(),
                        h100.monthlySpot()));
        rows.add("§3.3", "B200 GPUs for 20,000 tok/s at ~10,000 tok/s/GPU", 2, "GPUs", 0, b200.gpus());
        rows.add("§3.3", "B200 fleet per month on-demand: $6.03 × 2 GPUs × 730 h", 8_800, "$/month", 50,
                b200.monthlyOnDemand());
        rows.add("§3.3", "B200 fleet per month at spot, $2.12 × 2 × 730 h", 3_100, "$/month", 50, b200.monthlySpot());
        rows.add("§3.3", "Monthly savings on-demand, H100 fleet − B200 fleet", 18_000, "$/month", 500,
                h100.monthlyOnDemand() - b200.monthlyOnDemand(), costedAt == null ? null : costedAt
                        + f(": $%,.0f − $%,.0f", h100.monthlyOnDemand(), b200.monthlyOnDemand()));
        rows.add("§3.3", "Monthly savings at spot, H100 fleet − B200 fleet", 14_000, "$/month", 500,
                h100.monthlySpot() - b200.monthlySpot(), costedAt == null ? null : costedAt
                        + f(": $%,.0f − $%,.0f", h100.monthlySpot(), b200.monthlySpot()));
        SystemResults h100Physics = m.h100().physics();
        SystemResults b200Physics = m.b200().physics();
        rows.add("§3.3", "Aggregate KV budget on 2 B200 (two single-GPU replicas)", 270, "GB", 5,
                2 * b200Physics.kvBudgetGB());
        rows.add("§3.3", "Aggregate KV budget on 2 H100 (two single-GPU replicas)", 16, "GB", 0.5,
                2 * h100Physics.kvBudgetGB(),
                f("2 × %.2f GB = %.1f GB: follows from the H100's KV budget under the %.2f GB FP8 footprint",
                        h100Physics.kvBudgetGB(), 2 * h100Physics.kvBudgetGB(), h100Physics.weightsGB()));
        rows.add("§3.3", "Prefill input rate: 50 req/s × 800 tokens", 40_000, "tok/s", 0.5, w.peakInputTokensPerSec());
        rows.add("§3.3", "B200 GPUs the 40,000 in-tok/s of prefill needs (\"~96,000 tok/s ceiling\")", 1, "GPUs", 0,
                b200.prefillGpus(), f("at the FP4 efficiency measured serving shows (%.2f of dense peak, MEASURED.md) "
                        + "a B200 prefills %,.0f tok/s of Llama 70B, not ~96,000: ceil(40,000 / %,.0f) = %d",
                        b200Physics.config().computeEfficiency(), b200Physics.prefillCeilingTokensPerSecPerGpu(),
                        b200Physics.prefillCeilingTokensPerSecPerGpu(), b200.prefillGpus()));

        // provisioning for a 2× peak: the same preset with peakToAverage 2, through the model's fleet sizing
        Workload peaky = new Workload(w.inputTokens(), w.outputTokens(), w.requestsPerSec(), 2.0,
                w.targetTokensPerSecPerUser());
        MigrationSystems peak = MigrationSystems.of(
                ScenarioEvaluator.evaluate(m.results().scenario().withWorkload(peaky), catalog));
        Fleet h100PeakFleet = peak.h100().economics().fleet().orElseThrow();
        int h100Peak = h100PeakFleet.gpus();
        rows.add("§3.3", "Peak-to-average 2×: H100 GPU-hours paid per hour", 28, "GPU-hours", 0, h100Peak,
                f("a 2× peak of 20,000 tok/s needs ceil(%,.0f / %,.0f) = %d H100 GPUs for throughput; the article "
                        + "doubles the rounded-up 14", peaky.peakOutputTokensPerSec(),
                        peak.h100().economics().outputTokensPerSecPerGpu(), h100PeakFleet.throughputGpus())
                        + (h100PeakFleet.constrainedBeyondThroughput() ? f("; %s binds at the peak: %,.0f sequences "
                                + "at once need %d", h100PeakFleet.bindingConstraint(),
                                h100PeakFleet.concurrentSequences(), h100Peak) : ""));
        rows.add("§3.3", "Peak-to-average 2×: B200 GPU-hours paid per hour", 4, "GPU-hours", 0,
                peak.b200().economics().fleet().orElseThrow().gpus());
    }
}
