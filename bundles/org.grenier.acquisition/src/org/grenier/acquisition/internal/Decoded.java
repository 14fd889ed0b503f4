package org.grenier.acquisition.internal;

import java.util.Map;

/** What a protocol made of one line or frame. */
sealed interface Decoded {

    /**
     * The values of one line, by the device's field names (as written, case kept), and the sensor the line names
     * through the profile's sensor field (null when it names none).
     */
    record Values(String sensorId, Map<String, Double> values) implements Decoded {
    }

    /** Nothing to record and nothing wrong: a header line, a repeated header, a comment, a sentence of no interest. */
    record Skipped(String why) implements Decoded {
    }

    /** A line or frame refused; {@code integrity} is true when a checksum or CRC failed. */
    record Refused(String reason, boolean integrity) implements Decoded {
    }
}
