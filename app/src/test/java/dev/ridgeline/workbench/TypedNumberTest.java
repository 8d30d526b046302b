package dev.ridgeline.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 13, defect 11: typed values are read in the workbench's own number form, or refused. */
class TypedNumberTest {
    @Test
    void theFormsTheWorkbenchShowsAreRead() {
        assertEquals(1234.5, TypedNumber.parse("1,234.5"));
        assertEquals(1234.5, TypedNumber.parse(" 1234.5 "));
        assertEquals(1_000_000.0, TypedNumber.parse("1,000,000"));
        assertEquals(0.5, TypedNumber.parse(".5"));
        assertEquals(3.0, TypedNumber.parse("3."));
        assertEquals(-2.0, TypedNumber.parse("-2"));
        assertEquals(1200.0, TypedNumber.parse("1.2e3"));
    }

    @Test
    void ambiguousOrForeignFormsAreRefusedNotGuessed() {
        assertNull(TypedNumber.parse("1,5"), "a decimal comma: 15 or 1.5? refused, not read as 15");
        assertNull(TypedNumber.parse("12,34"));
        assertNull(TypedNumber.parse("2f"), "Java's float suffix");
        assertNull(TypedNumber.parse("0x1p3"), "a hexadecimal float");
        assertNull(TypedNumber.parse("NaN"));
        assertNull(TypedNumber.parse("Infinity"));
        assertNull(TypedNumber.parse("1e999"), "beyond a double");
        assertNull(TypedNumber.parse(""));
        assertNull(TypedNumber.parse("1 000"));
    }

    @Test
    void countingFieldsKnowAWholeNumber() {
        assertTrue(TypedNumber.isWhole(3));
        assertFalse(TypedNumber.isWhole(2.6), "2.6 sequences is refused, not rounded to 3");
    }
}
