package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.core.store.StoreSummary;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store through its Declarative Services component, on real H2 files. */
class H2StoreTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void createsClosesAndReopensAFileDatabaseWithTheMigratedSchema() {
        Path storeFolder = folder.resolve("nested/store");
        try (Store store = opener.open(storeFolder).orElseThrow()) {
            assertTrue(store.isNew());
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
        assertTrue(Files.exists(storeFolder.resolve("grenier.mv.db")), "the store is a file database");
        try (Store store = opener.open(storeFolder).orElseThrow()) {
            assertFalse(store.isNew(), "reopening finds the store created before");
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertTrue(store.summary().orElseThrow().isEmpty());
        }
    }

    @Test
    void keepsWhatWasWrittenAcrossReopening() {
        try (Store store = opener.open(folder).orElseThrow()) {
            Result<Integer> added = store.add(DemoDataset.create());
            assertEquals(DemoDataset.create().size(), added.orElseThrow());
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            StoreSummary summary = store.summary().orElseThrow();
            Dataset demo = DemoDataset.create();
            assertEquals(demo.skus().size(), summary.count(RecordKind.SKU));
            assertEquals(demo.sales().size(), summary.count(RecordKind.SALES_LINE));
            assertEquals(demo.readings().size(), summary.count(RecordKind.SENSOR_READING));
            List<Sku> expected = demo.skus().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
            List<Sku> stored = store.skus(100).orElseThrow();
            assertEquals(expected.size(), stored.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).code(), stored.get(i).code());
                assertEquals(expected.get(i).name(), stored.get(i).name(), "accents survive the round trip");
                assertEquals(expected.get(i).shelfLifeDays(), stored.get(i).shelfLifeDays());
                assertEquals(0, expected.get(i).price().compareTo(stored.get(i).price()), expected.get(i).code());
            }
            assertEquals(demo.storageUnits().size(), store.storageUnits().orElseThrow().size());
        }
    }

    @Test
    void writesAllOfADatasetOrNoneOfIt() {
        Dataset demo = DemoDataset.create();
        StorageUnit orphan = new StorageUnit("NOWHERE-1", "NO-SUCH-SITE", "Orphan", StorageType.SHELF, 10, "u");
        Dataset broken = new Dataset(demo.skus(), demo.sites(), List.of(orphan), List.of(), demo.sales(), List.of());
        try (Store store = opener.open(folder).orElseThrow()) {
            Result<Integer> added = store.add(broken);
            assertTrue(added.failed());
            assertTrue(added.message().startsWith("Nothing was written to the store"), added.message());
            assertTrue(store.summary().orElseThrow().isEmpty(), "the products and sites before the bad row are gone");
        }
    }

    @Test
    void keepsTheStoreFilesToTheirOwner() throws IOException {
        opener.open(folder.resolve("private")).orElseThrow().close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("private"))));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("private/grenier.mv.db"))));
    }

    @Test
    void refusesAStoreWrittenByANewerGrenier() throws SQLException {
        opener.open(folder).orElseThrow().close();
        var source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL("jdbc:h2:file:" + folder.resolve("grenier"));
        source.setUser("grenier");
        try (Connection connection = source.getConnection()) {
            connection.createStatement().execute("INSERT INTO schema_version (version, script) VALUES (99, 'future')");
        }
        Result<Store> opened = opener.open(folder);
        assertTrue(opened.failed());
        assertTrue(opened.message().contains("open it with a newer Grenier"), opened.message());
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"),
                Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"));
    }
}
