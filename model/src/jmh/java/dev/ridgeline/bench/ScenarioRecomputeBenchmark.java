package dev.ridgeline.bench;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.SystemSpec;
import java.util.ArrayList;
import java.util.List;
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
 * What the workbench does on every slider frame: recompute a whole scenario of 4 systems, each with a
 * 256-batch frontier sweep, its target operating point, roofline and operating points.
 * Run: mvn -pl model -Pbench package -DskipTests && java -jar model/target/ridgeline-benchmarks.jar
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScenarioRecomputeBenchmark {
    private Catalog catalog;
    private Scenario scenario;

    @Setup
    public void setUp() {
        catalog = Catalog.builtIn();
        Scenario preset = ScenarioFiles.defaultScenario(catalog);
        // H200 and B200 from seed 001, plus GB200 and MI355X: all four hold ≥ 256 sequences, so every sweep is full
        List<SystemSpec> systems = new ArrayList<>(preset.systems().subList(1, 3));
        SystemSpec b200 = preset.systems().get(2);
        systems.add(new SystemSpec("GB200 · NVFP4", "gb200", b200.model(), "nvfp4", "fp8-kv", 1, null,
                b200.serving(), null, null, null));
        systems.add(new SystemSpec("MI355X · MXFP4", "mi355x", b200.model(), "mxfp4", "fp8-kv", 1, null,
                b200.serving(), null, null, null));
        scenario = preset.withSystems(systems, 0);
        ScenarioResults check = ScenarioEvaluator.evaluate(scenario, catalog);
        check.systems().forEach(o -> {
            if (o.physics().frontier().size() != 256) {
                throw new IllegalStateException(o.label() + " sweeps " + o.physics().frontier().size() + " batches");
            }
        });
    }

    @Benchmark
    public ScenarioResults recomputeScenario() {
        return ScenarioEvaluator.evaluate(scenario, catalog);
    }
}
