package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.grenier.core.imports.RowKeys;
import org.junit.jupiter.api.Test;

/**
 * Content keys are stored with every imported row, and a re-import finds its rows by them: the same values must give
 * the same key in every version of Grenier. The keys below were computed by the first version that stored them.
 */
class RowKeysTest {

    @Test
    void keysStayTheSameFromVersionToVersion() {
        assertEquals(-211180583168262223L, RowKeys.of(new Object[] { Instant.parse("2024-01-01T08:00:00Z"),
                "SKU-394", "SITE-3", new BigDecimal("24.5"), new BigDecimal("698.35"), "Client 1460", "Centre",
                "CMD-0000000" }));
        assertEquals(155954386592017028L, RowKeys.of(new Object[] {
                Instant.parse("2025-03-02T00:00:00.123456789Z"), "BL\u00c9-T1", null, new BigDecimal("5.00"), null,
                "\u00cele-de-France", "", 42 }));
        assertEquals(-3240677603913410131L, RowKeys.of(new Object[] { new BigDecimal("0"),
                new BigDecimal("-0.000"), new BigDecimal("12345678901234567890.123456789"), -7, "x" }));
        // long cells: the buffer is hashed and carried over several times within one row
        assertEquals(742132869910030217L, RowKeys.of(new Object[] { "a".repeat(2000), "\u20ac".repeat(1500),
                "b".repeat(777), Instant.EPOCH, new BigDecimal("1E+3") }));
        assertEquals(-7160610219483255062L, RowKeys.of(new Object[] {}));
        assertEquals(-3088556458129967471L, RowKeys.of(new Object[] { null, null, null }));
        // trailing zeros before the point and after it, and the 18-digit edge (keys of the version before 2026-11-22)
        assertEquals(96497372116957065L, RowKeys.of(new Object[] { new BigDecimal("100"), new BigDecimal("-2500.00"),
                new BigDecimal("0.0100"), new BigDecimal("999999999999999999"),
                new BigDecimal("-1000000000000000000") }));
    }

    /** Numbers are keyed by the bytes of their unscaled value, at every length those take. */
    @Test
    void numbersOfEveryLengthKeepTheirKeys() {
        long[] expected = {
                -3023261610865591147L, -2311979363216511869L, 461954727201692145L, 1809992374937080428L,
                8627648262980396489L, -1614201026535588363L, 4355017166602586506L, -8117591938638133676L,
                -3373729143437396425L, -2125300876739968319L, -1634792240953380812L, 939351882262204553L,
                -3605772471076196088L, 1435264352069868594L, 4610799417873893477L, 3466487734050099619L,
                2467946566616503287L, -7701925885158003868L };
        String[] numbers = { "127", "128", "-128", "-129", "32767", "-32769", "8388608", "2147483648", "-2147483649",
                "549755813888", "140737488355328", "36028797018963968", "999999999999999999", "-999999999999999999",
                "1000000000000000000", "9223372036854775808", "0.0001", "-12.5" };
        long[] keys = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            keys[i] = RowKeys.of(new Object[] { new BigDecimal(numbers[i]) });
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(keys));
    }

    @Test
    void theSameQuantityAndInstantGiveTheSameKeyHoweverWritten() {
        Instant paris = OffsetDateTime.parse("2025-03-02T09:00:00+01:00").toInstant();
        assertEquals(RowKeys.of(new Object[] { paris, new BigDecimal("5") }),
                RowKeys.of(new Object[] { Instant.parse("2025-03-02T08:00:00Z"), new BigDecimal("5.000") }));
        assertNotEquals(RowKeys.of(new Object[] { "5" }), RowKeys.of(new Object[] { new BigDecimal("5") }),
                "a text and a number are told apart");
        assertNotEquals(RowKeys.of(new Object[] { "ab", "c" }), RowKeys.of(new Object[] { "a", "bc" }));
    }

    @Test
    void aCellTooLongToKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RowKeys.of(new Object[] { "x".repeat(3000) }));
    }
}
