package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.grenier.core.CsvCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV written for spreadsheets: formulas neutralised, numbers left as numbers, the locale's delimiter. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\",\"clic\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
        "\tTAB", "\r=1", "+33 6 12 34 56 78", "=1" })
    void neutralisesWhatASpreadsheetWouldRun(String text) {
        assertEquals("\"'" + text.replace("\"", "\"\"") + "\"", CsvCells.cell(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-5", "-12,5", "+3.25", "-1\u202F234,5", "-12\u00A0%", "-0.5%", "Blé tendre", "12", "-" })
    void leavesNumbersAndWordsAsTheyAre(String text) {
        assertEquals("\"" + text + "\"", CsvCells.cell(text));
    }

    @Test
    void quotesQuotesAndLeavesNullEmpty() {
        assertEquals("\"Silo \"\"nord\"\"\"", CsvCells.cell("Silo \"nord\""));
        assertEquals("", CsvCells.cell(null));
        assertEquals("\"a\";\"-4,5\";\"'=x\"", CsvCells.row(List.of("a", "-4,5", "=x"), ';'));
        assertEquals("\"a\",,\"b\"", CsvCells.row(Arrays.asList("a", null, "b")));
    }

    @Test
    void delimitsTheWayTheLocalesSpreadsheetsRead() {
        assertEquals(';', CsvCells.delimiter(Locale.FRANCE));
        assertEquals(';', CsvCells.delimiter(Locale.GERMANY));
        assertEquals(',', CsvCells.delimiter(Locale.US));
        assertEquals(',', CsvCells.delimiter(Locale.UK));
    }
}
