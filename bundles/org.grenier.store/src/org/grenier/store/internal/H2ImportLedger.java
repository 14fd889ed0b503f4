package org.grenier.store.internal;

import static org.grenier.store.internal.StoreTimes.instant;
import static org.grenier.store.internal.StoreTimes.optionalInstant;
import static org.grenier.store.internal.StoreTimes.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.grenier.core.Result;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.ProfileText;
import org.grenier.core.store.BatchStart;
import org.grenier.core.store.ImportBatch;
import org.grenier.core.store.ImportLedger;
import org.grenier.core.store.ImportSession;
import org.grenier.core.store.RowOutcome;
import org.h2.api.ErrorCode;

/** Import batches and saved profiles in the H2 store. */
final class H2ImportLedger implements ImportLedger {

    private static final String BATCH_COLUMNS = "id, file_name, file_sha256, profile_name, target, file_format, "
            + "imported_at, accepted, rejected, already_stored, created_codes, rejected_file, undone_at";

    private final H2Store store;

    H2ImportLedger(H2Store store) {
        this.store = store;
    }

    @Override
    public Result<ImportSession> begin(BatchStart start, Consumer<RowOutcome> listener) {
        store.acquireWrite();
        Connection connection = null;
        try {
            connection = store.importConnection();
            connection.setAutoCommit(false);
            long batchId = insertBatch(connection, start);
            return Result.ok(new H2ImportSession(connection, store::releaseWrite, batchId, listener,
                    H2ImportSession.readCodes(connection), start.profile().target()));
        } catch (SQLException | RuntimeException e) {
            // The write lock goes back whatever failed: kept, it would stop every later writer and the store's close.
            closeQuietly(connection);
            store.releaseWrite();
            if (e instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            return Result.error("Cannot begin the import of " + start.file() + ": " + e.getMessage());
        }
    }

    private static long insertBatch(Connection connection, BatchStart start) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_batch (file_name, "
                + "file_sha256, file_bytes, profile_name, target, file_format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, start.file());
            insert.setString(2, start.fileSha256());
            insert.setLong(3, start.fileBytes());
            insert.setString(4, start.profile().name());
            insert.setString(5, start.profile().target().name());
            insert.setString(6, start.format());
            insert.setObject(7, utc(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public Result<List<ImportBatch>> batches() {
        return store.read(connection -> {
            List<ImportBatch> batches = new ArrayList<>();
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT " + BATCH_COLUMNS + " FROM import_batch ORDER BY id DESC");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batches.add(batch(rows));
                }
            }
            return batches;
        });
    }

    static ImportBatch batch(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + BATCH_COLUMNS + " FROM import_batch WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("there is no import batch " + id);
                }
                return batch(rows);
            }
        }
    }

    private static ImportBatch batch(ResultSet rows) throws SQLException {
        return new ImportBatch(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                ImportTarget.valueOf(rows.getString(5)), rows.getString(6), instant(rows, 7), rows.getLong(8),
                rows.getLong(9), rows.getLong(10), rows.getLong(11), Optional.ofNullable(rows.getString(12)),
                optionalInstant(rows, 13));
    }

    @Override
    public Result<ImportBatch> undo(long batchId) {
        return store.write(connection -> {
            ImportBatch batch = batch(connection, batchId);
            if (batch.undone()) {
                throw new SQLException("import " + batchId + " of " + batch.file() + " was already undone");
            }
            for (String table : ImportTables.tablesUndoneFirst()) {
                if (table.equals("sku")) {
                    checkNoSalesUseCodesOf(connection, batchId);
                }
                // Table names come from a fixed list, never from input.
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE batch_id = ?")) {
                    delete.setLong(1, batchId);
                    delete.executeUpdate();
                } catch (SQLException e) {
                    if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1) {
                        throw new SQLException("import " + batchId + " created " + table + " records that later "
                                + "imports use; undo those imports first", e);
                    }
                    throw e;
                }
            }
            try (PreparedStatement mark = connection
                    .prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
                mark.setObject(1, utc(Instant.now()));
                mark.setLong(2, batchId);
                mark.executeUpdate();
            }
            return batch(connection, batchId);
        });
    }

    /** Sales lines name products and sites without foreign keys (see the V2 migration), so undo checks by hand. */
    private static void checkNoSalesUseCodesOf(Connection connection, long batchId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT MIN(batch_id), COUNT(*) FROM sales_line "
                + "WHERE sku_code IN (SELECT code FROM sku WHERE batch_id = ?) OR site_code IN "
                + "(SELECT code FROM site WHERE batch_id = ?)")) {
            count.setLong(1, batchId);
            count.setLong(2, batchId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getLong(2) > 0) {
                    throw new SQLException("import " + batchId + " created products or sites that " + rows.getLong(2)
                            + " sales lines of later imports (import " + rows.getLong(1) + " and after) use; undo "
                            + "those imports first");
                }
            }
        }
    }

    @Override
    public Result<List<MappingProfile>> savedProfiles() {
        return store.read(connection -> {
            List<MappingProfile> profiles = new ArrayList<>();
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT name, definition FROM import_profile ORDER BY name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Result<MappingProfile> parsed = ProfileText.parse(rows.getString(2), "'" + rows.getString(1) + "'");
                    if (!parsed.failed()) {
                        profiles.add(parsed.value());
                    }
                }
            }
            return profiles;
        });
    }

    @Override
    public Result<MappingProfile> saveProfile(MappingProfile profile) {
        return store.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO import_profile (name, target, "
                    + "definition, updated_at) KEY (name) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, profile.name());
                merge.setString(2, profile.target().name());
                merge.setString(3, ProfileText.write(profile));
                merge.setObject(4, utc(Instant.now()));
                merge.executeUpdate();
            }
            return profile;
        });
    }

    @Override
    public Result<Boolean> deleteProfile(String name) {
        return store.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_profile WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
