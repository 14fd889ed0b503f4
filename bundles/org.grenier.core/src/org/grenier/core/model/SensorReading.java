package org.grenier.core.model;

import java.time.Instant;
import java.util.Objects;

/** One value read from one sensor in a storage unit. */
public record SensorReading(String sensorId, String storageUnitCode, Instant at, Measure measure, double value) {

    public SensorReading {
        Checks.code(sensorId, "sensor id");
        Objects.requireNonNull(at, "time of reading");
        Objects.requireNonNull(measure, "measure");
        Checks.finite(value, measure + " value");
    }
}
