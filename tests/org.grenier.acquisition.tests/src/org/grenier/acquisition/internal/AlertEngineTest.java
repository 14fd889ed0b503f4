package org.grenier.acquisition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.AlertRule;
import org.junit.jupiter.api.Test;

class AlertEngineTest {

    private static final Instant START = Instant.parse("2026-01-15T00:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(5);
    private static final int DAY = 288;
    private static final int HOUR = 12;

    private final AlertEngine engine = new AlertEngine(AlertRule.defaults());
    private final Random noise = new Random(20260115L);

    /** Readings of one sensor replayed every 5 minutes, with the alerts they raised. */
    private final class Replay {

        private final String sensorId;
        private final String unit;
        private final Measure measure;
        private final AlertEngine watcher;
        private final List<Alert> alerts = new ArrayList<>();
        private Instant at = START;

        Replay(AlertEngine watcher, String sensorId, String unit, Measure measure) {
            this.watcher = watcher;
            this.sensorId = sensorId;
            this.unit = unit;
            this.measure = measure;
        }

        Replay read(double... values) {
            for (double value : values) {
                alerts.addAll(watcher.observe(new SensorReading(sensorId, unit, at, measure, value)));
                at = at.plus(EVERY);
            }
            return this;
        }

        /** {@code count} readings around {@code level}, jittering by up to ± {@code jitter}, to the hundredth. */
        Replay steady(double level, double jitter, int count) {
            return ramp(level, level, jitter, count);
        }

        /** {@code count} readings moving evenly from just after {@code from} to {@code to}, with jitter. */
        Replay ramp(double from, double to, double jitter, int count) {
            for (int i = 1; i <= count; i++) {
                double value = from + (to - from) * i / count + (noise.nextDouble() * 2 - 1) * jitter;
                read(Math.round(value * 100) / 100.0);
            }
            return this;
        }

        List<AlertKind> kinds() {
            return alerts.stream().map(Alert::kind).toList();
        }
    }

    private Replay coldRoom() {
        return new Replay(engine, "CF1-a", "CF1", Measure.TEMPERATURE);
    }

    @Test
    void aQuietDayInAColdRoomRaisesNothing() {
        assertEquals(List.of(), coldRoom().steady(4, 0.2, DAY).alerts);
    }

    @Test
    void aSingleGlitchIsASensorFaultNotAnExcursion() {
        Replay day = coldRoom().steady(4, 0.2, DAY / 2).read(85).steady(4, 0.2, DAY / 2);

        assertEquals(List.of(AlertKind.SENSOR_SPIKE), day.kinds());
        Alert spike = day.alerts.getFirst();
        assertEquals(85.0, spike.value());
        assertEquals(START.plus(EVERY.multipliedBy(DAY / 2)), spike.at());
        assertTrue(spike.kind().sensorFault());
        assertTrue(spike.message().matches("Storage unit CF1: temperature read 85\\.0 °C against about [34]\\.\\d °C"
                + " just before; set aside as a sensor glitch, check the sensor \\(sensor CF1-a\\)"), spike.message());
        assertEquals(1.0, spike.fact(0), "one odd reading");
        assertEquals(spike.message().replaceAll(".*against about ([34]\\.\\d) .*", "$1"),
                String.format(java.util.Locale.ROOT, "%.1f", spike.fact(1)), "the usual value, as the message says");
    }

    @Test
    void aSlowRealRiseIsOneExcursionAndTheNextRiseAnother() {
        Replay warehouse = new Replay(engine, "WH1-a", "WH1", Measure.TEMPERATURE).steady(26, 0.2, 2 * HOUR);
        for (int excursion = 0; excursion < 2; excursion++) {
            warehouse.ramp(26, 32, 0.2, 2 * HOUR).steady(32, 0.2, HOUR).ramp(32, 26, 0.2, 2 * HOUR)
                    .steady(26, 0.2, 3 * HOUR);
        }

        assertEquals(List.of(AlertKind.TOO_HIGH, AlertKind.TOO_HIGH), warehouse.kinds());
        Alert first = warehouse.alerts.getFirst();
        assertTrue(first.value() > 30, "value " + first.value());
        assertTrue(first.message().matches(
                "Storage unit WH1: temperature 3\\d\\.\\d °C above the 30\\.0 °C limit \\(sensor WH1-a\\)"),
                first.message());
        assertTrue(first.message().contains(String.format(Locale.ROOT, "%.1f °C", first.value())));
        assertTrue(warehouse.alerts.get(1).at().isAfter(first.at().plus(Duration.ofHours(5))));
    }

    @Test
    void aStuckSensorIsOneFaultAndNoExcursion() {
        Replay day = coldRoom().steady(4, 0.2, 4 * HOUR);
        Instant stuckFrom = day.at;
        for (int i = 0; i < 3 * HOUR; i++) {
            day.read(4.3);
        }
        day.steady(4, 0.2, 4 * HOUR);

        assertEquals(List.of(AlertKind.SENSOR_STUCK), day.kinds());
        assertEquals(stuckFrom.plus(EVERY.multipliedBy(StuckDetector.MIN_READINGS - 1)), day.alerts.getFirst().at());
    }

    @Test
    void aStuckEpisodeEndsWhenTheValueChanges() {
        Replay day = coldRoom().steady(4, 0.2, 4 * HOUR);
        for (int i = 0; i < 3 * HOUR; i++) {
            day.read(4.3);
        }
        day.steady(4, 0.2, HOUR);
        for (int i = 0; i < 3 * HOUR; i++) {
            day.read(4.1);
        }

        assertEquals(List.of(AlertKind.SENSOR_STUCK, AlertKind.SENSOR_STUCK), day.kinds());
        assertTrue(day.alerts.getFirst().message().startsWith("Storage unit CF1: temperature has read exactly 4.3 °C"
                + " for 45 min"), day.alerts.getFirst().message());
        assertEquals(List.of(45.0), day.alerts.getFirst().facts(), "the minutes stuck");
    }

    @Test
    void humidityAboveTheLimitForOneReadingIsNoise() {
        Replay humid = new Replay(engine, "CF1-h", "CF1", Measure.RELATIVE_HUMIDITY);
        humid.steady(78.5, 0.3, 4 * HOUR).read(80.6).steady(78.5, 0.3, 4 * HOUR);

        assertEquals(List.of(), humid.alerts);
    }

    @Test
    void humidityAboveTheLimitForTwoReadingsIsAnExcursion() {
        Replay humid = new Replay(engine, "CF1-h", "CF1", Measure.RELATIVE_HUMIDITY);
        humid.steady(78.5, 0.3, 4 * HOUR).read(80.6, 80.9).steady(78.5, 0.3, 4 * HOUR);

        assertEquals(List.of(AlertKind.TOO_HIGH), humid.kinds());
        assertEquals("Storage unit CF1: relative humidity 80.9 % above the 80.0 % limit (sensor CF1-h)",
                humid.alerts.getFirst().message());
        assertEquals(List.of(80.0), humid.alerts.getFirst().facts(), "the limit crossed");
    }

    @Test
    void aValueHoveringAtTheLimitIsOneExcursionUntilItIsClearlyBack() {
        Replay humid = new Replay(engine, "CF1-h", "CF1", Measure.RELATIVE_HUMIDITY);
        humid.steady(78.5, 0.3, 4 * HOUR).read(80.5, 80.6).read(79.5, 80.4, 80.7, 79.8, 80.3, 80.9)
                .ramp(80, 76, 0.3, HOUR).steady(76, 0.3, HOUR).ramp(76, 79.5, 0.3, HOUR).read(80.8, 81);

        assertEquals(List.of(AlertKind.TOO_HIGH, AlertKind.TOO_HIGH), humid.kinds());
        assertEquals(80.6, humid.alerts.getFirst().value());
        assertEquals(81.0, humid.alerts.get(1).value());
    }

    @Test
    void aRapidRiseIsChangingFastNotAGlitch() {
        Replay room = coldRoom().steady(4, 0.2, 4 * HOUR).read(7.75, 11.5, 15.25, 19).steady(19, 0.2, 4 * HOUR);

        assertEquals(List.of(AlertKind.CHANGING_FAST), room.kinds());
        Alert fast = room.alerts.getFirst();
        assertEquals(7.75, fast.value());
        assertTrue(fast.message().matches("Storage unit CF1: temperature rose [34]\\.\\d °C in 10 min to 7\\.8 °C,"
                + " faster than the 10\\.0 °C per hour limit \\(sensor CF1-a\\)"), fast.message());
        assertTrue(fast.fact(0) > 3 && fast.fact(0) < 5, "the rise: " + fast.facts());
        assertEquals(List.of(10.0, 10.0), fast.facts().subList(1, 3), "over ten minutes, against 10 °C an hour");
    }

    @Test
    void aJumpThatPersistsIsARealChangeNotASpike() {
        Replay room = coldRoom().steady(4, 0.2, 4 * HOUR).steady(33, 0.2, 2 * HOUR);

        assertEquals(List.of(AlertKind.CHANGING_FAST, AlertKind.TOO_HIGH), room.kinds());
    }

    @Test
    void aSilentDeviceIsReportedOncePerSilence() {
        Instant lost = START.plus(Duration.ofHours(1));
        assertEquals(1, engine.silent("CF1-a", "CF1", lost, lost.plusSeconds(120)).size());
        assertEquals(List.of(), engine.silent("CF1-a", "CF1", lost, lost.plusSeconds(600)));

        engine.observe(new SensorReading("CF1-a", "CF1", lost.plusSeconds(900), Measure.TEMPERATURE, 4.1));
        Instant lostAgain = lost.plusSeconds(1800);
        List<Alert> again = engine.silent("CF1-a", "CF1", lostAgain, lostAgain.plusSeconds(2700));

        assertEquals(1, again.size());
        Alert silence = again.getFirst();
        assertEquals(AlertKind.SENSOR_SILENT, silence.kind());
        assertEquals(45.0, silence.value());
        assertTrue(silence.message().startsWith("Storage unit CF1: nothing heard for 45 min"), silence.message());
        assertTrue(silence.message().endsWith("(sensor CF1-a)"), silence.message());
    }

    @Test
    void aModbusSlaveReadingEndsItsDevicesSilence() {
        assertEquals(1, engine.silent("M1", "S3", START, START.plusSeconds(60)).size());
        engine.observe(new SensorReading("M1/2", "S3", START.plusSeconds(90), Measure.GRAIN_MOISTURE, 13.2));

        assertEquals(1, engine.silent("M1", "S3", START, START.plusSeconds(120)).size());
        assertEquals(List.of(), engine.silent("M1", "S3", START, START.plusSeconds(180)));
        assertEquals(1, engine.silent("M2", "S3", START, START.plusSeconds(180)).size());
    }

    @Test
    void aRuleOfTheUnitOverridesTheRuleForEveryUnit() {
        AlertEngine withColdRoomRule = new AlertEngine(List.of(AlertRule.defaults().get(0),
                new AlertRule("CF1", Measure.TEMPERATURE, OptionalDouble.of(2), OptionalDouble.of(8),
                        OptionalDouble.empty())));
        Replay coldRoom = new Replay(withColdRoomRule, "CF1-a", "CF1", Measure.TEMPERATURE);
        Replay warehouse = new Replay(withColdRoomRule, "WH2-a", "WH2", Measure.TEMPERATURE);
        for (Replay room : List.of(coldRoom, warehouse)) {
            room.steady(7.5, 0.1, 4 * HOUR).read(8.3, 8.4).steady(7.5, 0.1, HOUR).ramp(7.5, 2.5, 0.1, 3 * HOUR)
                    .read(1.7, 1.6).steady(2.5, 0.1, HOUR);
        }

        assertEquals(List.of(AlertKind.TOO_HIGH, AlertKind.TOO_LOW), coldRoom.kinds());
        assertEquals("Storage unit CF1: temperature 8.4 °C above the 8.0 °C limit (sensor CF1-a)",
                coldRoom.alerts.getFirst().message());
        assertEquals("Storage unit CF1: temperature 1.6 °C below the 2.0 °C limit (sensor CF1-a)",
                coldRoom.alerts.get(1).message());
        assertEquals(List.of(), warehouse.alerts);
    }

    @Test
    void limitsChangedWhileRecordingApplyToTheNextReadings() {
        AlertEngine engine = new AlertEngine(AlertRule.defaults());
        Replay coldRoom = new Replay(engine, "CF1-a", "CF1", Measure.TEMPERATURE);
        coldRoom.steady(9, 0.1, 2 * HOUR);
        assertEquals(List.of(), coldRoom.alerts, "9 °C is under the 30 °C limit of every unit");
        engine.use(List.of(AlertRule.defaults().get(0), new AlertRule("CF1", Measure.TEMPERATURE,
                OptionalDouble.of(2), OptionalDouble.of(8), OptionalDouble.empty())));
        coldRoom.steady(9, 0.1, HOUR);
        assertEquals(List.of(AlertKind.TOO_HIGH), coldRoom.kinds(), "the cold room's own 8 °C limit, at once");
        engine.use(AlertRule.defaults());
        coldRoom.steady(7.5, 0.1, HOUR).steady(9, 0.1, HOUR);
        assertEquals(List.of(AlertKind.TOO_HIGH), coldRoom.kinds(), "back to 30 °C: no new excursion");
    }
}
