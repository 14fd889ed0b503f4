package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.core.store.StoreSummary;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store written by an older Grenier, and backups restored over a store, on real H2 files. */
class StoreUpgradeBackupTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void aVersionOneStoreIsUpgradedWithItsDataKept() throws SQLException {
        Path old = folder.resolve("old");
        try (Connection connection = H2StoreOpener.dataSource(old).getConnection();
                Statement sql = connection.createStatement()) {
            Migrations.migrate(connection, 1);
            sql.execute("INSERT INTO site VALUES ('VAL', 'Coopérative du Val', NULL)");
            sql.execute("INSERT INTO sku VALUES ('BLE', 'Blé', NULL, 'AGRICULTURE', 'q', NULL, 19.5, 24)");
            sql.execute("INSERT INTO sales_line (sold_at, sku_code, site_code, quantity) VALUES "
                    + "(TIMESTAMP WITH TIME ZONE '2024-05-01 10:00:00+00', 'BLE', 'VAL', 12)");
            sql.execute("SHUTDOWN");
        }
        try (Store store = opener.open(old).orElseThrow()) {
            assertFalse(store.isNew());
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals(0, new BigDecimal("12").compareTo(store.sales("BLE").orElseThrow().get(0).quantity()));
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.STOCK_LEVEL), "the new tables exist");
            assertTrue(store.imports().batches().orElseThrow().isEmpty());
            assertTrue(store.sensors().alerts(false, 10).orElseThrow().isEmpty(), "version 3's tables exist");
        }
    }

    @Test
    void aBackupRestoresTheStoreAsItWas() throws IOException {
        Path backup = folder.resolve("backups/grenier.sql.zip");
        StoreSummary before;
        try (Store store = opener.open(folder.resolve("store")).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            before = store.summary().orElseThrow();
            assertEquals(backup, store.backup(backup).orElseThrow());
            store.add(new org.grenier.core.store.Dataset(List.of(), List.of(new org.grenier.core.model.Site("NEW",
                    "Nouveau site", null)), List.of(), List.of(), List.of(), List.of())).orElseThrow();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        StoreSummary restored = opener.restore(folder.resolve("store"), backup).orElseThrow();
        assertEquals(before.counts(), restored.counts());
        assertTrue(Files.exists(folder.resolve("store/grenier.mv.db" + StoreBackup.KEPT_SUFFIX)));
        try (Store store = opener.open(folder.resolve("store")).orElseThrow()) {
            assertEquals(before.counts(), store.summary().orElseThrow().counts());
            assertEquals(before.count(RecordKind.SITE), store.sites().orElseThrow().size(), "the later site is gone");
        }
    }

    @Test
    void erasingRefusesAnOpenStoreAndLeavesTheRestOfTheFolder() throws IOException {
        Path demo = folder.resolve("demo");
        Path kept = Files.writeString(Files.createDirectories(demo).resolve("notes.txt"), "mine");
        assertFalse(opener.holdsStore(demo));
        try (Store store = opener.open(demo).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            assertTrue(opener.holdsStore(demo));
            Result<Path> refused = opener.erase(demo);
            assertTrue(refused.failed());
            assertTrue(refused.message().contains("is open in this Grenier"), refused.message());
        }
        assertEquals(demo, opener.erase(demo).orElseThrow());
        assertFalse(opener.holdsStore(demo));
        assertEquals("mine", Files.readString(kept), "only the store's own files go");
        try (Store store = opener.open(demo).orElseThrow()) {
            assertTrue(store.isNew());
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.SALES_LINE));
        }
    }

    @Test
    void aDamagedBackupLeavesTheStoreUntouched() throws IOException {
        Path bad = Files.writeString(folder.resolve("not-a-backup.zip"), "this is not a backup");
        try (Store store = opener.open(folder.resolve("store")).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
        }
        Result<StoreSummary> restored = opener.restore(folder.resolve("store"), bad);
        assertTrue(restored.failed());
        assertTrue(restored.message().contains("was left as it was"), restored.message());
        assertTrue(restored.message().contains("not-a-backup.zip is not a Grenier backup"), restored.message());
        try (Store store = opener.open(folder.resolve("store")).orElseThrow()) {
            assertEquals(DemoDataset.create().skus().size(), store.summary().orElseThrow().count(RecordKind.SKU));
        }
        assertFalse(Files.exists(folder.resolve("store/restore-in-progress")));
    }

    @Test
    void aStoreInUseIsNotReplaced() throws IOException {
        Path backup = folder.resolve("b.zip");
        try (Store store = opener.open(folder.resolve("store")).orElseThrow()) {
            store.backup(backup).orElseThrow();
            Result<StoreSummary> restored = opener.restore(folder.resolve("store"), backup);
            assertTrue(restored.failed());
            assertTrue(restored.message().contains("is open in this Grenier; close it before restoring"), restored.message());
        }
    }
}
