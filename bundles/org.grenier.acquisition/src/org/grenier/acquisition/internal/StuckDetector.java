package org.grenier.acquisition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;

/**
 * Notices a sensor repeating the very same value: real sensors always jitter in their last digit, so
 * {@value #MIN_READINGS} identical readings spanning at least 30 minutes mean a frozen device or a stale register.
 * One alert per episode; the next different value ends it.
 */
final class StuckDetector {

    static final int MIN_READINGS = 10;
    static final Duration MIN_SPAN = Duration.ofMinutes(30);

    private double value;
    private Instant since;
    private int count;
    private boolean stuck;

    Optional<Alert> observe(SensorReading reading) {
        if (count == 0 || reading.value() != value) {
            value = reading.value();
            since = reading.at();
            count = 1;
            stuck = false;
            return Optional.empty();
        }
        count = Math.min(count + 1, MIN_READINGS);
        Duration span = Duration.between(since, reading.at());
        if (stuck || count < MIN_READINGS || span.compareTo(MIN_SPAN) < 0) {
            return Optional.empty();
        }
        stuck = true;
        return Optional.of(AlertWording.about(reading, AlertKind.SENSOR_STUCK,
                AlertWording.name(reading.measure()) + " has read exactly "
                        + AlertWording.amount(reading.measure(), value) + " for " + AlertWording.span(span)
                        + "; the sensor looks stuck, its readings are not checked against the limits",
                span.toSeconds() / 60.0));
    }

    /** True from the alert until the value changes: the readings in between say nothing about the unit. */
    boolean stuck() {
        return stuck;
    }
}
