package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.model.Sector;
import org.grenier.core.model.Sku;
import org.grenier.core.store.BatchStart;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.ImportSession;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.RowOutcome;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreException;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import session is all or nothing: readers never wait for it nor see it early, other writers wait. Sales lines
 * are written committed as they go, hidden until their batch is published, so these tests look at every way of
 * reading while an import's lines are in the table.
 */
class ImportSessionTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void readersAreNotBlockedAndSeeNothingUntilTheCommit() throws Exception {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            long sales = store.summary().orElseThrow().count(RecordKind.SALES_LINE);
            List<RowOutcome> outcomes = new ArrayList<>();
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            Seen before;
            CompletableFuture<Integer> otherWrite;
            // closed even when an assertion fails, or the store could not close: the session holds its write lock
            try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile,
                    "csv"), outcomes::add).orElseThrow()) {
                session.createSku(new Sku("NEW-1", "Nouveau", null, Sector.RETAIL, "kg", null, null, null));
                for (int i = 0; i < 5000; i++) {
                    session.add(sale(i));
                }
                session.flush();
                assertEquals(5000, linesOfBatch(store, session.batchId()), "written committed, in the table but not "
                        + "published");
                before = CompletableFuture.supplyAsync(() -> Seen.of(store)).get(5, TimeUnit.SECONDS);
                assertEquals(sales, before.sales(), "a reader sees the store as it was before the import");
                assertEquals(sales, before.healthVolume());
                assertEquals(0, before.batches());
                assertFalse(before.skus().contains("NEW-1"), "a product the import made waits for its publishing");
                otherWrite = CompletableFuture.supplyAsync(() -> store.add(new Dataset(List.of(), List.of(
                        new org.grenier.core.model.Site("LATER", "Later", null)), List.of(), List.of(), List.of(),
                        List.of())).orElseThrow());
                Thread.sleep(300);
                assertFalse(otherWrite.isDone(), "a second writer waits for the import to commit");
                session.commit(new ImportSession.BatchTotals(5000, 0, 0, 0, null, "0".repeat(64)));
            }
            assertEquals(1, otherWrite.get(5, TimeUnit.SECONDS));
            Seen after = Seen.of(store);
            assertEquals(sales + 5000, after.sales());
            assertEquals(sales + 5000, after.healthVolume());
            assertEquals(before.salesOfBleT1() + 5000, after.salesOfBleT1());
            assertEquals(before.dailyQuantity() + quantityOfSales(0, 5000), after.dailyQuantity(), 1e-6);
            assertEquals(1, after.batches());
            assertTrue(after.skus().contains("NEW-1"));
            assertEquals(5000, outcomes.size());
            assertTrue(outcomes.stream().allMatch(o -> o.kind() == RowOutcome.Kind.ADDED));
        }
    }

    @Test
    void closingWithoutCommitLeavesNothing() {
        long batch;
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            long sales = store.summary().orElseThrow().count(RecordKind.SALES_LINE);
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile,
                    "csv"), outcome -> { }).orElseThrow()) {
                for (int i = 0; i < 2500; i++) {
                    session.add(sale(i));
                }
                session.flush();
                batch = session.batchId();
                assertEquals(2500, linesOfBatch(store, batch), "written committed");
            }
            assertEquals(sales, store.summary().orElseThrow().count(RecordKind.SALES_LINE));
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.IMPORT_BATCH));
            assertEquals(0, linesOfBatch(store, batch), "the lines written were removed");
        }
    }

    /** Sales lines go in through H2's engine: its unique key still tells repeats and stored rows apart. */
    @Test
    void rowsAlreadyStoredOrRepeatedAreToldApartAndTheRestIsStoredAsGiven() {
        try (Store store = opener.open(folder).orElseThrow()) {
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            long first = importSales(store, profile, 0, 1500, new ArrayList<>());
            List<RowOutcome> outcomes = new ArrayList<>();
            try (ImportSession session = store.imports().begin(new BatchStart("g.csv", "1".repeat(64), 10, profile,
                    "csv"), outcomes::add).orElseThrow()) {
                for (int i = 1000; i < 3000; i++) {
                    session.add(sale(i));
                }
                session.add(sale(2500));
                session.commit(new ImportSession.BatchTotals(1500, 0, 501, 0, null, "1".repeat(64)));
            }
            assertEquals(2001, outcomes.size());
            RowOutcome stored = outcomes.get(0);
            assertEquals(RowOutcome.Kind.ALREADY_STORED, stored.kind());
            assertEquals(first, stored.existingBatch());
            assertEquals(1002, stored.existingLine(), "the line the row was stored from, in the first file");
            assertEquals(500, outcomes.stream().filter(o -> o.kind() == RowOutcome.Kind.ALREADY_STORED).count());
            assertEquals(1500, outcomes.stream().filter(o -> o.kind() == RowOutcome.Kind.ADDED).count());
            RowOutcome repeated = outcomes.get(2000);
            assertEquals(RowOutcome.Kind.REPEATED_IN_FILE, repeated.kind());
            assertEquals(2502, repeated.existingLine());
            List<org.grenier.core.model.SalesObservation> sales = store.sales("BLE-T1").orElseThrow();
            assertEquals(3000, sales.size());
            org.grenier.core.model.SalesObservation last = sales.stream().filter(s -> s.at().equals(Instant.parse(
                    "2026-01-01T10:00:00Z").plusSeconds(2999))).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("4.125").compareTo(last.quantity()), last.quantity().toString());
            assertEquals("VAL", last.siteCode());
        }
    }

    /** A value the table refuses (a code longer than its column) fails the lines it was in, and nothing stays. */
    @Test
    void aRowTheTableRefusesFailsWithItsLinesAndLeavesNothing() {
        long batch;
        try (Store store = opener.open(folder).orElseThrow()) {
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile,
                    "csv"), outcome -> { }).orElseThrow()) {
                for (int i = 0; i < 1500; i++) {
                    session.add(sale(i));
                }
                session.add(new StagedRow(ImportTarget.SALES_LINE, 1502, new Object[] { Instant.parse(
                        "2026-02-01T10:00:00Z"), "X".repeat(65), null, BigDecimal.ONE, null, null, null, null }, null));
                StoreException refused = assertThrows(StoreException.class, session::flush);
                assertTrue(refused.getMessage().contains("lines 1002 to 1502"), refused.getMessage());
                batch = session.batchId();
                assertEquals(1500, linesOfBatch(store, batch), "every line before the refused one went in");
            }
            assertEquals(0, linesOfBatch(store, batch), "and was removed");
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.SALES_LINE));
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.IMPORT_BATCH));
        }
    }

    /**
     * The engine makes a row's values itself, by H2's constructors rather than its factories: they must be the values
     * H2's own INSERT stores for the same input (scale, rounding, time precision, accents).
     */
    @Test
    void rowsGoInAsH2sOwnInsertStoresThem() throws SQLException {
        Instant at = Instant.parse("2026-03-04T05:06:07.123456789Z");
        Object[] values = { at, "BLE-T1", "VAL", new BigDecimal("4"), new BigDecimal("12.34567"), "Coopérative",
                "Île-de-France", "CMD-0000001" };
        try (Store store = opener.open(folder).orElseThrow()) {
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 1, profile,
                    "csv"), outcome -> { }).orElseThrow()) {
                session.add(new StagedRow(ImportTarget.SALES_LINE, 2, values, null));
                session.commit(new ImportSession.BatchTotals(1, 0, 0, 0, null, "0".repeat(64)));
            }
        }
        String columns = "sold_at, sku_code, site_code, quantity, amount, customer, delivery_zone, order_ref";
        try (Connection connection = H2StoreOpener.dataSource(folder).getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO sales_line (line_key, " + columns
                        + ") VALUES (-1, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement select = connection.prepareStatement("SELECT " + columns
                        + " FROM sales_line ORDER BY line_key")) {
            insert.setObject(1, at.atOffset(ZoneOffset.UTC));
            for (int i = 1; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                List<Object> byInsert = row(rows);
                assertTrue(rows.next());
                assertEquals(byInsert, row(rows), "the engine's row beside H2's INSERT's");
                assertEquals(new BigDecimal("12.3457"), byInsert.get(4), "H2 rounds to the column's scale");
            }
        }
    }

    /**
     * Extras too long for H2 to keep inside the row go to its large-object storage. Written committed, ahead of the
     * transaction, they must be there after a commit and a reopening, and gone with a cancelled import's lines.
     */
    @Test
    void longExtrasOfLinesWrittenAheadAreKeptOrRemovedWithTheirLine() {
        String extras = "{\"note\":\"" + "long ".repeat(20_000) + "\"}";
        try (Store store = opener.open(folder).orElseThrow()) {
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile,
                    "csv"), outcome -> { }).orElseThrow()) {
                session.add(withExtras(sale(1), extras));
                session.commit(new ImportSession.BatchTotals(1, 0, 0, 0, null, "0".repeat(64)));
            }
            try (ImportSession session = store.imports().begin(new BatchStart("g.csv", "1".repeat(64), 10, profile,
                    "csv"), outcome -> { }).orElseThrow()) {
                session.add(withExtras(sale(2), extras + " "));
                session.flush();
            }
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            List<String> stored = ((H2Store) store).read(connection -> {
                List<String> texts = new ArrayList<>();
                try (var select = connection.createStatement().executeQuery("SELECT extras FROM sales_line")) {
                    while (select.next()) {
                        texts.add(select.getString(1));
                    }
                }
                return texts;
            }).orElseThrow();
            assertEquals(List.of(extras), stored);
        }
    }

    private static StagedRow withExtras(StagedRow row, String extras) {
        return new StagedRow(row.target(), row.line(), row.values(), extras);
    }

    private static List<Object> row(ResultSet rows) throws SQLException {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            row.add(rows.getObject(i));
        }
        return row;
    }

    private long importSales(Store store, MappingProfile profile, int from, int to, List<RowOutcome> outcomes) {
        try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile,
                "csv"), outcomes::add).orElseThrow()) {
            for (int i = from; i < to; i++) {
                session.add(sale(i));
            }
            return session.commit(new ImportSession.BatchTotals(to - from, 0, 0, 0, null, "0".repeat(64))).id();
        }
    }

    /**
     * An import cut short by a crash leaves the lines it wrote and its unpublished batch in the file; the store
     * removes both when it next opens, and keeps the batches published before.
     */
    @Test
    void linesOfABatchNeverPublishedAreRemovedWhenTheStoreOpens() throws SQLException {
        long kept;
        try (Store store = opener.open(folder).orElseThrow()) {
            kept = importSales(store, MappingProfile.generic("test", ImportTarget.SALES_LINE), 0, 100,
                    new ArrayList<>());
        }
        long cut;
        try (Connection connection = H2StoreOpener.dataSource(folder).getConnection();
                var sql = connection.createStatement()) {
            try (ResultSet made = sql.executeQuery("SELECT id FROM FINAL TABLE (INSERT INTO import_batch (file_name, "
                    + "file_sha256, file_bytes, profile_name, target, imported_at, published) VALUES ('cut.csv', '"
                    + "2".repeat(64) + "', 1, 'test', 'SALES_LINE', CURRENT_TIMESTAMP, FALSE))")) {
                made.next();
                cut = made.getLong(1);
            }
            sql.executeUpdate("INSERT INTO sales_line (line_key, sold_at, sku_code, quantity, batch_id) "
                    + "VALUES (1, CURRENT_TIMESTAMP, 'BLE-T1', 1, " + cut + ")");
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            assertEquals(0, linesOfBatch(store, cut));
            assertEquals(100, linesOfBatch(store, kept));
            assertEquals(List.of(kept), store.imports().batches().orElseThrow().stream().map(b -> b.id()).toList());
        }
    }

    /** What a reader sees through the store's services, each of which must leave an unpublished batch out. */
    private record Seen(long sales, long healthVolume, long batches, int salesOfBleT1, double dailyQuantity,
            List<String> skus) {

        static Seen of(Store store) {
            long health = store.health().sources().orElseThrow().stream()
                    .filter(s -> s.source() == org.grenier.core.store.SourceHealth.Source.SALES)
                    .mapToLong(s -> s.volume()).sum();
            double daily = store.dailySales(ZoneOffset.UTC).orElseThrow().stream().mapToDouble(d -> d.quantity())
                    .sum();
            return new Seen(store.summary().orElseThrow().count(RecordKind.SALES_LINE), health,
                    store.imports().batches().orElseThrow().size(), store.sales("BLE-T1").orElseThrow().size(), daily,
                    store.skus(10_000).orElseThrow().stream().map(Sku::code).toList());
        }
    }

    /** Every line of the batch in the table, published or not, as the store's own connection sees it. */
    private static long linesOfBatch(Store store, long batch) {
        return ((H2Store) store).read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM sales_line "
                    + "WHERE batch_id = ?")) {
                count.setLong(1, batch);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }).orElseThrow();
    }

    private static double quantityOfSales(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += ((BigDecimal) sale(i).values()[3]).doubleValue();
        }
        return sum;
    }

    private static StagedRow sale(int i) {
        return new StagedRow(ImportTarget.SALES_LINE, i + 2, new Object[] { Instant.parse("2026-01-01T10:00:00Z")
                .plusSeconds(i), "BLE-T1", "VAL", BigDecimal.valueOf(i % 7 + 1).add(new BigDecimal("0.125")), null,
                "client", null, null }, null);
    }
}
