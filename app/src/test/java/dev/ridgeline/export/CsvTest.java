package dev.ridgeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: CSV figures are rounded to what the model knows, and files carry a UTF-8 byte-order mark. */
class CsvTest {
    @Test
    void figuresKeepFourSignificantFiguresRoundedHalfUp() {
        assertEquals("0.1234", Csv.number(0.123449));
        assertEquals("0.1235", Csv.number(0.12345));
        assertEquals("-3.142", Csv.number(-3.14159));
        assertEquals("0.00001235", Csv.number(0.000012345));
        assertEquals("41.67", Csv.number(125.0 / 3));
        assertEquals("100", Csv.number(99.995));
    }

    @Test
    void wholeUnitsAreNeverRoundedAway() {
        assertEquals("1235", Csv.number(1234.5));
        assertEquals("12346", Csv.number(12345.678));
        assertEquals("10000", Csv.number(9999.7));
        assertEquals("1314000", Csv.number(1_314_000.0)); // a monthly bill keeps its dollars
        assertEquals("1500000000000000", Csv.number(1.5e15)); // plain notation: no "1.5E15" for a spreadsheet
    }

    @Test
    void exactFiguresLoseNothingAndNoValueIsEmpty() {
        assertEquals("180", Csv.number(180.0));
        assertEquals("0.1675", Csv.number(0.1675));
        assertEquals("2.5", Csv.number(2.5));
        assertEquals("0", Csv.number(0.0));
        assertEquals("0", Csv.number(-0.0));
        assertEquals("", Csv.number(null));
    }

    @Test
    void aTableStartsWithTheByteOrderMarkAndReadsBackWithoutIt() {
        SeriesCsv.Table table = new SeriesCsv.Table("t", List.of("system", "gb"),
                List.of(List.of("B200 HGX · NVFP4", Csv.number(42.6875))));
        String text = table.text();
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals("\uFEFFsystem,gb\nB200 HGX · NVFP4,42.69\n", text);
        assertEquals(List.of(List.of("system", "gb"), List.of("B200 HGX · NVFP4", "42.69")), Csv.read(text));
        assertTrue(Csv.read("a,b\n1,2\n").get(0).get(0).equals("a"), "a file without the mark reads the same");
    }
}
