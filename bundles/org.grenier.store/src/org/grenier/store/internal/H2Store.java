package org.grenier.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.grenier.core.Result;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreSummary;
import org.h2.jdbcx.JdbcConnectionPool;

/** A store open on an H2 file. Writes are serialised; reads run beside them on H2's multi-version snapshots. */
final class H2Store implements Store {

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final boolean created;
    private final ReentrantLock writeLock = new ReentrantLock();

    H2Store(Path folder, JdbcConnectionPool pool, boolean created) {
        this.folder = folder;
        this.pool = pool;
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
        return read(connection -> {
            Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
            for (RecordKind kind : RecordKind.values()) {
                counts.put(kind, RecordReader.count(connection, kind));
            }
            return new StoreSummary(folder, Migrations.currentVersion(connection), counts);
        });
    }

    @Override
    public Result<Integer> add(Dataset dataset) {
        writeLock.lock();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int written = DatasetWriter.write(connection, dataset);
                connection.commit();
                return Result.ok(written);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                return Result.error("Nothing was written to the store: " + e.getMessage());
            }
        } catch (SQLException e) {
            return Result.error(H2StoreOpener.describe(folder, e));
        } finally {
            writeLock.unlock();
        }
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
        writeLock.lock();
        try {
            // Closing the pool's last connection closes the database (DB_CLOSE_DELAY is 0), flushing it to disk.
            pool.dispose();
        } finally {
            writeLock.unlock();
        }
    }

    private <T> Result<T> read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return Result.ok(work.run(connection));
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
