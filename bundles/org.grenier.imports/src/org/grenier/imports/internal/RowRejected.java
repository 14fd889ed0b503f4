package org.grenier.imports.internal;

/** Why a row cannot be imported, and which column; thrown without a stack trace since bad rows are routine. */
final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;

    RowRejected(String column, String value, String reason) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }
}
