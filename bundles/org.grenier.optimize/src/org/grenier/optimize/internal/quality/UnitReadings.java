package org.grenier.optimize.internal.quality;

import java.time.Instant;
import java.util.stream.Stream;

/** A storage unit's recent temperature, relative humidity and grain moisture histories. */
record UnitReadings(ConditionHistory temperature, ConditionHistory humidity, ConditionHistory moisture) {

    boolean isEmpty() {
        return temperature.isEmpty() && humidity.isEmpty();
    }

    /** The time of the latest reading of any measure. */
    Instant last() {
        return Stream.of(temperature, humidity, moisture).filter(h -> !h.isEmpty()).map(ConditionHistory::last)
                .max(Instant::compareTo).orElseThrow();
    }
}
