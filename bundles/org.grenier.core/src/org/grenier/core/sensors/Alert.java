package org.grenier.core.sensors;

import java.time.Instant;
import java.util.Optional;

import org.grenier.core.model.Measure;

/**
 * Something a person must look at: a threshold crossed, a value changing too fast, or a faulty sensor. Stored when
 * raised; acknowledged by a person. The id is 0 until stored.
 */
public record Alert(long id, String storageUnitCode, String sensorId, Measure measure, AlertKind kind, Instant at,
        double value, String message, Optional<Instant> acknowledgedAt) {

    public Alert withId(long newId) {
        return new Alert(newId, storageUnitCode, sensorId, measure, kind, at, value, message, acknowledgedAt);
    }
}
