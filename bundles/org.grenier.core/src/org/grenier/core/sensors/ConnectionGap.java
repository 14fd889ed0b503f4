package org.grenier.core.sensors;

import java.time.Instant;

/** A time a device was not heard: from its last data to the first data after it came back (null while it lasts). */
public record ConnectionGap(String port, String profile, Instant from, Instant to, String reason) {
}
