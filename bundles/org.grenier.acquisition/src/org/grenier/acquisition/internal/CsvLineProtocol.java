package org.grenier.acquisition.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Reads separated values ({@code ,} {@code ;} or tab) after a header line that names the columns. */
final class CsvLineProtocol implements LineProtocol {

    private final String sensorField;
    private String headerLine;
    private String separator;
    private List<String> names;

    CsvLineProtocol(String sensorField) {
        this.sensorField = sensorField;
    }

    @Override
    public Decoded decode(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return LineProtocols.EMPTY;
        } else if (text.startsWith("#")) {
            return new Decoded.Skipped("comment");
        } else if (names == null) {
            return readHeader(text);
        } else if (text.equals(headerLine)) {
            return new Decoded.Skipped("header repeated: the device restarted");
        }
        return readValues(text);
    }

    private Decoded readHeader(String text) {
        // Names may hold commas ("T,C") where a tab or a semicolon separates; a comma separates only when alone.
        String sep = text.contains("\t") ? "\t" : text.contains(";") ? ";" : ",";
        List<String> cells = cells(text, sep);
        for (String name : cells) {
            if (name.isEmpty()) {
                return LineProtocols.refused("header '" + text + "' has a column without a name");
            } else if (LineProtocols.number(name, true) != null) {
                // A session opened mid-stream must not take a line of values for the names of all later lines.
                return LineProtocols.refused("waiting for a header line; '" + text + "' holds values");
            } else if (Collections.frequency(cells, name) > 1) {
                return LineProtocols.refused("header '" + text + "' names '" + name + "' twice");
            }
        }
        headerLine = text;
        separator = sep;
        names = cells;
        return new Decoded.Skipped("header of " + cells.size() + " columns");
    }

    private Decoded readValues(String text) {
        List<String> cells = cells(text, separator);
        if (cells.size() != names.size()) {
            return LineProtocols.refused("expected " + names.size() + " cells, found " + cells.size());
        }
        // With a comma separator, "21,5" is two cells, so only the other separators leave room for decimal commas.
        LineProtocols.Fields fields = new LineProtocols.Fields(sensorField, !separator.equals(","));
        for (int i = 0; i < cells.size(); i++) {
            if (!fields.text(names.get(i), cells.get(i))) {
                break;
            }
        }
        return fields.result(LineProtocols.NO_NUMBER);
    }

    private static List<String> cells(String text, String separator) {
        return Arrays.stream(text.split(Pattern.quote(separator), -1)).map(CsvLineProtocol::unquote).toList();
    }

    // Spreadsheet-minded loggers quote every cell ("T";"H"); quoted separators inside a cell are not supported.
    private static String unquote(String cell) {
        String text = cell.strip();
        boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
        return quoted ? text.substring(1, text.length() - 1).strip() : text;
    }
}
