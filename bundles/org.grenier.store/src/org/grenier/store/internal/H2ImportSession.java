package org.grenier.store.internal;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.store.ImportBatch;
import org.grenier.core.store.ImportSession;
import org.grenier.core.store.RowOutcome;
import org.grenier.core.store.StoreException;
import org.grenier.store.h2.EngineInsert;

/**
 * An import's single transaction. Rows are inserted in batches with "insert unless the key is stored", so a
 * re-imported row, or one repeated in the file, is found by the database's own index rather than by a set in memory
 * that would grow with the file. Tables with a unique index on the key are written through H2's engine
 * ({@link EngineInsert}); the others through a JDBC statement that looks for the key first.
 */
final class H2ImportSession implements ImportSession {

    static final int BATCH_SIZE = 1000;

    private final Connection connection;
    private final Runnable release;
    /** Boxed once: it goes into every row. */
    private final Long batchId;
    private final Consumer<RowOutcome> listener;
    private final Codes codes;
    private final List<Ready> pending = new ArrayList<>(BATCH_SIZE);
    private final ImportTables tables;
    private final EngineInsert engine;
    private final PreparedStatement insert;
    private final PreparedStatement find;
    private boolean finished;

    /** The codes the store holds, read once: catalogues are small next to the files that name them. */
    record Codes(Set<String> skus, Set<String> sites, Set<String> storageUnits) {
    }

    H2ImportSession(Connection connection, Runnable release, long batchId, Consumer<RowOutcome> listener, Codes codes,
            ImportTarget target) throws SQLException {
        this.connection = connection;
        this.release = release;
        this.batchId = batchId;
        this.listener = listener;
        this.codes = codes;
        this.tables = ImportTables.of(target);
        // A sales line's key holds 47 bits of its content key already, and the whole content key is worked out again
        // from the stored values in the rare case that a line meets a stored one (StoredKeys): it is stored only when
        // those values are not exactly the file's (rounded to the column's scale), which spares 9 bytes a line.
        this.engine = tables.uniqueIndexOnKey() ? new EngineInsert(connection, tables.table(), tables.insertColumns(),
                tables.hasLineKey() ? "row_key" : null, tables.columns().size()) : null;
        this.insert = engine == null ? connection.prepareStatement(tables.insert()) : null;
        this.find = connection.prepareStatement(tables.findExisting());
    }

    static Codes readCodes(Connection connection) throws SQLException {
        return new Codes(codes(connection, "sku"), codes(connection, "site"), codes(connection, "storage_unit"));
    }

    /** Concurrent sets: an import checks codes on its reading thread while this session adds them on its own. */
    private static Set<String> codes(Connection connection, String table) throws SQLException {
        Set<String> codes = ConcurrentHashMap.newKeySet();
        try (PreparedStatement select = connection.prepareStatement("SELECT code FROM " + table);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    @Override
    public long batchId() {
        return batchId;
    }

    @Override
    public boolean hasSku(String code) {
        return codes.skus().contains(code);
    }

    @Override
    public boolean hasSite(String code) {
        return codes.sites().contains(code);
    }

    @Override
    public boolean hasStorageUnit(String code) {
        return codes.storageUnits().contains(code);
    }

    @Override
    public void createSku(Sku sku) {
        String sql = "INSERT INTO sku (code, name, category, sector, unit, shelf_life_days, unit_cost, price, batch_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Object[] values = { sku.code(), sku.name(), sku.category(), sku.sector().name(), sku.unit(),
                    sku.shelfLifeDays(), sku.unitCost(), sku.price(), batchId };
            bind(statement, values, 1);
            statement.executeUpdate();
            codes.skus().add(sku.code());
        } catch (SQLException e) {
            throw new StoreException("cannot create product " + sku.code(), e);
        }
    }

    @Override
    public void createSite(Site site) {
        try (PreparedStatement statement = connection
                .prepareStatement("INSERT INTO site (code, name, region, batch_id) VALUES (?, ?, ?, ?)")) {
            bind(statement, new Object[] { site.code(), site.name(), site.region(), batchId }, 1);
            statement.executeUpdate();
            codes.sites().add(site.code());
        } catch (SQLException e) {
            throw new StoreException("cannot create site " + site.code(), e);
        }
    }

    /**
     * A row's column values: H2's own values where the engine inserts them, plain ones for a JDBC statement. Made on
     * the thread that reads the file: making H2's values (each goes through H2's shared value cache) was the largest
     * part of the writing thread after the engine's own insert.
     */
    record Ready(StagedRow staged, Object[] columns, EngineInsert.Prepared prepared) implements ReadyRow {
    }

    @Override
    public ReadyRow ready(StagedRow row) {
        if (row.target() != tables.target()) {
            throw new IllegalArgumentException("a " + row.target() + " row in an import of " + tables.target());
        }
        Object[] columns = columnValues(row);
        return new Ready(row, columns, engine != null ? engine.prepare(columns) : null);
    }

