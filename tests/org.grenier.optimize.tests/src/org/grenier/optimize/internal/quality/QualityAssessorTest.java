package org.grenier.optimize.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grenier.core.demo.DemoDataset;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.quality.Crop;
import org.grenier.core.quality.QualityRisk;
import org.grenier.core.quality.RiskLevel;
import org.grenier.core.quality.StorageRisk;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.store.Store;
import org.grenier.core.store.StoreOpener;
import org.grenier.optimize.internal.fixtures.CsvImports;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage risk of the demo cooperative's units on a real H2 store, with stock counts and a weather forecast imported
 * from CSV files and sensor readings appended as acquisition does.
 */
class QualityAssessorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path folder;

    private final QualityRisk quality = OsgiServices.get(QualityRisk.class);

    @Test
    void judgesEachUnitByItsConditions() throws IOException {
        try (Store store = demoStore()) {
            Map<String, StorageRisk> risks = byUnit(quality.assess(store, NOW).orElseThrow());
            StorageRisk warmWheat = risks.get("VAL-S1");
            assertEquals(Crop.WHEAT, warmWheat.crop().orElseThrow(), "Blé tendre is stored in silo 1");
            // 60 days at 25 °C and 16 % moisture: Fraser and Muir give 10^(6.234 - 3.389 - 1.318) = 33.7 days
            double ast = quality.allowableStorageDays(Crop.WHEAT, 25, 16);
            assertEquals(33.7, ast, 0.1);
            assertTrue(warmWheat.lifeUsed() > 1, "two months at a month's storage life: " + warmWheat.lifeUsed());
            assertEquals(RiskLevel.HIGH, warmWheat.level());
            StorageRisk coolCorn = risks.get("VAL-S2");
            assertEquals(Crop.SHELLED_CORN, coolCorn.crop().orElseThrow());
            assertTrue(coolCorn.lifeUsed() < 0.2, "maize at 8 °C and 15 %: " + coolCorn.lifeUsed());
            assertEquals(RiskLevel.LOW, coolCorn.level(), coolCorn.advice().toString());
            StorageRisk cold = risks.get("VAL-CF1");
            assertEquals(12, cold.excursionHours(), 0.6, "a 12-hour door-open excursion at 11 °C");
            // 708 h at 4 °C and 12 h at 11 °C: an arithmetic mean of 4.12 °C, a kinetic one of 4.18 °C
            assertEquals(4.18, cold.meanKineticTemperature(), 0.01);
            assertEquals(RiskLevel.UNKNOWN, risks.get("MOULIN-R1").level(), "no sensor on the shelf");
            assertEquals("VAL-S1", quality.assess(store, NOW).orElseThrow().get(0).storageUnit(), "riskiest first");
        }
    }

    @Test
    void aerationWindowsAreTheCoolDryForecastHours() throws IOException {
        try (Store store = demoStore()) {
            StorageRisk corn = byUnit(quality.assess(store, NOW).orElseThrow()).get("VAL-S1");
            // the forecast: nights at 12 °C and 60 % are 13 °C below the 25 °C grain; days at 24 °C are not
            assertFalse(corn.aeration().isEmpty());
            assertTrue(corn.aeration().stream().allMatch(w -> w.outdoorTemperature() <= 20), corn.aeration()
                    .toString());
            assertEquals(3, corn.aeration().size(), "three nights: " + corn.aeration());
            assertTrue(corn.advice().stream().anyMatch(a -> a.kind() == org.grenier.core.quality.Advice.Kind.AERATE
                    && a.text().startsWith("Aerate")), corn.advice().toString());
        }
    }

    @Test
    void highRiskRaisesOneAlertUntilAcknowledged() throws IOException {
        try (Store store = demoStore()) {
            List<StorageRisk> risks = quality.assess(store, NOW).orElseThrow();
            assertEquals(1, quality.raiseAlerts(store, risks, NOW).orElseThrow());
            assertEquals(0, quality.raiseAlerts(store, risks, NOW).orElseThrow(), "one open alert is enough");
            var alert = store.sensors().alerts(true, 10).orElseThrow().get(0);
            assertEquals(AlertKind.STORAGE_RISK, alert.kind());
            assertTrue(alert.message().startsWith("VAL-S1"), alert.message());
        }
    }

    private Store demoStore() throws IOException {
        Store store = OsgiServices.get(StoreOpener.class).open(folder.resolve("store")).orElseThrow();
        store.add(DemoDataset.create()).orElseThrow();
        CsvImports.importText(store, folder, "stock.csv", "Stock snapshot", "date;article;cellule;quantite\n"
                + "15/09/2026;BLE-T1;VAL-S1;800\n15/09/2026;MAIS-G;VAL-S2;600\n15/09/2026;LAIT-CRU;VAL-CF1;300\n");
        StringBuilder weather = new StringBuilder("observed_at,station,temperature,humidity,precipitation,issued_at\n");
        for (int hour = 0; hour < 72; hour++) {
            Instant at = NOW.plus(Duration.ofHours(hour));
            boolean night = (hour + 12) % 24 < 8;
            weather.append(at).append(",DIJON,").append(night ? 12 : 24).append(',').append(night ? 60 : 45)
                    .append(",0,").append(NOW).append('\n');
        }
        CsvImports.importText(store, folder, "forecast.csv", "Weather", weather.toString());
        store.sensors().append(readings()).orElseThrow();
        return store;
    }

    private static List<SensorReading> readings() {
        List<SensorReading> readings = new ArrayList<>();
        for (int hour = 60 * 24; hour > 0; hour--) {
            Instant at = NOW.minus(Duration.ofHours(hour));
            readings.add(new SensorReading("S1-T", "VAL-S1", at, Measure.TEMPERATURE, 25));
            readings.add(new SensorReading("S1-M", "VAL-S1", at, Measure.GRAIN_MOISTURE, 16));
            readings.add(new SensorReading("S2-T", "VAL-S2", at, Measure.TEMPERATURE, 8));
            readings.add(new SensorReading("S2-H", "VAL-S2", at, Measure.RELATIVE_HUMIDITY, 60));
            if (hour <= 24 * 30) {
                boolean doorOpen = hour > 100 && hour <= 112;
                readings.add(new SensorReading("CF-T", "VAL-CF1", at, Measure.TEMPERATURE, doorOpen ? 11 : 4));
            }
        }
        return readings;
    }

    private static Map<String, StorageRisk> byUnit(List<StorageRisk> risks) {
        return risks.stream().collect(Collectors.toMap(StorageRisk::storageUnit, Function.identity()));
    }
}
