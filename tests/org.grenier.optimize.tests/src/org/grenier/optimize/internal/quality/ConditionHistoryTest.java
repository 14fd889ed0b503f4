package org.grenier.optimize.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.junit.jupiter.api.Test;

class ConditionHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void eachReadingHoldsUntilTheNext() {
        ConditionHistory history = new ConditionHistory(List.of(reading(0, 10), reading(2, 12), reading(3, 15)));
        assertEquals(10, history.at(T0.minusSeconds(60)), "before the first reading, the first");
        assertEquals(10, history.at(T0), 1e-12);
        assertEquals(10, history.at(T0.plusSeconds(3600)), 1e-12);
        assertEquals(12, history.at(T0.plusSeconds(7200)), 1e-12);
        assertEquals(15, history.at(T0.plusSeconds(99_999)), 1e-12);
        List<ConditionHistory.Step> steps = history.steps(T0.plusSeconds(5 * 3600));
        assertEquals(List.of(2.0, 1.0, 2.0), steps.stream().map(ConditionHistory.Step::hours).toList());
        assertTrue(Double.isNaN(new ConditionHistory(List.of()).at(T0)));
    }

    private static SensorReading reading(int hour, double value) {
        return new SensorReading("T", "S1", T0.plusSeconds(3600L * hour), Measure.TEMPERATURE, value);
    }
}
