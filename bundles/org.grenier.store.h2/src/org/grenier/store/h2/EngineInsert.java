package org.grenier.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.h2.api.ErrorCode;
import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.DbException;
import org.h2.result.Row;
import org.h2.table.Column;
import org.h2.table.Table;
import org.h2.value.Value;

/**
 * Adds an import's rows to one table through H2's engine, in the connection's own transaction, the way H2's own
 * INSERT does it (convert to the column types, check constraints, add to every index) but without a JDBC command per
 * row. Why: starting and ending a statement, binding parameters and taking a savepoint for each row cost about a
 * quarter of the writing thread, which sets an import's speed (docs/BENCHMARKS.md, "Import: H2's engine instead of
 * JDBC"). This is why this class lives in a fragment of H2's bundle: H2's engine packages are not exported.
 */
public final class EngineInsert {

    private final SessionLocal session;
    private final Table table;
    private final Column[] columns;
    private final ColumnValues values;
    private final int derived;
    private final int sources;

    /**
     * For the named columns of a table of the connection's schema, in that order. {@code derived}, if not null, names
     * a column whose value is worked out from the first {@code sources} columns (such as a hash of them): it is left
     * empty in a row whose values of those columns are all stored exactly as given, which spares storing it.
     */
    public EngineInsert(Connection connection, String tableName, List<String> columns, String derived, int sources)
            throws SQLException {
        this.session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        try {
            this.table = session.getDatabase().getSchema(session.getCurrentSchemaName()).getTableOrView(session,
                    tableName.toUpperCase(Locale.ROOT));
            this.columns = columns.stream().map(column -> table.getColumn(column.toUpperCase(Locale.ROOT)))
                    .toArray(Column[]::new);
            this.values = new ColumnValues(session, table, this.columns);
            this.derived = derived == null ? -1 : columns.indexOf(derived);
            this.sources = sources;
        } catch (DbException e) {
            throw e.getSQLException();
        }
    }

    /**
     * Adds the rows, each a value per column, and says which were added: a row whose key is already stored is left
     * out (false) and the others go on, as a JDBC batch would. Any other failure stops here with an exception; the
     * import's transaction is then rolled back whole.
     */
    public boolean[] add(List<Prepared> rows) throws SQLException {
        boolean[] added = new boolean[rows.size()];
        session.lock();
        Session previous = session.setThreadLocalSession();
        try {
            session.startStatementWithinTransaction(null);
            try {
                table.fire(session, Trigger.INSERT, true);
                table.lock(session, Table.WRITE_LOCK);
                for (int i = 0; i < added.length; i++) {
                    added[i] = add(rows.get(i));
                }
                table.fire(session, Trigger.INSERT, false);
            } finally {
                session.endStatement();
            }
        } catch (DbException e) {
            throw e.getSQLException();
        } finally {
            session.resetThreadLocalSession(previous);
            session.unlock();
        }
        return added;
    }

    private boolean add(Prepared prepared) {
        Row row = row(prepared.values());
        if (!prepared.converted()) {
            table.convertInsertRow(session, row, null);
        }
        if (table.fireBeforeRow(session, null, row)) {
            return true; // a trigger took the row instead
        }
        try {
            // On failure H2 takes the row back out of the indexes it had reached already.
            table.addRow(session, row);
        } catch (DbException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                return false;
            }
            throw e;
        }
        table.fireAfterRow(session, null, row, false);
        return true;
    }

    /** The row, made on the given values themselves when they are the whole row in the table's column order. */
    private Row row(Value[] given) {
        if (values.wholeRow()) {
            return table.createRow(given, Row.MEMORY_CALCULATE);
        }
        Row row = table.getTemplateRow();
        for (int i = 0; i < columns.length; i++) {
            row.setValue(columns[i].getColumnId(), given[i]);
        }
        return row;
    }

    /**
     * A row's values, as an import produces them (String, BigDecimal, Long, Integer, Instant or null), made into H2's
     * values of each column's type, for {@link #add}. Called on the thread that reads the file, one thread only.
     */
    public Prepared prepare(Object[] plain) {
        return values.prepare(plain, derived, sources);
    }

    /**
     * A row ready for {@link #add}: its values (in the table's column order when they are the whole row, else in the
     * order of the columns given), and whether they are already all that H2's INSERT would make them.
     */
    public record Prepared(Value[] values, boolean converted) {
    }
}
