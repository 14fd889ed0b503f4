package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.grenier.core.imports.ImportTarget;
import org.grenier.core.imports.MappingProfile;
import org.grenier.core.imports.StagedRow;
import org.grenier.core.model.DailySales;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Sector;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockOnHand;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.BatchStart;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.ImportSession;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sales summed per day in the planner's time zone, and stock on hand from the latest counts, from a real H2 file. */
class SalesQueriesTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void sumsSalesPerDayInThePlannersTimeZone() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(catalogue(List.of(
                    sale("2025-05-31T10:00:00Z", "BLE", "5", "Nord"),
                    sale("2025-05-31T21:30:00Z", "BLE", "7", "Nord"),
                    sale("2025-05-31T21:45:00Z", "BLE", "1", null),
                    sale("2025-06-01T08:00:00Z", "ORGE", "2", "Sud")))).orElseThrow();

            List<DailySales> utc = store.dailySales(ZoneOffset.UTC).orElseThrow();
            List<DailySales> paris = store.dailySales(ZoneId.of("Europe/Paris")).orElseThrow();

            assertEquals(List.of(new DailySales("BLE", null, LocalDate.of(2025, 5, 31), 1, 1),
                    new DailySales("BLE", "Nord", LocalDate.of(2025, 5, 31), 12, 12),
                    new DailySales("ORGE", "Sud", LocalDate.of(2025, 6, 1), 2, 2)), utc);
            // 21:30 UTC is 23:30 in Paris the same day; 21:45 UTC plus two hours is still the 31st
            assertEquals(3, paris.size());
            assertEquals(12, paris.get(1).quantity());
            store.add(new Dataset(List.of(), List.of(), List.of(), List.of(),
                    List.of(sale("2025-05-31T22:30:00Z", "BLE", "4", "Nord")), List.of())).orElseThrow();
            List<DailySales> later = store.dailySales(ZoneId.of("Europe/Paris")).orElseThrow();
            assertEquals(new DailySales("BLE", "Nord", LocalDate.of(2025, 6, 1), 4, 4), later.get(2),
                    "half past midnight in Paris is the next day: " + later);
        }
    }

    @Test
    void stockOnHandSumsTheLatestCountOfEachUnit() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(catalogue(List.of())).orElseThrow();
            MappingProfile profile = MappingProfile.generic("counts", ImportTarget.STOCK_LEVEL);
            try (ImportSession session = store.imports().begin(new BatchStart("stock.csv", "1".repeat(64), 10,
                    profile, "csv"), outcome -> { }).orElseThrow()) {
                session.add(count(2, "2025-05-01T08:00:00Z", "BLE", "SILO-1", "100"));
                session.add(count(3, "2025-06-01T08:00:00Z", "BLE", "SILO-1", "80"));
                session.add(count(4, "2025-05-15T08:00:00Z", "BLE", "SILO-2", "30"));
                session.add(count(5, "2025-06-01T08:00:00Z", "ORGE", "SILO-2", "12.5"));
                session.commit(new ImportSession.BatchTotals(4, 0, 0, 0, null, "1".repeat(64)));
            }

            assertEquals(List.of(new StockOnHand("BLE", 110, Instant.parse("2025-05-15T08:00:00Z")),
                    new StockOnHand("ORGE", 12.5, Instant.parse("2025-06-01T08:00:00Z"))),
                    store.stockOnHand().orElseThrow());
        }
    }

    private static Dataset catalogue(List<SalesObservation> sales) {
        return new Dataset(List.of(
                new Sku("BLE", "Blé tendre", "céréales", Sector.AGRICULTURE, "q", null, null, null),
                new Sku("ORGE", "Orge", "céréales", Sector.AGRICULTURE, "q", null, null, null)),
                List.of(new Site("VAL", "Coopérative du Val", null)),
                List.of(new StorageUnit("SILO-1", "VAL", "Silo 1", StorageType.SILO, 500, "q"),
                        new StorageUnit("SILO-2", "VAL", "Silo 2", StorageType.SILO, 500, "q")),
                List.of(), sales, List.of());
    }

    private static SalesObservation sale(String at, String sku, String quantity, String zone) {
        return new SalesObservation(Instant.parse(at), sku, "VAL", new BigDecimal(quantity), new BigDecimal(quantity),
                "client", zone);
    }

    private static StagedRow count(long line, String at, String sku, String unit, String quantity) {
        return new StagedRow(ImportTarget.STOCK_LEVEL, line, new Object[] { Instant.parse(at), sku, unit,
                new BigDecimal(quantity) }, null);
    }
}
