package org.grenier.core.imports;

import java.util.List;
import java.util.Objects;

/**
 * One row of a file after conversion and validation, ready for the store: the values of its target's fields in
 * {@link ImportTarget#fields()} order (String, BigDecimal, Integer or Instant; null when empty), the columns no field
 * took as JSON, and the line it came from.
 */
public record StagedRow(ImportTarget target, long line, Object[] values, String extras) {

    public StagedRow {
        Objects.requireNonNull(target, "target");
        if (values.length != target.fields().size()) {
            throw new IllegalArgumentException(target + " rows have " + target.fields().size() + " values, not "
                    + values.length);
        }
    }

    public Object value(ImportField field) {
        return values[field.ordinal() - target.fields().get(0).ordinal()];
    }

    public List<Object> valueList() {
        return java.util.Arrays.asList(values);
    }
}
