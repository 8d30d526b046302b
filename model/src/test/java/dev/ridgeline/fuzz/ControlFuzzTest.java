package dev.ridgeline.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.evaluation.ScenarioEvaluator;
import dev.ridgeline.scenario.Scenario;
import dev.ridgeline.scenario.ScenarioResolver;
import dev.ridgeline.validation.InvalidInputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's control fuzzing in the build: random combinations of every control, at and beyond their edges, through
 * the model API. A value the API refuses names its field; a combination it accepts evaluates without an exception,
 * every figure finite and none negative that cannot be. {@code mvn verify} runs 10,000; {@code -Pfuzz} 1,000,000.
 */
class ControlFuzzTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void randomControlCombinationsAreRefusedByFieldOrEvaluatedSoundly() {
        FuzzBudget budget = FuzzBudget.fromSystemProperties();
        ControlCombinations combinations = new ControlCombinations(CATALOG);
        Findings findings = new Findings();
        long start = System.nanoTime();
        IntStream indices = IntStream.range(0, budget.combinations());
        (budget.parallel() ? indices.parallel() : indices).forEach(i -> one(i, combinations, budget, findings));
        String report = findings.report("control combinations", budget.combinations(), System.nanoTime() - start);
        System.out.println(report);
        assertEquals(0, findings.failureCount(), report);
        assertTrue(budget.combinations() >= 10_000, "the build's slice is at least 10,000 combinations");
    }

    private static void one(int index, ControlCombinations combinations, FuzzBudget budget, Findings findings) {
        Scenario scenario;
        ScenarioResolver.Resolution resolution;
        try {
            scenario = combinations.next(budget.random("controls", index));
        } catch (InvalidInputException e) {
            refused("refused by a record", index, e, findings);
            return;
        } catch (RuntimeException e) {
            findings.fail("exception building: " + e.getClass().getSimpleName(), index,
                    ScenarioFileFuzzTest.stack(e));
            return;
        }
        try {
            resolution = ScenarioResolver.resolveAll(scenario, CATALOG);
        } catch (InvalidInputException e) {
            refused("refused on resolving", index, e, findings);
            return;
        } catch (RuntimeException e) {
            findings.fail("exception resolving: " + e.getClass().getSimpleName(), index,
                    ScenarioFileFuzzTest.stack(e) + " for " + scenario);
            return;
        }
        findings.count("evaluated");
        try {
            var results = ScenarioEvaluator.evaluate(scenario, resolution, CATALOG);
            OutputInvariants.countOutcomes(results, findings);
            List<String> bad = OutputInvariants.violations(results);
            if (!bad.isEmpty()) {
                findings.fail("NaN, Infinity or a negative figure", index, bad + " for " + scenario);
            }
        } catch (RuntimeException e) {
            // what the API accepted, evaluation evaluates (defect 6)
            findings.fail("exception evaluating: " + e.getClass().getSimpleName(), index,
                    ScenarioFileFuzzTest.stack(e) + " for " + scenario);
        }
    }

    private static void refused(String outcome, int index, InvalidInputException e, Findings findings) {
        findings.count(outcome);
        List<String> unnamed = RefusalPaths.unnamed(e, null);
        if (!unnamed.isEmpty()) {
            findings.fail("refusal without its field", index, unnamed.toString());
        }
    }
}
