package dev.ridgeline.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.InvalidInputException;
import dev.ridgeline.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional cascade (issue 15): files without one still open; a bad one is refused with its JSON path. */
class CascadeFileTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void theCascadePresetRoundTripsAndOlderPresetsHaveNone() {
        Scenario s = ScenarioFiles.preset("model-cascade", catalog);
        assertNotNull(s.cascade());
        assertEquals(3, s.cascade().tiers().size());
        assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s).getBytes(StandardCharsets.UTF_8), "x", catalog));
        assertNull(ScenarioFiles.preset("blackwell-migration", catalog).cascade());
        assertTrue(!ScenarioFiles.toJson(ScenarioFiles.preset("blackwell-migration", catalog)).contains("cascade"));
    }

    private List<Problem> problems(String cascade) {
        String json = ScenarioFiles.toJson(ScenarioFiles.preset("model-cascade", catalog).withCascade(null));
        json = json.substring(0, json.lastIndexOf('}')) + ", \"cascade\": " + cascade + "}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return assertThrows(InvalidInputException.class, () -> ScenarioFiles.parse(bytes, "x", catalog)).problems();
    }

    @Test
    void sharesMustAddUpToOne() {
        List<Problem> p = problems("{\"tiers\": [{\"label\": \"a\", \"share\": 0.5, \"pricePerMillion\": 1}]}");
        assertEquals("cascade.tiers", p.get(0).path());
        assertTrue(p.get(0).message().contains("add up to 1"), p.get(0).message());
    }

    @Test
    void aTierNamesASystemThatExistsOrAPriceNotBoth() {
        List<Problem> p = problems("{\"tiers\": [{\"label\": \"a\", \"share\": 1, \"system\": 4}]}");
        assertEquals("cascade.tiers[0].system", p.get(0).path());
        p = problems("{\"tiers\": [{\"label\": \"a\", \"share\": 1, \"system\": 0, \"pricePerMillion\": 1}]}");
        assertEquals("cascade.tiers[0]", p.get(0).path());
        p = problems("{\"tiers\": [{\"label\": \"a\", \"share\": 1.5, \"pricePerMillion\": 1}]}");
        assertTrue(p.stream().anyMatch(x -> x.path().endsWith("share")), p.toString());
    }

    @Test
    void removingATiersSystemDropsTheCascade() {
        Scenario s = ScenarioFiles.preset("model-cascade", catalog).withCascade(new Cascade(List.of(
                new CascadeTier("8B", 1, 1, null, null))));
        assertNull(s.withSystems(s.systems().subList(0, 1), 0).cascade());
    }
}
