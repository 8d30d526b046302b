package dev.ridgeline.bench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: recompute of the disaggregation preset (one aggregated B200, the same B200 as xPyD, B200 prefill + H100
 * decode): the three systems' physics and economics, each prefill pool resolved and both pools rate-matched, through
 * the one recompute path. Goal: ≤ 0.2 ms median.
 * Run: mvn -pl model -Pbench package -DskipTests &amp;&amp; java -jar model/target/ridgeline-benchmarks.jar Disaggregation
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DisaggregationRecomputeBenchmark {
    private Catalog catalog;
    private Scenario scenario;

    @Setup
    public void setUp() {
        catalog = Catalog.builtIn();
        scenario = ScenarioFiles.preset("disaggregation", catalog);
        ScenarioResults check = ScenarioEvaluator.evaluate(scenario, catalog);
        if (check.systems().get(1).disaggregated().isEmpty() || check.systems().get(2).disaggregated().isEmpty()) {
            throw new IllegalStateException("the preset's xPyD systems have no pools");
        }
    }

    @Benchmark
    public ScenarioResults recomputeDisaggregationPreset() {
        return ScenarioEvaluator.evaluate(scenario, catalog);
    }
}
