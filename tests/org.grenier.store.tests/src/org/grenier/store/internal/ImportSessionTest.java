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

/** An import session is one transaction: readers never wait for it nor see it early, other writers wait. */
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
            ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 10, profile, "csv"),
                    outcomes::add).orElseThrow();
            for (int i = 0; i < 5000; i++) {
                session.add(sale(i));
            }
            session.flush();
            long seenMeanwhile = CompletableFuture.supplyAsync(() -> store.summary().orElseThrow()
                    .count(RecordKind.SALES_LINE)).get(5, TimeUnit.SECONDS);
            assertEquals(sales, seenMeanwhile, "a reader sees the store as it was before the import");
            CompletableFuture<Integer> otherWrite = CompletableFuture.supplyAsync(() -> store.add(new Dataset(
                    List.of(), List.of(new org.grenier.core.model.Site("LATER", "Later", null)), List.of(), List.of(),
                    List.of(), List.of())).orElseThrow());
            Thread.sleep(300);
            assertFalse(otherWrite.isDone(), "a second writer waits for the import to commit");
            session.commit(new ImportSession.BatchTotals(5000, 0, 0, 0, null, "0".repeat(64)));
            session.close();
            assertEquals(1, otherWrite.get(5, TimeUnit.SECONDS));
            assertEquals(sales + 5000, store.summary().orElseThrow().count(RecordKind.SALES_LINE));
            assertEquals(5000, outcomes.size());
            assertTrue(outcomes.stream().allMatch(o -> o.kind() == RowOutcome.Kind.ADDED));
        }
    }

    @Test
    void closingWithoutCommitLeavesNothing() {
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
            }
            assertEquals(sales, store.summary().orElseThrow().count(RecordKind.SALES_LINE));
            assertEquals(0, store.summary().orElseThrow().count(RecordKind.IMPORT_BATCH));
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
            }
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
     * A sales line's whole content key is stored only where the line's stored values differ from the file's (an
     * amount rounded to the column's scale, a time to the microsecond), since otherwise it is worked out again from them. Either way a second
     * import of the same lines finds them already stored, not in conflict.
     */
    @Test
    void aLinesContentKeyIsStoredOnlyWhereItsValuesWereRounded() throws SQLException {
        Instant at = Instant.parse("2026-03-04T05:06:00Z");
        List<StagedRow> lines = List.of(
                new StagedRow(ImportTarget.SALES_LINE, 2, new Object[] { at, "BLE-T1", "VAL", new BigDecimal("4"),
                        new BigDecimal("12.34"), "Coopérative", null, "EXACT" }, "{\"Remise\":\"5 %\"}"),
                new StagedRow(ImportTarget.SALES_LINE, 3, new Object[] { at, "BLE-T1", "VAL", new BigDecimal("4"),
                        new BigDecimal("12.34567"), "Coopérative", null, "ROUNDED" }, null),
                new StagedRow(ImportTarget.SALES_LINE, 4, new Object[] { at.plusNanos(123_456_789), "BLE-T1", "VAL",
                        new BigDecimal("4"), new BigDecimal("12.34"), "Coopérative", null, "TIME ROUNDED" }, null));
        try (Store store = opener.open(folder).orElseThrow()) {
            MappingProfile profile = MappingProfile.generic("test", ImportTarget.SALES_LINE);
            for (int round = 0; round < 2; round++) {
                List<RowOutcome> outcomes = new ArrayList<>();
                try (ImportSession session = store.imports().begin(new BatchStart("f.csv", "0".repeat(64), 1,
                        profile, "csv"), outcomes::add).orElseThrow()) {
                    lines.forEach(session::add);
                    session.commit(new ImportSession.BatchTotals(3, 0, 0, 0, null, "0".repeat(64)));
                }
                RowOutcome.Kind expected = round == 0 ? RowOutcome.Kind.ADDED : RowOutcome.Kind.ALREADY_STORED;
                assertEquals(List.of(expected, expected, expected), outcomes.stream().map(RowOutcome::kind).toList());
            }
        }
        try (Connection connection = H2StoreOpener.dataSource(folder).getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT order_ref, row_key FROM sales_line "
                        + "ORDER BY order_ref");
                ResultSet rows = select.executeQuery()) {
            assertTrue(rows.next());
            assertEquals("EXACT", rows.getString(1));
            assertEquals(null, rows.getObject(2), "worked out again from the stored values when needed (the columns no "
                    + "field took are not part of it)");
            assertTrue(rows.next());
            assertEquals("ROUNDED", rows.getString(1));
            assertEquals(lines.get(1).key(), rows.getLong(2), "the file's key: the stored amount is 12.3457");
            assertTrue(rows.next());
            assertEquals("TIME ROUNDED", rows.getString(1));
            assertEquals(lines.get(2).key(), rows.getLong(2), "the file's key: the time is stored to the microsecond");
            assertFalse(rows.next());
        }
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

    private static StagedRow sale(int i) {
        return new StagedRow(ImportTarget.SALES_LINE, i + 2, new Object[] { Instant.parse("2026-01-01T10:00:00Z")
                .plusSeconds(i), "BLE-T1", "VAL", BigDecimal.valueOf(i % 7 + 1).add(new BigDecimal("0.125")), null,
                "client", null, null }, null);
    }
}
