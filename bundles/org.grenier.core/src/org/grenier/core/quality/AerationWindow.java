package org.grenier.core.quality;

import java.time.Instant;

/**
 * A stretch of forecast hours when running the aeration fans helps: outdoor air cool enough to cool the grain and
 * dry enough not to wet it. Mean outdoor temperature (°C) and relative humidity (%) over the stretch.
 */
public record AerationWindow(Instant from, Instant to, double outdoorTemperature, double outdoorHumidity) {

    public double hours() {
        return java.time.Duration.between(from, to).toMinutes() / 60.0;
    }
}
