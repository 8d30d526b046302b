package dev.ridgeline.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimal RFC 4180 reader and writer behind the CSV import. */
class CsvTableTest {
    private static List<List<String>> fields(String text) {
        return CsvTable.parse(text).stream().map(CsvTable.Row::fields).toList();
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        List<CsvTable.Row> rows = CsvTable.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\nlast,,\r\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\"", "one\r\ntwo"), rows.get(1).fields());
        // the quoted line break does not start a row: the third record is spreadsheet row 3
        assertEquals(3, rows.get(2).number());
        assertEquals(List.of("last", "", ""), rows.get(2).fields());
    }

    @Test
    void lineEndingsByteOrderMarkAndBlankLines() {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")),
                fields("\uFEFFa,b\n1,2\r3,4"));
        List<CsvTable.Row> rows = CsvTable.parse("a\n\n1\n");
        assertEquals(3, rows.size());
        assertTrue(rows.get(1).blank());
        assertEquals(List.of("1"), rows.get(2).fields());
        assertEquals(List.of(), fields(""));
        // an empty quoted field and spaces before an opening quote
        assertEquals(List.of(List.of("", "x", "y")), fields("\"\", \"x\",y"));
    }

    @Test
    void malformedTextNamesRowAndField() {
        CsvTable.MalformedException open = assertThrows(CsvTable.MalformedException.class,
                () -> CsvTable.parse("a,b\n1,\"never closed\n2,3\n"));
        assertEquals(2, open.row());
        assertEquals(2, open.column());
        assertEquals(List.of("a", "b"), open.before().get(0).fields());
        assertTrue(open.getMessage().contains("never closed"), open.getMessage());

        CsvTable.MalformedException stray = assertThrows(CsvTable.MalformedException.class,
                () -> CsvTable.parse("a,b,c\n1,2,3\n4,5 \"inch\",6\n"));
        assertEquals(3, stray.row());
        assertEquals(2, stray.column());

        CsvTable.MalformedException after = assertThrows(CsvTable.MalformedException.class,
                () -> CsvTable.parse("a,b\n\"x\"y,2\n"));
        assertEquals(2, after.row());
        assertEquals(1, after.column());
    }

    @Test
    void writtenFieldsReadBackUnchanged() {
        List<String> tricky = List.of("plain", "with, comma", "with \"quotes\"", "two\nlines", "", " padded ");
        String line = CsvTable.line(tricky);
        assertEquals("plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",,\" padded \"\r\n", line);
        assertEquals(List.of(tricky), fields(line));
    }
}
