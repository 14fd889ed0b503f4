package org.grenier.core.imports;

/** What a cell must hold for a field, which decides how the import reads it. */
public enum FieldType {
    /** Free text, kept as written (trimmed). */
    TEXT,
    /** An identifier such as a SKU or site code: at most 64 characters. */
    CODE,
    /** A number, read with the file's decimal and thousands separators. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A date, or a date and time; a date alone means midnight in the profile's time zone. */
    TIMESTAMP
}
