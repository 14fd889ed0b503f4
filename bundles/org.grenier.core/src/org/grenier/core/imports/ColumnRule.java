package org.grenier.core.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one field is filled from a file: the source columns it may be called (first match wins; {@code #3} means the
 * third column), and the conversions on the way: a lookup of codes, a scale for units, a sign flip, a default.
 */
public record ColumnRule(ImportField field, List<String> columns, Map<String, String> lookup, BigDecimal scale,
        boolean negate, String fallback) {

    public ColumnRule {
        Objects.requireNonNull(field, "field");
        columns = List.copyOf(columns);
        lookup = Map.copyOf(lookup);
        Objects.requireNonNull(scale, "scale");
        if (scale.signum() == 0) {
            throw new IllegalArgumentException("the scale of " + field.key() + " cannot be zero");
        }
        fallback = fallback == null || fallback.isBlank() ? null : fallback.strip();
    }

    public static ColumnRule of(ImportField field, String... columns) {
        return new ColumnRule(field, List.of(columns), Map.of(), BigDecimal.ONE, false, null);
    }

    /** True when a conversion applies to numbers read for this field. */
    public boolean converts() {
        return negate || scale.compareTo(BigDecimal.ONE) != 0;
    }
}
