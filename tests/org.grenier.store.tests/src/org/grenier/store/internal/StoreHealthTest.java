package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.SensorReading;
import org.grenier.core.store.Dataset;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.IntegrityFinding.Kind;
import org.grenier.core.store.SourceHealth;
import org.grenier.core.store.SourceHealth.Source;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data health on a real H2 file: each source's freshness, the integrity check's findings, and the repairs. */
class StoreHealthTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void eachSourceSaysWhenItLastBroughtDataAndHowMuch() {
        Dataset demo = DemoDataset.create();
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(demo).orElseThrow();
            List<SourceHealth> sources = store.health().sources().orElseThrow();
            SourceHealth sales = only(sources, Source.SALES, "");
            assertEquals(demo.sales().size(), sales.volume());
            assertEquals(demo.sales().stream().map(SalesObservation::at).max(Comparator.naturalOrder()), sales.last());
            assertTrue(!sales.isFresh(Instant.now()), "a year-old history is not fresh");
            assertTrue(sales.isFresh(sales.last().orElseThrow().plus(Duration.ofDays(6))));
            SourceHealth fridge = only(sources, Source.SENSOR, "CF1-T");
            assertEquals(demo.readings().stream().filter(r -> r.sensorId().equals("CF1-T")).count(), fridge.volume());
            assertEquals(0, fridge.problems());
            assertTrue(sources.stream().noneMatch(s -> s.source() == Source.WEATHER), "no station, no weather row");
        }
    }

    /**
     * The latest sale is found from the keys' days, not by reading every line (on a store of a million lines that read
     * took seconds at each refresh of Data health, and its garbage froze the window; H2's own plan says which way it
     * reads). A line kept from before keys had days (a negative key) still counts, and so does the latest of several
     * lines on the last day.
     */
    @Test
    void theLatestSaleCountsLinesOfTheLastDayAndLinesFromBeforeKeysHadDays() {
        try (Store store = opener.open(folder).orElseThrow()) {
            List<SalesObservation> lastDay = List.of(sale(LocalDate.of(2026, 3, 2), "BLE-T1", "VAL", "Nord"),
                    new SalesObservation(Instant.parse("2026-03-02T23:10:00Z"), "BLE-T1", "VAL", BigDecimal.ONE,
                            null, "C100", "Sud"),
                    sale(LocalDate.of(2026, 3, 1), "BLE-T1", "VAL", "Nord"));
            store.add(new Dataset(List.of(), List.of(), List.of(), List.of(), lastDay, List.of())).orElseThrow();
            assertEquals(Instant.parse("2026-03-02T23:10:00Z"), latestSale(store));
            String plan = ((H2Store) store).read(connection -> {
                try (var explain = connection.createStatement().executeQuery("EXPLAIN " + H2StoreHealth.LATEST_SALE)) {
                    return explain.next() ? explain.getString(1) : "";
                }
            }).orElseThrow();
            // MAX of a key and COUNT(*) are direct lookups; any other table scan reads every line
            assertFalse(plan.replaceAll("\\s+", " ").replace("tableScan */ /* direct lookup", "").contains("tableScan"),
                    plan);
            ((H2Store) store).write(connection -> connection.createStatement().executeUpdate("INSERT INTO sales_line "
                    + "(line_key, sold_at, sku_code, quantity) VALUES (-7, TIMESTAMP WITH TIME ZONE "
                    + "'2026-04-01 08:00:00+00', 'BLE-T1', 2)")).orElseThrow();
            assertEquals(Instant.parse("2026-04-01T08:00:00Z"), latestSale(store));
            assertEquals(4, only(store.health().sources().orElseThrow(), Source.SALES, "").volume());
        }
    }

    private static Instant latestSale(Store store) {
        return only(store.health().sources().orElseThrow(), Source.SALES, "").last().orElseThrow();
    }

    @Test
    void theCheckFindsOrphansGapsAndCopiesAndTheRepairsMendThem() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            assertEquals(List.of(), store.health().check(PARIS).orElseThrow(), "the demo is whole");
            store.add(damage()).orElseThrow();
            store.sensors().append(List.of(new SensorReading("S9-T", "SILO-9", Instant.parse("2025-12-30T10:00:00Z"),
                    Measure.TEMPERATURE, 12))).orElseThrow();

            List<IntegrityFinding> found = store.health().check(PARIS).orElseThrow();
            assertEquals(List.of(new IntegrityFinding(Kind.UNKNOWN_PRODUCT, "BLE-TENDRE", 3, ""),
                    new IntegrityFinding(Kind.UNKNOWN_SITE, "VAL2", 1, ""),
                    new IntegrityFinding(Kind.UNKNOWN_STORAGE_UNIT, "SILO-9", 1, ""),
                    new IntegrityFinding(Kind.SALES_GAP, "2026-01-02", 5, "2026-01-06"),
                    new IntegrityFinding(Kind.DUPLICATE_SALES, "BLE-T1", 1, "2025-06-02T10:00:00Z")), found);

            assertEquals(3, store.health().relink(found.get(0), "BLE-T1").orElseThrow());
            Result<Long> refused = store.health().relink(found.get(1), "NOWHERE");
            assertTrue(refused.failed() && refused.message().contains("no site NOWHERE"), refused.message());
            assertEquals(1, store.health().relink(found.get(2), "VAL-S1").orElseThrow());
            long before = store.summary().orElseThrow().count(org.grenier.core.store.RecordKind.SALES_LINE);
            assertEquals(1, store.health().removeDuplicateSales().orElseThrow());
            assertEquals(before - 1, store.summary().orElseThrow().count(org.grenier.core.store.RecordKind.SALES_LINE));

            List<Kind> left = store.health().check(PARIS).orElseThrow().stream().map(IntegrityFinding::kind).toList();
            assertEquals(List.of(Kind.UNKNOWN_SITE, Kind.SALES_GAP), left, "the site refused stays to mend");
            assertEquals(1, store.sensors().readings("VAL-S1", Measure.TEMPERATURE, Instant.EPOCH, Instant.now())
                    .orElseThrow().size(), "the silo's reading now under its known code");
        }
    }

    /**
     * What goes wrong in real stores: an ERP that renamed a product and a site, a week without an export after the
     * demo's year (sales on 1 January, then from 7 January), and one sale brought twice with another delivery zone.
     */
    private static Dataset damage() {
        List<SalesObservation> sales = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            sales.add(sale(LocalDate.of(2025, 12, 28 + day), "BLE-TENDRE", "VAL", "Nord"));
        }
        sales.add(sale(LocalDate.of(2026, 1, 1), "ORGE-B", "VAL2", "Nord"));
        for (int day = 7; day <= 9; day++) {
            sales.add(sale(LocalDate.of(2026, 1, day), "ORGE-B", "VAL", "Nord"));
        }
        SalesObservation first = DemoDataset.create().sales().stream()
                .filter(s -> s.skuCode().equals("BLE-T1") && s.at().equals(Instant.parse("2025-06-02T10:00:00Z")))
                .findFirst().orElseThrow();
        sales.add(new SalesObservation(first.at(), first.skuCode(), first.siteCode(), first.quantity(),
                first.amount(), first.customer(), first.deliveryZone() + " (ERP)"));
        return new Dataset(List.of(), List.of(), List.of(), List.of(), sales, List.of());
    }

    private static SalesObservation sale(LocalDate day, String sku, String site, String zone) {
        return new SalesObservation(day.atTime(10, 0).toInstant(ZoneOffset.UTC), sku, site, BigDecimal.TEN,
                new BigDecimal("120.00"), "C100", zone);
    }

    private static SourceHealth only(List<SourceHealth> sources, Source source, String name) {
        List<SourceHealth> found = sources.stream().filter(s -> s.source() == source && s.name().equals(name)).toList();
        assertEquals(1, found.size(), source + " " + name + " in " + sources);
        return found.get(0);
    }
}
