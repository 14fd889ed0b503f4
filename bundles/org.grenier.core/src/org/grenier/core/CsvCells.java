package org.grenier.core;

import java.util.List;

/**
 * Cells and rows of CSV written for people to open in a spreadsheet: every cell quoted, and a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} prefixed with an apostrophe, so that a product named "=HYPERLINK(…)"
 * is shown as text rather than run as a formula (CSV injection).
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** One quoted, neutralised cell; null is the empty cell. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** A row of cells, comma separated. */
    public static String row(List<String> cells) {
        return String.join(",", cells.stream().map(CsvCells::cell).toList());
    }
}
