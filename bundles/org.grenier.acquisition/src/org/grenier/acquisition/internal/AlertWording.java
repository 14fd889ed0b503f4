package org.grenier.acquisition.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;

/**
 * How alerts read to the planner and the technician: where, what, how much, and which sensor, with one decimal and
 * the measure's unit ("Storage unit CF1: temperature 31.2 °C above the 30.0 °C limit (sensor CF1-a)").
 */
final class AlertWording {

    private AlertWording() {
    }

    /** A new alert about one reading, with the numbers {@code what} tells beyond the reading's value: id 0 until stored. */
    static Alert about(SensorReading reading, AlertKind kind, String what, double... facts) {
        return new Alert(0, reading.storageUnitCode(), reading.sensorId(), reading.measure(), kind, reading.at(),
                reading.value(), sentence(reading.storageUnitCode(), reading.sensorId(), what), Optional.empty(),
                java.util.Arrays.stream(facts).boxed().toList());
    }

    static String sentence(String storageUnitCode, String sensorId, String what) {
        return place(storageUnitCode) + ": " + what + " (sensor " + sensorId + ")";
    }

    /** "temperature", "relative humidity", "CO2", "grain moisture". */
    static String name(Measure measure) {
        return switch (measure) {
            case TEMPERATURE -> "temperature";
            case RELATIVE_HUMIDITY -> "relative humidity";
            case CO2 -> "CO2";
            case GRAIN_MOISTURE -> "grain moisture";
        };
    }

    /** A value with its unit and one decimal: "31.2 °C", "82.0 %". */
    static String amount(Measure measure, double value) {
        return String.format(Locale.ROOT, "%.1f %s", value, measure.unit());
    }

    /** A time span as a person says it: "20 min", "3 h 05 min". */
    static String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 120 ? minutes + " min"
                : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    private static String place(String storageUnitCode) {
        return storageUnitCode == null ? "No storage unit" : "Storage unit " + storageUnitCode;
    }
}
