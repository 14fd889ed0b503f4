package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.Sector;
import org.grenier.core.model.SensorReading;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.StoreSummary;
import org.junit.jupiter.api.Test;

class DomainRecordsTest {

    @Test
    void aSkuNamesTheFieldThatIsWrong() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Sku("BLE", "Blé", "Céréales",
                Sector.AGRICULTURE, "q", null, new BigDecimal("-1"), BigDecimal.TEN));
        assertEquals("unit cost cannot be negative, was -1", error.getMessage());
        var blank = assertThrows(IllegalArgumentException.class,
                () -> new Sku(" BLE", "Blé", null, Sector.RETAIL, "q", null, null, null));
        assertTrue(blank.getMessage().startsWith("SKU code must be"), blank.getMessage());
    }

    @Test
    void aStorageUnitNeedsAPositiveCapacity() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new StorageUnit("S1", "VAL", "Silo 1", StorageType.SILO, 0, "q"));
        assertEquals("capacity of S1 must be positive, was 0.0", error.getMessage());
    }

    @Test
    void aSensorReadingMustBeANumber() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new SensorReading("T1", "CF1", Instant.EPOCH, Measure.TEMPERATURE, Double.NaN));
        assertTrue(error.getMessage().contains("TEMPERATURE value"), error.getMessage());
    }

    @Test
    void anErrorResultCarriesAMessageAndNoValue() {
        Result<String> failed = Result.error("Cannot open the store");
        assertTrue(failed.failed());
        assertTrue(failed.asOptional().isEmpty());
        assertEquals("Cannot open the store", assertThrows(IllegalStateException.class, failed::orElseThrow)
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Result.error(" "));
        assertEquals(List.of("x"), Result.warning(1, "partly", List.of("x")).details());
    }

    @Test
    void aSummaryCountsEveryKindEvenWhenAbsent() {
        var summary = new StoreSummary(java.nio.file.Path.of("/tmp/s"), 1, Map.of(RecordKind.SKU, 3L));
        assertEquals(3, summary.count(RecordKind.SKU));
        assertEquals(0, summary.count(RecordKind.SENSOR_READING));
        assertTrue(new StoreSummary(java.nio.file.Path.of("/tmp/s"), 1, Map.of()).isEmpty());
    }
}
