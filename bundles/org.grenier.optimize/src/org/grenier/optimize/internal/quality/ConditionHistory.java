package org.grenier.optimize.internal.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.SensorReading;

/**
 * A unit's readings of one measure as a step function of time: each reading holds until the next. Gaps are bridged
 * with the last value, since stored grain keeps ageing while a sensor is silent.
 */
final class ConditionHistory {

    private final List<SensorReading> readings;

    ConditionHistory(List<SensorReading> readings) {
        this.readings = List.copyOf(readings);
    }

    boolean isEmpty() {
        return readings.isEmpty();
    }

    Instant last() {
        return readings.get(readings.size() - 1).at();
    }

    double latest() {
        return readings.isEmpty() ? Double.NaN : readings.get(readings.size() - 1).value();
    }

    /**
     * The value in force at a time: the last reading at or before it (the first when it is earlier). A binary search,
     * since a week of humidity readings asks this of a year of temperatures.
     */
    double at(Instant time) {
        if (readings.isEmpty()) {
            return Double.NaN;
        }
        int low = 0;
        int high = readings.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (readings.get(middle).at().isAfter(time)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        return readings.get(low).value();
    }

    /** Each reading with the hours it held: until the next one, the last until {@code now}. */
    List<Step> steps(Instant now) {
        List<Step> steps = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Instant end = i + 1 < readings.size() ? readings.get(i + 1).at() : now;
            double hours = Math.max(0, Duration.between(readings.get(i).at(), end).toSeconds() / 3600.0);
            steps.add(new Step(readings.get(i).at(), readings.get(i).value(), hours));
        }
        return steps;
    }

    double[] values() {
        return readings.stream().mapToDouble(SensorReading::value).toArray();
    }

    /** One reading and how long it held. */
    record Step(Instant at, double value, double hours) {
    }
}
