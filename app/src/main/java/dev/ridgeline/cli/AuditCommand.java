package dev.ridgeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ridgeline.audit.Audit;
import dev.ridgeline.audit.AuditRow;
import dev.ridgeline.audit.Claim;
import dev.ridgeline.audit.Verdict;
import dev.ridgeline.catalog.Catalog;
import dev.ridgeline.validation.JsonDocuments;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the seed articles' numeric claims against Ridgeline's figures (MODEL.md §3). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check every numeric claim of the seed articles the model can compute: the article's figure, "
                + "Ridgeline's, and AGREES (within the article's own rounding) or DIFFERS with the reason.")
final class AuditCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON: {\"rows\": [...], \"agrees\": n, \"differs\": m}.")
        boolean json;

        @Option(names = "--markdown", description = "Print the table as Markdown (the README's validation table).")
        boolean markdown;
    }

    @Option(names = "--differs-only", description = "Only the claims Ridgeline disagrees with.")
    boolean differsOnly;

    @Spec
    CommandSpec spec;

    /** A row with its number in the whole audit, so numbers stay put under --differs-only. */
    record Numbered(int number, AuditRow row) {
    }

    @Override
    public Integer call() {
        List<AuditRow> all = Audit.run(Catalog.builtIn());
        List<Numbered> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!differsOnly || all.get(i).verdict() == Verdict.DIFFERS) {
                rows.add(new Numbered(i + 1, all.get(i)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.print(JsonDocuments.write(json(rows)));
        } else if (format.markdown) {
            out.print(markdown(rows));
        } else {
            out.print(table(rows));
        }
        out.flush();
        return 0;
    }

    static String summary(List<Numbered> rows) {
        long agrees = rows.stream().filter(n -> n.row().verdict() == Verdict.AGREES).count();
        return String.format("%d claims: %d agree, %d differ", rows.size(), agrees, rows.size() - agrees);
    }

    static String table(List<Numbered> rows) {
        TextTable t = new TextTable("#", "seed", "where", "claim", "article", "Ridgeline", "unit", "verdict")
                .numeric(0, 4, 5);
        StringBuilder reasons = new StringBuilder();
        for (Numbered n : rows) {
            AuditRow r = n.row();
            Claim c = r.claim();
            t.row(n.number(), c.seed(), c.location(), c.claim(), article(c), ridgeline(r), c.unit(), r.verdict());
            if (r.verdict() == Verdict.DIFFERS) {
                reasons.append(wrap(String.format("%4d  ", n.number()), r.reason(), 100));
            }
        }
        return "Seed articles against Ridgeline (" + summary(rows) + "). A claim agrees when |Ridgeline − article| "
                + "is within the article's own rounding.\n\n" + t.render()
                + (reasons.length() == 0 ? "" : "\nWhy the rows that differ differ:\n" + reasons);
    }

    static String markdown(List<Numbered> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| # | seed | where | claim | article | Ridgeline | unit | verdict / reason |\n");
        md.append("|---:|---|---|---|---:|---:|---|---|\n");
        for (Numbered n : rows) {
            AuditRow r = n.row();
            Claim c = r.claim();
            String verdict = r.verdict() == Verdict.AGREES ? "AGREES" : "**DIFFERS**: " + cell(r.reason());
            md.append("| ").append(n.number()).append(" | ").append(c.seed()).append(" | ").append(cell(c.location()))
                    .append(" | ").append(cell(c.claim())).append(" | ").append(article(c)).append(" | ")
                    .append(ridgeline(r)).append(" | ").append(cell(c.unit())).append(" | ").append(verdict)
                    .append(" |\n");
        }
        return md.append('\n').append(summary(rows)).append(".\n").toString();
    }

    static ObjectNode json(List<Numbered> rows) {
        ObjectNode root = JsonDocuments.mapper().createObjectNode();
        ArrayNode array = root.putArray("rows");
        int agrees = 0;
        for (Numbered n : rows) {
            AuditRow r = n.row();
            Claim c = r.claim();
            ObjectNode o = array.addObject();
            o.put("row", n.number());
            o.put("seed", c.seed());
            o.put("location", c.location());
            o.put("claim", c.claim());
            o.put("articleValue", c.articleValue());
            o.put("ridgelineValue", r.ridgelineValue());
            o.put("tolerance", c.tolerance());
            o.put("unit", c.unit());
            o.put("verdict", r.verdict().name());
            if (r.verdict() == Verdict.DIFFERS) {
                o.put("reason", r.reason());
            } else {
                o.putNull("reason");
                agrees++;
            }
        }
        root.put("agrees", agrees);
        root.put("differs", rows.size() - agrees);
        return root;
    }

    /** The article's figure with the digits it prints: its own, or as many as its rounding implies ($7.20). */
    static String article(Claim c) {
        return Numbers.fixed(c.articleValue(), Math.max(printedDecimals(c.articleValue()),
                toleranceDecimals(c.tolerance())));
    }

    /** The decimals a rounding of ± {@code tolerance} keeps: 0.05 → 1, 0.005 → 2; none at 0.5 and above. */
    static int toleranceDecimals(double tolerance) {
        return tolerance == 0 || tolerance >= 0.5 ? 0 : (int) Math.ceil(-Math.log10(2 * tolerance) - 1e-9);
    }

    /** Ridgeline's figure one digit finer than the tolerance, so a difference inside the rounding shows. */
    static String ridgeline(AuditRow r) {
        double v = r.ridgelineValue();
        double tol = r.claim().tolerance();
        int decimals;
        if (tol == 0 || (tol >= 0.5 && Math.abs(v) >= 1000)) {
            decimals = 0;
        } else if (tol >= 0.5) {
            decimals = 1;
        } else {
            decimals = Math.min(7, Math.max(printedDecimals(r.claim().articleValue()), toleranceDecimals(tol)) + 1);
        }
        return Numbers.fixed(v, decimals);
    }

    static int printedDecimals(double value) {
        for (int d = 0; d < 7; d++) {
            double scale = Math.pow(10, d);
            if (Math.abs(Math.round(value * scale) / scale - value) < 1e-9 * Math.max(1, Math.abs(value))) {
                return d;
            }
        }
        return 7;
    }

    /** Escapes what Markdown would read as table syntax or (on GitHub) as the start of inline math. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("$", "\\$");
    }

    /** Word-wraps {@code text} to {@code width}, the first line after {@code lead}, the rest indented to match. */
    static String wrap(String lead, String text, int width) {
        StringBuilder out = new StringBuilder(lead);
        String indent = " ".repeat(lead.length());
        int column = lead.length();
        boolean lineStart = true;
        for (String word : text.split(" ")) {
            if (!lineStart && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        return out.append('\n').toString();
    }
}
