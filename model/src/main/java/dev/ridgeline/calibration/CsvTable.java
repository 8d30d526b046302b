package dev.ridgeline.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader and writer: comma-separated fields, records ended by CRLF, LF or CR, fields optionally
 * enclosed in double quotes, inside which commas, line breaks and doubled quotes ({@code ""} for one {@code "})
 * are data. A leading UTF-8 byte-order mark (as spreadsheets write) is skipped. Rows are numbered as a spreadsheet
 * shows them: the header is row 1, whatever line breaks quoted fields contain.
 */
final class CsvTable {
    private CsvTable() {
    }

    /** One record and the spreadsheet row it came from. */
    record Row(int number, List<String> fields) {
        /** Whether every field is empty (a blank line, or a row of bare commas). */
        boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    /** The text is not well-formed CSV; {@code row} and {@code column} (1-based) say where. */
    static final class MalformedException extends RuntimeException {
        private final int row;
        private final int column;
        private final transient List<Row> before;

        MalformedException(int row, int column, String message, List<Row> before) {
            super(message);
            this.row = row;
            this.column = column;
            this.before = List.copyOf(before);
        }

        /** The records read before the fault (the header among them, unless the fault is in it). */
        List<Row> before() {
            return before;
        }

        int row() {
            return row;
        }

        int column() {
            return column;
        }
    }

    /** Every record of the text, in order (a trailing line break does not make an empty last record). */
    static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = s.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' && !fieldStarted) {
                // a quoted field (spaces before it are dropped): runs to the next quote not doubled
                field.setLength(0);
                int start = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new MalformedException(row, fields.size() + 1, "the quoted field that starts here "
                                + "is never closed (a \" is missing)", rows);
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    // spaces after a closing quote are tolerated; anything else is not CSV
                    int j = i;
                    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                        j++;
                    }
                    if (j < n && s.charAt(j) != ',' && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                        throw new MalformedException(row, fields.size() + 1, "text after the closing quote of a "
                                + "quoted field (\"" + s.substring(start, Math.min(n, j + 1)).replace("\n", " ")
                                + "…\"); a \" inside a field is written \"\"", rows);
                    }
                    i = j;
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                rows.add(new Row(row, List.copyOf(fields)));
                fields.clear();
                row++;
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            if (c == '"') {
                throw new MalformedException(row, fields.size() + 1, "a \" inside a field that does not start "
                        + "with one; enclose the whole field in quotes and write the \" as \"\"", rows);
            }
            field.append(c);
            if (c != ' ' && c != '\t') {
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(row, List.copyOf(fields)));
        }
        return rows;
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
                        || field.charAt(field.length() - 1) == ' '));
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** One record, fields quoted where needed, ended by CRLF (RFC 4180's line break). */
    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        return out.append("\r\n").toString();
    }
}
