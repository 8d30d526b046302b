package dev.ridgeline.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.evaluation.ScenarioResults;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioFiles;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.scenario.SystemSpec;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.JsonDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's file fuzzing in the build: mutated preset files are either refused, every problem naming its JSON path,
 * or opened, evaluated without an exception with every figure finite and none negative that cannot be, saved and
 * reopened unchanged. {@code mvn verify} runs 10,000 files; {@code -Pfuzz} 100,000 (FuzzBudget).
 */
class ScenarioFileFuzzTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void mutatedPresetFilesAreRefusedByPathOrEvaluatedSoundly() {
        FuzzBudget budget = FuzzBudget.fromSystemProperties();
        ScenarioFileMutator mutator = new ScenarioFileMutator(CATALOG);
        Findings findings = new Findings();
        long start = System.nanoTime();
        IntStream indices = IntStream.range(0, budget.files());
        (budget.parallel() ? indices.parallel() : indices).forEach(i -> one(i, mutator.next(budget.random("file",
                i)), findings));
        String report = findings.report("scenario files", budget.files(), System.nanoTime() - start);
        System.out.println(report);
        assertEquals(0, findings.failureCount(), report);
        assertTrue(budget.files() >= 10_000, "the build's slice is at least 10,000 files");
    }

    static void one(int index, byte[] bytes, Findings findings) {
        Scenario scenario;
        try {
            scenario = ScenarioFiles.parse(bytes, "fuzz.json", CATALOG);
        } catch (InvalidInputException e) {
            findings.count("refused");
            List<String> unnamed = RefusalPaths.unnamed(e, tree(bytes));
            if (!unnamed.isEmpty()) {
                findings.fail("refusal without its path", index, unnamed + " in " + new String(bytes,
                        StandardCharsets.UTF_8));
            }
            return;
        } catch (RuntimeException e) {
            findings.fail("exception on open: " + e.getClass().getSimpleName(), index, stack(e) + " in "
                    + new String(bytes, StandardCharsets.UTF_8));
            return;
        }
        findings.count("opened");
        try {
            ScenarioResults results = ScenarioEvaluator.evaluate(scenario, CATALOG);
            OutputInvariants.countOutcomes(results, findings);
            List<String> bad = OutputInvariants.violations(results);
            if (!bad.isEmpty()) {
                findings.fail("NaN, Infinity or a negative figure", index, bad + " in " + new String(bytes,
                        StandardCharsets.UTF_8));
            }
            // what the workbench does with an opened file: reset a system, save, reopen
            for (SystemSpec s : scenario.systems()) {
                ScenarioResolver.withoutOwnEfficiencies(scenario, s, CATALOG);
            }
            Scenario again = ScenarioFiles.parse(ScenarioFiles.toJson(scenario).getBytes(StandardCharsets.UTF_8),
                    "again.json", CATALOG);
            if (!again.equals(scenario)) {
                findings.fail("saved and reopened, not the same", index, new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            // what validation accepts, evaluation evaluates (defect 6): no refusal after opening either
            findings.fail("exception after opening: " + e.getClass().getSimpleName(), index, stack(e) + " in "
                    + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JsonDocuments.mapper().readTree(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    static String stack(Throwable e) {
        StringBuilder s = new StringBuilder(e.toString());
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            s.append(" at ").append(trace[i]);
        }
        return s.toString();
    }
}
