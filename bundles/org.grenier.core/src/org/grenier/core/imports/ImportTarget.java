package org.grenier.core.imports;

import java.util.Arrays;
import java.util.List;

/** The kind of record a file brings into the store; each kind has its own fields and its own table. */
public enum ImportTarget {
    SALES_LINE("sales and order lines"),
    STOCK_LEVEL("stock levels"),
    SKU("product catalogue"),
    PRODUCTION_PLAN("production plan"),
    WEATHER("weather observations and forecasts"),
    STORAGE_UNIT("storage units and their capacity"),
    SUPPLY_TERMS("supply terms"),
    STOCK_MOVEMENT("stock movements");

    private final String label;

    ImportTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** This target's fields, in the order the store's table holds them. */
    public List<ImportField> fields() {
        return Fields.BY_TARGET.get(this);
    }

    /** Computed once: imports ask for the fields of every row. */
    private static final class Fields {
        static final java.util.Map<ImportTarget, List<ImportField>> BY_TARGET = new java.util.EnumMap<>(
                ImportTarget.class);

        static {
            for (ImportTarget target : values()) {
                BY_TARGET.put(target, Arrays.stream(ImportField.values()).filter(f -> f.target() == target).toList());
            }
        }
    }

    /** The field of this target with the given profile key, such as {@code sku} or {@code quantity}. */
    public ImportField field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a field of " + label
                        + "; the fields are " + fields().stream().map(ImportField::key).toList()));
    }
}
