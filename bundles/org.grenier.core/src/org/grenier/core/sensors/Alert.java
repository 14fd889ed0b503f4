package org.grenier.core.sensors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.grenier.core.model.Measure;

/**
 * Something a person must look at: a threshold crossed, a value changing too fast, or a faulty sensor. Stored when
 * raised; acknowledged by a person. The id is 0 until stored. {@code message} is the English sentence the command
 * line prints; {@code facts} are the numbers it tells beyond {@code value} ({@link AlertKind} lists them), from which
 * the workbench words it in the user's language and units. Alerts stored before facts were kept have none.
 */
public record Alert(long id, String storageUnitCode, String sensorId, Measure measure, AlertKind kind, Instant at,
        double value, String message, Optional<Instant> acknowledgedAt, List<Double> facts) {

    public Alert {
        facts = List.copyOf(facts);
    }

    /** An alert with no facts beyond its value. */
    public Alert(long id, String storageUnitCode, String sensorId, Measure measure, AlertKind kind, Instant at,
            double value, String message, Optional<Instant> acknowledgedAt) {
        this(id, storageUnitCode, sensorId, measure, kind, at, value, message, acknowledgedAt, List.of());
    }

    public Alert withId(long newId) {
        return new Alert(newId, storageUnitCode, sensorId, measure, kind, at, value, message, acknowledgedAt, facts);
    }

    /** The {@code index}-th fact of its kind. */
    public double fact(int index) {
        return facts.get(index);
    }
}
