package org.grenier.store.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.grenier.core.imports.ImportField;
import org.grenier.core.imports.RowKeys;

/**
 * The content key of a stored record that has none: one the demo wrote, one saved from the workbench, or one from
 * before imports kept keys. It is the key an import of the same values gets, so that re-importing identical values
 * reads as "already stored" rather than as a conflict. Why not store a key with every record instead: records are
 * written from several places (the demo, the planning editors, migrations), and each would have to make the import's
 * values exactly; reading the values back happens only when an imported row meets a stored one.
 */
final class StoredKeys {

    private StoredKeys() {
    }

    /** The key of the stored fields, read from consecutive columns starting at {@code first}, in the fields' order. */
    static long contentKey(ResultSet row, int first, List<ImportField> fields) throws SQLException {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = asImported(row.getObject(first + i), fields.get(i));
        }
        return RowKeys.of(values);
    }

    /**
     * A stored value as the import makes it from a cell: decimals as BigDecimal (a double column's value through its
     * shortest decimal form, which is what was written), whole numbers as Integer, times as instants, the rest as
     * text.
     */
    private static Object asImported(Object stored, ImportField field) {
        if (stored == null) {
            return null;
        }
        return switch (field.type()) {
            case DECIMAL -> stored instanceof BigDecimal number ? number : new BigDecimal(stored.toString());
            case INTEGER -> ((Number) stored).intValue();
            case TIMESTAMP -> ((OffsetDateTime) stored).toInstant();
            case TEXT, CODE -> stored.toString();
        };
    }
}
