package org.grenier.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.imports.FormatHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's reader on the line breaks a spreadsheet puts inside cells, and on what it leaves in a file. */
class CsvRowsTest {

    @TempDir
    Path folder;

    /**
     * A lone carriage return inside a quoted cell of a file whose lines end in line feeds is part of the cell. FastCSV
     * 4.1 dropped such a cell and ran the next row into it; the version Grenier ships reads it whole.
     */
    @Test
    void lineBreaksInsideQuotesStayInTheirCellAndCountAsLines() throws IOException {
        Path file = write("date;sku;quantity;customer\n2025-01-02;A;1;\"lone\rreturn\"\n"
                + "2025-01-03;B;2;\"two\r\nbreaks\nhere\"\n\n2025-01-04;C;3;plain\n");
        List<CsvRows.Row> rows = read(file);
        assertEquals(List.of("2025-01-02", "A", "1", "lone\rreturn"), rows.get(1).cells());
        assertEquals(List.of("2025-01-03", "B", "2", "two\r\nbreaks\nhere"), rows.get(2).cells());
        assertEquals(List.of("2025-01-04", "C", "3", "plain"), rows.get(3).cells());
        assertEquals(List.of(1L, 2L, 4L, 8L), rows.stream().map(CsvRows.Row::line).toList(),
                "each row starts where an editor shows it; the blank line 7 is skipped");
    }

    /** Ragged rows come as they are, text after a closing quote stays in its cell, a quote open at the end closes. */
    @Test
    void aSpreadsheetsLeniencyIsKept() throws IOException {
        Path file = write("a;b;c\n1;2\n3;\"4\"x;5;6\n7;\"open");
        List<CsvRows.Row> rows = read(file);
        assertEquals(List.of("1", "2"), rows.get(1).cells());
        assertEquals(List.of("3", "4x", "5", "6"), rows.get(2).cells());
        assertEquals(List.of("7", "open"), rows.get(3).cells());
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("rows.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CsvRows.Row> read(Path file) throws IOException {
        SniffedFile sniffed = new CsvImporter().sniffFile(file, FormatHints.AUTO).orElseThrow();
        List<CsvRows.Row> rows = new ArrayList<>();
        try (CsvRows csv = new CsvRows(file, sniffed.scan().charset(), sniffed.format())) {
            CsvRows.Row row;
            while ((row = csv.next()) != null) {
                rows.add(row);
            }
            assertNull(csv.next(), "the end stays the end");
        }
        return rows;
    }
}
