package dev.ridgeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ridgeline.validation.JsonDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `ridgeline audit`: the table, its JSON, the differing rows alone, and the README's copy of it. */
class AuditCommandTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void tableShowsTheSpotVsSpotRowAsDiffering() {
        assertEquals(0, cli.run("audit"), cli.err.toString());
        String out = cli.out.toString();
        String row = out.lines().filter(l -> l.contains("spot vs spot")).findFirst().orElseThrow();
        // 0.307 / 0.0589 = 5.2×, not the article's ~8×
        assertTrue(row.contains(" 5.2 "), row);
        assertTrue(row.contains(" 8 "), row);
        assertTrue(row.endsWith("DIFFERS"), row);
        // its reason is listed under its row number
        String number = row.trim().split("\\s+")[0];
        assertTrue(out.lines().anyMatch(l -> l.trim().startsWith(number + "  spot vs spot is $0.307")), out);
        assertTrue(out.startsWith("Seed articles against Ridgeline (167 claims: 100 agree, 67 differ)"), out);
    }

    @Test
    void jsonParsesAndItsCountsAddUp() throws Exception {
        assertEquals(0, cli.run("audit", "--json"), cli.err.toString());
        JsonNode root = JsonDocuments.mapper().readTree(cli.out.toString());
        JsonNode rows = root.get("rows");
        assertEquals(rows.size(), root.get("agrees").asInt() + root.get("differs").asInt());
        int differs = 0;
        for (JsonNode r : rows) {
            for (String key : new String[] {"seed", "location", "claim", "articleValue", "ridgelineValue", "unit",
                "verdict", "reason"}) {
                assertTrue(r.has(key), key + " missing in " + r);
            }
            if (r.get("verdict").asText().equals("DIFFERS")) {
                differs++;
                assertFalse(r.get("reason").asText().isBlank(), r.toString());
            } else {
                assertTrue(r.get("reason").isNull(), r.toString());
            }
        }
        assertEquals(root.get("differs").asInt(), differs);
        JsonNode spot = null;
        for (JsonNode r : rows) {
            if (r.get("claim").asText().contains("spot vs spot")) {
                spot = r;
            }
        }
        assertEquals(8, spot.get("articleValue").asDouble());
        assertEquals(5.22, spot.get("ridgelineValue").asDouble(), 0.005);
    }

    @Test
    void differsOnlyKeepsTheRowNumbersOfTheWholeAudit() throws Exception {
        assertEquals(0, cli.run("audit", "--differs-only", "--json"), cli.err.toString());
        JsonNode root = JsonDocuments.mapper().readTree(cli.out.toString());
        assertEquals(0, root.get("agrees").asInt());
        assertEquals(root.get("rows").size(), root.get("differs").asInt());
        // row 10 is the H100 floor (21.69 ms against the article's 21.5): the first row that differs
        assertEquals(10, root.get("rows").get(0).get("row").asInt());
        assertEquals(21.5, root.get("rows").get(0).get("articleValue").asDouble());
    }

    @Test
    void jsonAndMarkdownAreExclusive() {
        assertEquals(2, cli.run("audit", "--json", "--markdown"));
    }

    @Test
    void theReadmeTableIsWhatTheCommandPrints() throws Exception {
        assertEquals(0, cli.run("audit", "--markdown"), cli.err.toString());
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("## Validation against the articles");
        assertTrue(section >= 0, "README.md has no validation section");
        assertTrue(readme.substring(section).contains(cli.out.toString()),
                "README.md's table is stale: regenerate it with `java -jar app/target/ridgeline.jar audit --markdown`");
    }
}
