package org.grenier.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.grenier.core.Result;
import org.grenier.core.model.DailySales;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockOnHand;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.ForecastRegistry;
import org.grenier.core.store.ImportLedger;
import org.grenier.core.store.PlanningRecords;
import org.grenier.core.store.SensorLog;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreSummary;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A store open on an H2 file. Writes are serialised by one permit (a semaphore, not a lock, because an import
 * session may be closed by another thread than the one that began it); reads run beside them on H2's
 * multi-version snapshots and never see a write before it commits.
 */
final class H2Store implements Store {

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final JdbcDataSource direct;
    private final boolean created;
    private final Semaphore writePermit = new Semaphore(1, true);
    private final H2ImportLedger imports = new H2ImportLedger(this);
    private final H2SensorLog sensors = new H2SensorLog(this);
    private final H2ForecastRegistry forecasts = new H2ForecastRegistry(this);
    private final H2PlanningRecords planning = new H2PlanningRecords(this);
    private boolean closed;

    H2Store(Path folder, JdbcConnectionPool pool, JdbcDataSource direct, boolean created) {
        this.folder = folder;
        this.pool = pool;
        this.direct = direct;
        this.created = created;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public boolean isNew() {
        return created;
    }

    @Override
    public int schemaVersion() {
        return read(Migrations::currentVersion).orElseThrow();
    }

    @Override
    public Result<StoreSummary> summary() {
        return read(connection -> RecordReader.summary(connection, folder));
    }

    @Override
    public Result<Integer> add(Dataset dataset) {
        return write(connection -> DatasetWriter.write(connection, dataset));
    }

    @Override
    public Result<List<String>> skusSold() {
        return read(RecordReader::skusSold);
    }

    @Override
    public Result<List<SalesObservation>> sales(String skuCode) {
        return read(connection -> RecordReader.sales(connection, skuCode));
    }

    @Override
    public Result<List<DailySales>> dailySales(ZoneId zone) {
        return read(connection -> SalesQueries.daily(connection, zone));
    }

    @Override
    public Result<List<StockOnHand>> stockOnHand() {
        return read(SalesQueries::onHand);
    }

    @Override
    public ForecastRegistry forecasts() {
        return forecasts;
    }

    @Override
    public SensorLog sensors() {
        return sensors;
    }

    @Override
    public PlanningRecords planning() {
        return planning;
    }

    @Override
    public org.grenier.core.store.StoreHealth health() {
        return new H2StoreHealth(this);
    }

    @Override
    public ImportLedger imports() {
        return imports;
    }

    @Override
    public Result<Path> backup(Path file) {
        // Holding the write permit keeps the copy to one consistent moment; readers carry on meanwhile.
        return write(connection -> StoreBackup.write(connection, file));
    }

    @Override
    public Result<List<Sku>> skus(int limit) {
        return read(connection -> RecordReader.skus(connection, limit));
    }

    @Override
    public Result<List<Site>> sites() {
        return read(RecordReader::sites);
    }

    @Override
    public Result<List<StorageUnit>> storageUnits() {
        return read(RecordReader::storageUnits);
    }

    @Override
    public void close() {
        acquireWrite();
        try {
            if (!closed) {
                // Closing the pool's last connection closes the database (DB_CLOSE_DELAY is 0), flushing it to disk.
                pool.dispose();
                OpenStores.closed(folder);
                closed = true;
            }
        } finally {
            releaseWrite();
        }
    }

    void acquireWrite() {
        writePermit.acquireUninterruptibly();
    }

    void releaseWrite() {
        writePermit.release();
    }

    /**
     * A connection of its own, outside the pool, for an import session: the pool's wrapper checks every call, and an
     * import makes a dozen calls per row.
     */
    Connection importConnection() throws SQLException {
        return direct.getConnection();
    }

    <T> Result<T> read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return Result.ok(work.run(connection));
        } catch (SQLException e) {
            return Result.error(H2StoreOpener.describe(folder, e));
        }
    }

    /** Runs one unit of work in its own transaction, holding the write permit: all of it is stored, or none. */
    <T> Result<T> write(SqlWork<T> work) {
        acquireWrite();
        try {
            return append(work);
        } finally {
            releaseWrite();
        }
    }

    /**
     * Runs one unit of work in its own transaction without the write permit, for appends that touch no row another
     * writer could: sensor readings keep flowing while an import holds the permit for minutes.
     */
    <T> Result<T> append(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T value = work.run(connection);
                connection.commit();
                return Result.ok(value);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                return Result.error("Nothing was written to the store: " + e.getMessage());
            }
        } catch (SQLException e) {
            return Result.error(H2StoreOpener.describe(folder, e));
        }
    }

    /** A unit of database work that may fail with an SQL error. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
