package org.grenier.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.grenier.core.Result;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.core.store.StoreSummary;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.component.annotations.Component;

/** Opens Grenier stores as embedded H2 file databases: no server, no port, no web console. */
@Component(service = StoreOpener.class)
public class H2StoreOpener implements StoreOpener {

    static final String FILE_NAME = "grenier";

    static {
        // Every use of H2 in Grenier starts from this class: the store, its backup and restore, the tests.
        H2ValueCache.chooseForThisHeap();
    }

    @Override
    public Path defaultFolder() {
        return StoreFolders.defaultFolder();
    }

    @Override
    public Result<Store> open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            StoreFolders.prepare(absolute);
        } catch (IOException e) {
            return Result.error("Cannot create the store folder " + absolute + ": " + e.getMessage());
        }
        JdbcDataSource source = dataSource(absolute);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        try (Connection connection = pool.getConnection()) {
            int before = Migrations.migrate(connection);
            StoreFolders.protectFiles(absolute);
            OpenStores.opened(absolute);
            return Result.ok(new H2Store(absolute, pool, source, before == 0));
        } catch (SQLException e) {
            pool.dispose();
            return Result.error(describe(absolute, e));
        } catch (IOException e) {
            pool.dispose();
            return Result.error("Cannot protect the store files in " + absolute + ": " + e.getMessage());
        }
    }

    @Override
    public Result<StoreSummary> restore(Path folder, Path backup) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
            return Result.error("The backup " + backup + " does not exist or cannot be read.");
        }
        Result<Boolean> free = checkNotInUse(absolute);
        if (free.failed()) {
            return Result.error(free.message());
        }
        Path staging = absolute.resolve("restore-in-progress");
        StoreBackup.deleteFolder(staging);
        try {
            StoreSummary summary = StoreBackup.stage(staging, backup, absolute);
            StoreBackup.swapIn(staging, absolute);
            return Result.ok(summary);
        } catch (SQLException e) {
            return Result.error("The store in " + absolute + " was left as it was. " + e.getMessage());
        } catch (IOException e) {
            return Result.error("The store in " + absolute + " was left as it was: cannot restore " + backup + ": "
                    + e.getMessage());
        } finally {
            StoreBackup.deleteFolder(staging);
        }
    }

    @Override
    public boolean holdsStore(Path folder) {
        return Files.isRegularFile(folder.toAbsolutePath().normalize().resolve(FILE_NAME + ".mv.db"));
    }

    @Override
    public Result<Path> erase(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Result<Boolean> free = checkNotInUse(absolute);
        if (free.failed()) {
            return Result.error(free.message());
        }
        try {
            for (String suffix : new String[] { ".mv.db", ".trace.db", ".lock.db" }) {
                Files.deleteIfExists(absolute.resolve(FILE_NAME + suffix));
            }
            return Result.ok(absolute);
        } catch (IOException e) {
            return Result.error("Cannot delete the store in " + absolute + ": " + e.getMessage());
        }
    }

    /** A store another window or command has open must not have its file swapped underneath it. */
    private static Result<Boolean> checkNotInUse(Path folder) {
        if (OpenStores.isOpen(folder)) {
            return Result.error("The store in " + folder + " is open in this Grenier; close it before restoring.");
        }
        if (!Files.exists(folder.resolve(FILE_NAME + ".mv.db"))) {
            return Result.ok(true);
        }
        JdbcDataSource source = dataSource(folder);
        source.setURL(source.getURL() + ";IFEXISTS=TRUE");
        try (Connection connection = source.getConnection()) {
            return Result.ok(true);
        } catch (SQLException e) {
            return Result.error(describe(folder, e));
        }
    }

    static JdbcDataSource dataSource(Path folder) {
        JdbcDataSource source = new JdbcDataSource();
        // IFEXISTS is off so a first start creates the store; DB_CLOSE_ON_EXIT is off because Store.close() owns that.
        // Pages split at 32 KB rather than H2's 16: a million-line import ran about 6 % faster (fewer pages to copy,
        // write and read back at commit), in 2 GB and in 256 MB alike (docs/BENCHMARKS.md, "Import: each value made once").
        // A page cache of 4 MB rather than H2's 16: the big tables (sales lines, sensor samples) outgrow either, and an
        // import reads its pages once more, at its commit. Pages kept longer only outlived young collections: the same
        // import ran 4-8 % faster in 2 GB and 7-12 % in 256 MB, the collector's time down by a third
        // (docs/BENCHMARKS.md, 2026-11-22, fourth session).
        source.setURL("jdbc:h2:file:" + folder.resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;PAGE_SIZE=32768"
                + ";CACHE_SIZE=4096");
        source.setUser("grenier");
        source.setPassword("");
        return source;
    }

    static String describe(Path folder, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return "The store in " + folder + " is already open in another Grenier window or command. "
                    + "Close it and try again.";
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return "The store file in " + folder + " is damaged; restore it from a backup.";
        }
        return "Cannot open the store in " + folder + ": " + e.getMessage();
    }
}