    @Override
    public void add(ReadyRow row) {
        pending.add((Ready) row);
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            report(engine != null ? new BatchResult(engine.add(engineRows()), null) : execute());
            pending.clear();
        } catch (SQLException e) {
            throw new StoreException("cannot write lines " + pending.get(0).staged().line() + " to "
                    + pending.get(pending.size() - 1).staged().line(), e);
        }
    }

    private List<EngineInsert.Prepared> engineRows() {
        List<EngineInsert.Prepared> rows = new ArrayList<>(pending.size());
        for (Ready row : pending) {
            rows.add(row.prepared());
        }
        return rows;
    }

    /** A row's values in the order of {@link ImportTables#insertColumns()}. */
    private Object[] columnValues(StagedRow row) {
        Object[] fields = row.values();
        Object[] values = new Object[fields.length + ImportTables.TRACE_COLUMNS.size() + (tables.hasLineKey() ? 1 : 0)];
        System.arraycopy(fields, 0, values, 0, fields.length);
        int next = fields.length;
        values[next++] = batchId;
        values[next++] = row.key();
        values[next++] = row.line();
        values[next++] = row.extras();
        if (tables.hasLineKey()) {
            values[next] = lineKey((Instant) fields[0], row.key());
        }
        return values;
    }

    /**
     * Runs a JDBC batch, for tables without a unique index on the key: each insert checks for the key itself, and a
     * row already stored comes back with a count of 0.
     */
    private BatchResult execute() throws SQLException {
        for (Ready row : pending) {
            bindKey(insert, row.staged(), bind(insert, row.columns(), 1));
            insert.addBatch();
        }
        try {
            return BatchResult.of(insert.executeBatch(), null);
        } catch (BatchUpdateException e) {
            int[] counts = e.getUpdateCounts();
            if (counts == null || counts.length != pending.size()) {
                throw e;
            }
            return BatchResult.of(counts, e);
        }
    }

    private record BatchResult(boolean[] added, SQLException failure) {

        static BatchResult of(int[] counts, SQLException failure) {
            boolean[] added = new boolean[counts.length];
            for (int i = 0; i < counts.length; i++) {
                added[i] = counts[i] > 0;
            }
            return new BatchResult(added, failure);
        }
    }

    private void report(BatchResult result) throws SQLException {
        for (int i = 0; i < pending.size(); i++) {
            StagedRow row = pending.get(i).staged();
            if (result.added()[i]) {
                listener.accept(RowOutcome.added(row.line()));
                continue;
            }
            RowOutcome outcome = existing(row);
            if (outcome == null) {
                // Refused for another reason than its key: a real error, reported with the first failure's cause.
                throw result.failure() != null ? result.failure() : new SQLException("line " + row.line()
                        + " was not written");
            }
            listener.accept(outcome);
        }
    }

    private RowOutcome existing(StagedRow row) throws SQLException {
        bindKey(find, row, 1);
        try (ResultSet rows = find.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long storedKey = rows.getObject(1) != null ? rows.getLong(1)
                    : StoredKeys.contentKey(rows, 4, tables.target().fields());
            long storedBatch = rows.getLong(2);
            long storedLine = rows.getLong(3);
            RowOutcome.Kind kind = storedKey != row.key() ? RowOutcome.Kind.CONFLICT
                    : storedBatch == batchId ? RowOutcome.Kind.REPEATED_IN_FILE : RowOutcome.Kind.ALREADY_STORED;
            return new RowOutcome(row.line(), kind, storedBatch, storedLine);
        }
    }

    private void bindKey(PreparedStatement statement, StagedRow row, int first) throws SQLException {
        int index = first;
        for (String column : tables.keyColumns()) {
            int position = tables.valueIndex(column);
            Object value = position >= 0 ? row.values()[position]
                    : column.equals("line_key") ? lineKey((Instant) row.values()[0], row.key()) : row.key();
            setValue(statement, index++, value);
        }
    }

    /**
     * A sales line's primary key: its day since 1970 in the top 16 bits, 47 bits of its content key below. Lines of
     * one day share the top bits, so a file sorted by date inserts near the end of the table's tree. Two different
     * lines of one day share a key with odds near n²/2^48 for n lines that day; that rare case is told apart from a
     * true repeat by the full content key and rejected as a conflict, never dropped silently.
     */
    static long lineKey(Instant soldAt, long rowKey) {
        long day = Math.floorDiv(soldAt.getEpochSecond(), 86_400L);
        if (day < 0 || day >= 1L << 16) {
            throw new IllegalArgumentException("a sale must be dated between 1970 and 2149, was " + soldAt);
        }
        return day << 47 | rowKey & (1L << 47) - 1;
    }

    private static int bind(PreparedStatement statement, Object[] values, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            setValue(statement, index++, value);
        }
        return index;
    }

    /**
     * Plain type tests rather than a pattern switch: this runs for every value of every row on the writing thread,
     * and JFR showed the switch's type dispatch at 6 % of that thread.
     */
    private static void setValue(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value == null) {
            statement.setObject(index, null);
        } else {
            statement.setString(index, value.toString());
        }
    }

    @Override
    public ImportBatch commit(BatchTotals totals) {
        flush();
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_batch SET accepted = ?, "
                + "rejected = ?, already_stored = ?, created_codes = ?, rejected_file = ?, file_sha256 = ? "
                + "WHERE id = ?")) {
            bind(update, new Object[] { totals.accepted(), totals.rejected(), totals.alreadyStored(),
                    totals.createdCodes(), totals.rejectedFile(), totals.fileSha256(), batchId }, 1);
            update.executeUpdate();
            ImportBatch batch = H2ImportLedger.batch(connection, batchId);
            connection.commit();
            finished = true;
            return batch;
        } catch (SQLException e) {
            throw new StoreException("cannot commit import batch " + batchId, e);
        }
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                connection.rollback();
            }
            closeStatements();
            connection.close();
        } catch (SQLException e) {
            // The connection is going away either way; an uncommitted transaction dies with it.
        } finally {
            release.run();
        }
    }

    private void closeStatements() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        find.close();
    }
}
