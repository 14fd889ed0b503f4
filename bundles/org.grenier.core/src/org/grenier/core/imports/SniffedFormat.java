package org.grenier.core.imports;

import java.util.List;

import org.grenier.core.imports.FormatHints.DateOrder;

/**
 * How a file is written, as the import read it from the data: encoding, byte-order mark, delimiter, quote, whether
 * the first row is a header, number separators and the order of day and month. Notes say what was ambiguous.
 */
public record SniffedFormat(String encoding, int bomLength, char delimiter, char quote, boolean header,
        char decimal, char grouping, DateOrder dateOrder, List<String> columns, List<String> notes) {

    /** The note when no date tells day from month: the workbench words it in the user's language. */
    public static final String DATES_GUESSED_DAY_FIRST =
            "every date in the file has a day of 12 or less; they were read day first (dd/MM/yyyy)";

    public SniffedFormat {
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    /** A one-line description such as "windows-1252, ';' delimited, decimal ',', dates day first, header". */
    public String describe() {
        String separator = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return encoding + (bomLength > 0 ? " with BOM" : "") + ", " + separator + " delimited, decimal '" + decimal
                + "', dates " + (dateOrder == DateOrder.DAY_FIRST ? "day first" : "month first")
                + (header ? ", header row" : ", no header");
    }
}
