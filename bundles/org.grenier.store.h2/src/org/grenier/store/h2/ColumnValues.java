package org.grenier.store.h2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.h2.engine.SessionLocal;
import org.h2.message.DbException;
import org.h2.table.Column;
import org.h2.table.Table;
import org.h2.value.TypeInfo;
import org.h2.value.Value;
import org.h2.value.ValueInteger;
import org.h2.value.ValueNull;
import org.h2.value.ValueVarchar;

/**
 * Makes an import's rows into H2 values of each column's type, on the thread that reads the file, so that the
 * writing thread, which sets an import's pace, only stores them. A value is converted as H2's INSERT converts it
 * (type, length, precision, scale, NOT NULL); one that fails is left as it came, and the insert converts it again and
 * reports the line. Not for several threads at once.
 */
final class ColumnValues {

    private final SessionLocal session;
    private final Column[] columns;
    private final Memo[] memos;
    private final boolean wholeRow;

    ColumnValues(SessionLocal session, Table table, Column[] columns) {
        this.session = session;
        this.columns = columns;
        this.memos = new Memo[columns.length];
        for (int i = 0; i < columns.length; i++) {
            memos[i] = new Memo();
        }
        this.wholeRow = convertsWholeRow(table, columns);
    }

    /**
     * Whether converting each given value is all H2's INSERT would do to a row of the table: every column is given,
     * and none takes a default, an identity, a sequence, a generated value or a domain's constraints, which need the
     * writing thread's statement.
     */
    private static boolean convertsWholeRow(Table table, Column[] columns) {
        if (table.getColumns().length != columns.length) {
            return false;
        }
        for (Column column : table.getColumns()) {
            if (column.isIdentity() || column.isGenerated() || column.isDefaultOnNull() || column.getDomain() != null
                    || column.getSequence() != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether every column of the table is given: then a row's values come in the table's own column order. */
    boolean wholeRow() {
        return wholeRow;
    }

    /**
     * The row's values as H2 values of each column. The value of {@code derived} (an index into the given columns, or
     * -1) is left empty when the first {@code sources} values, which it is worked out from, are stored exactly as
     * given.
     */
    EngineInsert.Prepared prepare(Object[] plain, int derived, int sources) {
        Value[] values = new Value[plain.length];
        boolean converted = wholeRow;
        boolean exact = true;
        for (int i = 0; i < plain.length; i++) {
            Value value = memos[i].get(plain[i]);
            if (value == null) {
                Value made = value(plain[i], columns[i]);
                value = assign(made, columns[i]);
                if (value == null) {
                    value = made;
                    converted = false;
                    exact = false;
                } else if (value == made || value.equals(made)) {
                    memos[i].put(plain[i], value);
                } else if (i < sources) {
                    exact = false; // rounded to the column's scale or precision: stored otherwise than given
                }
            }
            values[slot(i)] = value;
        }
        if (derived >= 0 && exact && converted && columns[derived].isNullable()) {
            values[slot(derived)] = ValueNull.INSTANCE;
        }
        return new EngineInsert.Prepared(values, converted);
    }

    /** Where a given column's value goes: the table's own order for a whole row, else the order given. */
    private int slot(int given) {
        return wholeRow ? columns[given].getColumnId() : given;
    }

    /** The value as its column stores it, or null when the insert must convert it itself and say what is wrong. */
    private Value assign(Value value, Column column) {
        if (value == ValueNull.INSTANCE) {
            return column.isNullable() ? value : null;
        }
        try {
            return value.convertForAssignTo(column.getType(), session, column);
        } catch (DbException e) {
            return null;
        }
    }

    private static Value value(Object value, Column column) {
        if (value == null) {
            return ValueNull.INSTANCE;
        } else if (value instanceof String text) {
            return UncachedValues.varchar(text);
        } else if (value instanceof BigDecimal number) {
            return UncachedValues.numeric(atColumnScale(number, column));
        } else if (value instanceof Long number) {
            return UncachedValues.bigint(number);
        } else if (value instanceof Instant instant) {
            return UncachedValues.timestamp(instant);
        } else if (value instanceof Integer number) {
            return ValueInteger.get(number);
        }
        return ValueVarchar.get(value.toString());
    }

    /**
     * A decimal given to a DECIMAL column, with the column's scale when it has fewer digits: the conversion to the
     * column then keeps the value instead of making a second one. More digits are left to H2, which rounds them.
     */
    private static BigDecimal atColumnScale(BigDecimal number, Column column) {
        TypeInfo type = column.getType();
        if (type.getValueType() != Value.NUMERIC || type.getScale() <= number.scale()) {
            return number;
        }
        return number.setScale(type.getScale());
    }

    /**
     * One column's recent values, converted. Codes, sites, zones, customers and quantities repeat from row to row:
     * the converted value is reused instead of made and converted again. A column whose values do not repeat, such
     * as an order reference, stops being remembered once {@link #LIMIT} of them are, so memory stays flat.
     */
    private static final class Memo {

        private static final int LIMIT = 4096;

        private Map<Object, Value> seen = new HashMap<>();

        Value get(Object plain) {
            if (plain == null) {
                return null;
            }
            return seen == null ? null : seen.get(plain);
        }

        void put(Object plain, Value value) {
            if (plain != null && seen != null) {
                seen.put(plain, value);
                if (seen.size() >= LIMIT) {
                    seen = null;
                }
            }
        }
    }
}
