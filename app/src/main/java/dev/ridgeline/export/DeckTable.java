package dev.ridgeline.export;

import java.util.List;

/**
 * A slide's table as text: a header (a corner cell, then one column per system), labelled rows with a cell per
 * system, and a footnote. The assumptions slide states a row whose cells all say the same thing once for all.
 */
record DeckTable(List<String> header, List<Row> rows, String footnote) {
    DeckTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One labelled row, a cell per system. */
    record Row(String label, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        boolean uniform() {
            return cells.size() > 1 && cells.stream().distinct().count() == 1;
        }
    }

    /** The first row labelled {@code label}. */
    Row row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
