package org.grenier.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Outdoor weather at a station and time: an observation, or a forecast when it has the time it was issued.
 * Temperature in °C, relative humidity in %, precipitation in mm; NaN when the file had no value.
 */
public record WeatherPoint(String station, Instant at, double temperature, double humidity, double precipitation,
        Optional<Instant> issuedAt) {

    public boolean forecast() {
        return issuedAt.isPresent();
    }
}
