package org.grenier.acquisition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.AlertRule;

/**
 * Watches the readings of the storage units' sensors and says when a person must look: a sensor fault (spike, stuck
 * value, silence) for the technician, an excursion (too high, too low, changing too fast) for the planner. State is
 * kept per sensor and measure; the rule of a reading is the one of its storage unit for that measure, else the
 * {@code *} one (the first given wins when two name the same unit and measure). Not thread-safe: one writer thread
 * calls it.
 */
final class AlertEngine {

    private record ChannelKey(String sensorId, Measure measure) {
    }

    private final Map<Measure, AlertRule> everyUnit = new EnumMap<>(Measure.class);
    private final Map<String, Map<Measure, AlertRule>> byUnit = new HashMap<>();
    private final Map<ChannelKey, ChannelWatch> channels = new HashMap<>();
    /** Sensors in a reported silence, with when it was reported. */
    private final Map<String, Instant> silences = new HashMap<>();

    AlertEngine(List<AlertRule> rules) {
        use(rules);
    }

    /**
     * Takes these rules from the next reading on, keeping what each channel has seen: a technician who changes a
     * limit while recording sees it at work without losing the stuck and spike history.
     */
    void use(List<AlertRule> rules) {
        everyUnit.clear();
        byUnit.clear();
        for (AlertRule rule : rules) {
            Map<Measure, AlertRule> scope = rule.storageUnitCode().equals(AlertRule.EVERY_UNIT) ? everyUnit
                    : byUnit.computeIfAbsent(rule.storageUnitCode(), code -> new EnumMap<>(Measure.class));
            scope.putIfAbsent(rule.measure(), rule);
        }
        for (Measure measure : Measure.values()) {
            everyUnit.putIfAbsent(measure, new AlertRule(AlertRule.EVERY_UNIT, measure, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty()));
        }
    }

    /** The alerts this reading raises (id 0, not acknowledged), often none. */
    List<Alert> observe(SensorReading reading) {
        heard(reading.sensorId());
        ChannelWatch watch = channels.computeIfAbsent(new ChannelKey(reading.sensorId(), reading.measure()),
                key -> new ChannelWatch(key.measure()));
        return watch.observe(reading, ruleFor(reading.storageUnitCode(), reading.measure()));
    }

    /**
     * A device not heard since {@code since}: one {@link AlertKind#SENSOR_SILENT} per silence. A silence ends when a
     * reading of the sensor arrives (for a Modbus device {@code S}, a reading of {@code S/N} too) or when the new
     * silence began after the last one was reported, which means the device was heard in between. The alert has no
     * measure (a device may read several) and its value is the length of the silence in minutes.
     */
    List<Alert> silent(String sensorId, String storageUnitCode, Instant since, Instant now) {
        Objects.requireNonNull(sensorId, "sensor id");
        Objects.requireNonNull(since, "start of the silence");
        Objects.requireNonNull(now, "time of the check");
        Instant reported = silences.get(sensorId);
        if (reported != null && !since.isAfter(reported)) {
            return List.of();
        }
        silences.put(sensorId, now);
        Duration quiet = Duration.between(since, now);
        String what = "nothing heard for " + AlertWording.span(quiet) + " (since " + since
                + "); check the device, its power and its cable";
        return List.of(new Alert(0, storageUnitCode, sensorId, null, AlertKind.SENSOR_SILENT, now,
                quiet.toSeconds() / 60.0, AlertWording.sentence(storageUnitCode, sensorId, what), Optional.empty()));
    }

    private void heard(String sensorId) {
        if (!silences.isEmpty()) {
            silences.remove(sensorId);
            int slash = sensorId.lastIndexOf('/');
            if (slash > 0) {
                silences.remove(sensorId.substring(0, slash));
            }
        }
    }

    private AlertRule ruleFor(String storageUnitCode, Measure measure) {
        Map<Measure, AlertRule> own = storageUnitCode == null ? null : byUnit.get(storageUnitCode);
        AlertRule rule = own == null ? null : own.get(measure);
        return rule != null ? rule : everyUnit.get(measure);
    }
}
