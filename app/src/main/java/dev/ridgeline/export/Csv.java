package dev.ridgeline.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: a field holding a comma, a quote or a line break is quoted
 * and its quotes doubled; lines end in LF (CRLF is read too). A leading byte-order mark is skipped on reading.
 */
public final class Csv {
    /** Excel on Windows reads a CSV as UTF-8 (the "·" in system labels) only when the file starts with this. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    /** The model is an estimate good to a few per cent: four significant figures carry all it knows. */
    public static final int SIGNIFICANT_FIGURES = 4;

    private Csv() {
    }

    /**
     * A figure as the CSVs write it: {@value #SIGNIFICANT_FIGURES} significant figures, but never fewer digits
     * than its whole units (12,345.6 is 12346, not 12350: a monthly bill keeps its dollars), rounded half up on the
     * decimal as Java shows it, in plain notation without trailing zeros (0.1675, 180, 1500000000000000), so every
     * spreadsheet reads it as a number. Empty for no value; counts are written as integers by their callers.
     */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0"; // also -0.0
        }
        BigDecimal d = BigDecimal.valueOf(v);
        int wholeDigits = d.precision() - d.scale(); // ≤ 0 below 1
        MathContext keep = new MathContext(Math.max(SIGNIFICANT_FIGURES, wholeDigits), RoundingMode.HALF_UP);
        return d.round(keep).stripTrailingZeros().toPlainString();
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
    public static List<List<String>> read(String withMark) {
        String text = withMark.startsWith(BYTE_ORDER_MARK) ? withMark.substring(1) : withMark;
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
