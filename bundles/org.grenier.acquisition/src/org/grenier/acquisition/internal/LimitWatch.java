package org.grenier.acquisition.internal;

import java.util.Optional;
import java.util.OptionalDouble;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;

/**
 * One side of a rule's limits on one channel. {@value #PERSISTENCE} accepted readings in a row beyond the limit are
 * an excursion (a single noisy reading is not); one alert per excursion, which ends when a reading comes back inside
 * by the hysteresis margin, so a value hovering at the limit does not raise an alert every few minutes.
 */
final class LimitWatch {

    static final int PERSISTENCE = 2;
    /** The hysteresis margin as a share of the limit's magnitude, unless the noise floor is larger. */
    static final double HYSTERESIS = 0.02;

    private final boolean high;
    private int beyondInARow;
    private boolean inExcursion;

    private LimitWatch(boolean high) {
        this.high = high;
    }

    static LimitWatch high() {
        return new LimitWatch(true);
    }

    static LimitWatch low() {
        return new LimitWatch(false);
    }

    Optional<Alert> observe(SensorReading reading, OptionalDouble limit) {
        if (limit.isEmpty()) {
            beyondInARow = 0;
            inExcursion = false;
            return Optional.empty();
        }
        double value = reading.value();
        double bound = limit.getAsDouble();
        if (beyond(value, bound)) {
            beyondInARow = Math.min(beyondInARow + 1, PERSISTENCE);
            return beyondInARow < PERSISTENCE || inExcursion ? Optional.empty() : excursion(reading, bound);
        }
        beyondInARow = 0;
        if (inExcursion && Math.abs(value - bound) >= margin(reading.measure(), bound)) {
            inExcursion = false;
        }
        return Optional.empty();
    }

    static double margin(Measure measure, double limit) {
        return Math.max(HYSTERESIS * Math.abs(limit), SpikeFilter.noiseFloor(measure));
    }

    private boolean beyond(double value, double limit) {
        return high ? value > limit : value < limit;
    }

    private Optional<Alert> excursion(SensorReading reading, double limit) {
        inExcursion = true;
        Measure measure = reading.measure();
        return Optional.of(AlertWording.about(reading, high ? AlertKind.TOO_HIGH : AlertKind.TOO_LOW,
                AlertWording.name(measure) + " " + AlertWording.amount(measure, reading.value())
                        + (high ? " above" : " below") + " the " + AlertWording.amount(measure, limit) + " limit", limit));
    }
}
