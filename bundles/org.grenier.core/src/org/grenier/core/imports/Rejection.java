package org.grenier.core.imports;

/**
 * Why one row of a file was not imported: where it is (file, line, column) and what is wrong, in words an analyst
 * can act on. The line is the physical line in the file where the row starts, counting from 1.
 */
public record Rejection(String file, long line, String column, String value, String reason) {

    @Override
    public String toString() {
        String where = file + ":" + line + (column == null || column.isEmpty() ? "" : ", column '" + column + "'");
        String shown = value == null || value.isEmpty() ? "" : " (value '" + abbreviate(value) + "')";
        return where + ": " + reason + shown;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
