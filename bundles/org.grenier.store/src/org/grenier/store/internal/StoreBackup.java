package org.grenier.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.grenier.core.store.StoreSummary;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Backups as H2's own SQL script, deflate-compressed. A script rather than a copy of the file because it restores
 * into any later H2 and schema version: restoring runs the script into a fresh database beside the store, migrates
 * it, and only then swaps it in, so a bad backup never damages the store it was meant to replace.
 */
final class StoreBackup {

    static final String KEPT_SUFFIX = ".before-restore";

    private StoreBackup() {
    }

    static Path write(Connection connection, Path file) throws SQLException {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (PreparedStatement script = connection.prepareStatement("SCRIPT TO ? COMPRESSION DEFLATE")) {
            Files.createDirectories(target.getParent());
            script.setString(1, partial.toString());
            script.execute();
            StoreFolders.protectFile(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new SQLException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // Only a leftover partial file; the error that matters is already on its way.
            }
        }
    }

    /** Builds the restored database in a staging folder and returns what it holds; the store is not touched yet. */
    static StoreSummary stage(Path staging, Path backup, Path finalFolder) throws SQLException, IOException {
        StoreFolders.prepare(staging);
        JdbcDataSource source = H2StoreOpener.dataSource(staging);
        try (Connection connection = source.getConnection()) {
            try (PreparedStatement run = connection.prepareStatement("RUNSCRIPT FROM ?"
                    + (backup.getFileName().toString().endsWith(".sql") ? "" : " COMPRESSION DEFLATE"))) {
                run.setString(1, backup.toAbsolutePath().toString());
                run.execute();
            } catch (SQLException e) {
                throw new SQLException(backup + " is not a Grenier backup that this version can read: "
                        + e.getMessage(), e);
            }
            Migrations.migrate(connection);
            StoreSummary summary = RecordReader.summary(connection, finalFolder);
            connection.createStatement().execute("SHUTDOWN");
            return summary;
        }
    }

    /** Puts the staged database in place of the store's, keeping the replaced file beside it. */
    static void swapIn(Path staging, Path folder) throws IOException {
        Path current = folder.resolve(H2StoreOpener.FILE_NAME + ".mv.db");
        if (Files.exists(current)) {
            Files.move(current, current.resolveSibling(current.getFileName() + KEPT_SUFFIX),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(staging.resolve(H2StoreOpener.FILE_NAME + ".mv.db"), current);
        StoreFolders.protectFile(current);
    }

    static void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A staging folder left behind is harmless and named as such.
        }
    }
}
