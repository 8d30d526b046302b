package dev.ridgeline.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: a field holding a comma, a quote or a line break is quoted
 * and its quotes doubled; lines end in LF (CRLF is read too).
 */
public final class Csv {
    private Csv() {
    }

    /** One field, quoted only where it must be. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A header line and the rows, every row as long as the header. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " fields, the header "
                        + header.size());
            }
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append('\n');
    }

    /**
     * Every record of {@code text}, the header first.
     *
     * @throws IllegalArgumentException at a quote left open or text straight after a closing quote
     */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atRecordStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i = quoted(text, i + 1, field);
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at character " + i);
                }
                atRecordStart = false;
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atRecordStart = true;
                i++;
                continue;
            } else {
                field.append(c);
            }
            atRecordStart = false;
            i++;
        }
        if (!atRecordStart) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Reads a quoted field's contents from just after its opening quote; returns the index after the closing one. */
    private static int quoted(String text, int start, StringBuilder field) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new IllegalArgumentException("a quoted field opened at character " + (start - 1) + " never closes");
    }
}
