package org.grenier.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.WeatherPoint;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning's records on a real H2 file store. */
class PlanningRecordsTest {

    @TempDir
    Path folder;

    private final StoreOpener opener = OsgiServices.get(StoreOpener.class);

    @Test
    void supplyTermsAreKeptAndReplacedAcrossReopening() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            store.planning().saveSupplyTerms(List.of(new SupplyTerms("BLE-T1", 10, 2, 80, 100, 25, 1, "VAL-S1",
                    0.2), SupplyTerms.assumed("LAIT-CRU", "VAL-CF1"))).orElseThrow();
            store.planning().saveSupplyTerms(List.of(new SupplyTerms("BLE-T1", 12, 2, 80, 100, 25, 1, "VAL-S1",
                    0.2))).orElseThrow();
        }
        try (Store store = opener.open(folder).orElseThrow()) {
            Map<String, SupplyTerms> terms = store.planning().supplyTerms().orElseThrow();
            assertEquals(2, terms.size());
            assertEquals(new SupplyTerms("BLE-T1", 12, 2, 80, 100, 25, 1, "VAL-S1", 0.2), terms.get("BLE-T1"));
        }
    }

    @Test
    void termsOfAnUnknownProductAreRefusedWholly() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.add(DemoDataset.create()).orElseThrow();
            Result<Integer> saved = store.planning().saveSupplyTerms(List.of(SupplyTerms.assumed("BLE-T1", "VAL-S1"),
                    SupplyTerms.assumed("NO-SUCH", null)));
            assertTrue(saved.failed());
            assertTrue(store.planning().supplyTerms().orElseThrow().isEmpty(), "nothing half-written");
        }
    }

    @Test
    void scenariosAreSavedEditedAndDeleted() {
        try (Store store = opener.open(folder).orElseThrow()) {
            store.planning().saveScenario("Heat wave", "{\"temperatureShift\": 6}").orElseThrow();
            store.planning().saveScenario("Heat wave", "{\"temperatureShift\": 8}").orElseThrow();
            store.planning().saveScenario("Baseline", "{}").orElseThrow();
            assertEquals(List.of("Baseline", "Heat wave"), List.copyOf(store.planning().scenarios().orElseThrow()
                    .keySet()));
            assertEquals("{\"temperatureShift\": 8}", store.planning().scenarios().orElseThrow().get("Heat wave"));
            assertEquals(1, store.planning().deleteScenario("Heat wave").orElseThrow());
            assertEquals(0, store.planning().deleteScenario("Heat wave").orElseThrow());
            assertEquals(1, store.planning().scenarios().orElseThrow().size());
        }
    }

    @Test
    void readsWeatherForecastsAndObservationsInATimeWindow() {
        Instant noon = Instant.parse("2026-11-20T12:00:00Z");
        try (Store store = opener.open(folder).orElseThrow()) {
            H2Store h2 = (H2Store) store;
            h2.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO weather (observed_at, "
                        + "station, temperature, humidity, issued_at) VALUES (?, 'DIJON', ?, ?, ?)")) {
                    for (int hour = -3; hour < 6; hour++) {
                        insert.setObject(1, OffsetDateTime.ofInstant(noon.plusSeconds(3600L * hour), ZoneOffset.UTC));
                        insert.setDouble(2, 8 - hour);
                        if (hour == 0) {
                            insert.setNull(3, java.sql.Types.DOUBLE);
                        } else {
                            insert.setDouble(3, 70);
                        }
                        insert.setObject(4, hour < 0 ? null : OffsetDateTime.ofInstant(noon, ZoneOffset.UTC));
                        insert.executeUpdate();
                    }
                }
                return 0;
            }).orElseThrow();
            List<WeatherPoint> ahead = store.planning().weather(noon, noon.plusSeconds(3 * 3600)).orElseThrow();
            assertEquals(3, ahead.size());
            assertTrue(ahead.stream().allMatch(WeatherPoint::forecast));
            assertTrue(Double.isNaN(ahead.get(0).humidity()), "a missing value stays missing");
            assertEquals(7, ahead.get(1).temperature(), 1e-9);
            assertTrue(!store.planning().weather(noon.minusSeconds(7200), noon).orElseThrow().get(0).forecast());
        }
    }
}
