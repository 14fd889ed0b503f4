package org.grenier.core;

import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cells and rows of CSV written for people to open in a spreadsheet: every cell quoted, and a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return prefixed with an apostrophe, so that a
 * product named "=HYPERLINK(…)" is shown as text rather than run as a formula (CSV injection). A plain signed
 * number ("-12,5", "+3 %", "-1 234,5" grouped with the non-breaking spaces French formatting writes) and the lone
 * "-" a table shows for "none" are left as they are: a spreadsheet never runs them, and a planner's negative stock
 * must stay a number to add up.
 */
public final class CsvCells {

    private CsvCells() {
    }

    private static final Pattern SIGNED_NUMBER = Pattern.compile(
            "[+-]?[\\d\u00A0\u202F.,]*\\d[\u00A0\u202F]?%?");

    /** One quoted, neutralised cell; null is the empty cell. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = formula(text) ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** True when a spreadsheet could take the text for a formula. */
    public static boolean formula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !SIGNED_NUMBER.matcher(text).matches() && !text.equals("-") && !text.equals("+");
    }

    /** A row of cells, comma separated. */
    public static String row(List<String> cells) {
        return row(cells, ',');
    }

    /** A row of cells with this delimiter. */
    public static String row(List<String> cells, char delimiter) {
        return String.join(String.valueOf(delimiter), cells.stream().map(CsvCells::cell).toList());
    }

    /**
     * The delimiter a spreadsheet in this locale expects: a semicolon where the decimal separator is a comma (French
     * Excel splits on it), else a comma.
     */
    public static char delimiter(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }
}
