package org.grenier.core.imports;

import java.util.Objects;

/**
 * One row of a file after conversion and validation, ready for the store: the values of its target's fields in
 * {@link ImportTarget#fields()} order (String, BigDecimal, Integer or Instant; null when empty), the columns no field
 * took as JSON, the line it came from, and its content key ({@link RowKeys}), computed here so that the thread that
 * reads the file pays for it rather than the one that writes the store.
 */
public record StagedRow(ImportTarget target, long line, Object[] values, String extras, long key) {

    public StagedRow(ImportTarget target, long line, Object[] values, String extras) {
        this(target, line, values, extras, RowKeys.of(values));
    }

    public StagedRow {
        Objects.requireNonNull(target, "target");
        if (values.length != target.fields().size()) {
            throw new IllegalArgumentException(target + " rows have " + target.fields().size() + " values, not "
                    + values.length);
        }
    }
}
