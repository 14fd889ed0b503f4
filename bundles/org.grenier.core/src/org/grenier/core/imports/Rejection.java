package org.grenier.core.imports;

import java.util.List;

/**
 * Why one row of a file was not imported: where it is (file, line, column) and what is wrong, in words an analyst
 * can act on. The line is the physical line in the file where the row starts, counting from 1. {@code reason} is the
 * English wording (the command line's and the rejected-rows file's); {@code problem} and {@code facts} let the
 * workbench word it in the user's language.
 */
public record Rejection(String file, long line, String column, String value, String reason, Problem problem,
        List<String> facts) {

    /** What is wrong, with the facts each kind carries. */
    public enum Problem {
        /** Cells in the row, cells in the header. */
        SHIFTED_CELLS,
        NOT_A_NUMBER,
        NOT_A_WHOLE_NUMBER,
        /** The date shapes expected. */
        NOT_A_DATE,
        /** The year read. */
        DATE_OUT_OF_RANGE,
        /** The date shapes expected. */
        NOT_A_VALID_DATE,
        /** The most characters allowed. */
        TOO_LONG,
        /** The field's range ({@code ImportField.rangeFacts}), then the value read. */
        OUT_OF_RANGE,
        TOO_LARGE,
        REQUIRED,
        UNKNOWN_STORAGE_UNIT,
        /** The profile's name. */
        UNKNOWN_PRODUCT,
        /** The profile's name. */
        UNKNOWN_SITE,
        /** The movement's kind. */
        NEGATIVE_QUANTITY,
        /** The earlier line of the file. */
        REPEATED,
        /** The line and the import it conflicts with, and the {@link ImportTarget} whose key both rows have. */
        CONFLICT,
        /**
         * The {@link ImportTarget} whose key it shares with a stored record that no import brought: the demo's, or
         * one kept from before imports. Such a record has no line or import to name.
         */
        CONFLICT_NOT_IMPORTED,
        /** Only in the English reason. */
        OTHER
    }

    public Rejection {
        facts = List.copyOf(facts);
    }

    /** A rejection told in English only. */
    public Rejection(String file, long line, String column, String value, String reason) {
        this(file, line, column, value, reason, Problem.OTHER, List.of());
    }

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
