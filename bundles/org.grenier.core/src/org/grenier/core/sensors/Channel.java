package org.grenier.core.sensors;

import java.util.Objects;

import org.grenier.core.model.Measure;

/**
 * One value a device reports, mapped to what Grenier stores: the device's own name for it (a key, a column, an
 * NMEA transducer name, or a Modbus register such as {@code 1:30001}), the measure, and the calibration that turns
 * the raw number into the measure's unit ({@code value = raw * scale + offset}).
 */
public record Channel(String field, Measure measure, double scale, double offset) {

    public Channel {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a channel needs the device's name for its field");
        }
        Objects.requireNonNull(measure, "measure");
        if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("the calibration of " + field + " must be finite numbers");
        }
        if (scale == 0) {
            throw new IllegalArgumentException("the scale of " + field + " is 0: every reading would be " + offset);
        }
    }

    public static Channel of(String field, Measure measure) {
        return new Channel(field, measure, 1, 0);
    }

    public double calibrate(double raw) {
        return raw * scale + offset;
    }
}
