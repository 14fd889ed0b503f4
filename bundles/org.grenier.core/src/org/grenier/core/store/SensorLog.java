package org.grenier.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.sensors.ConnectionGap;

/** What sensors leave in the store: readings, the gaps between them, alerts and their rules, device profiles. */
public interface SensorLog {

    /**
     * Stores the readings in one transaction, written to the file before it returns: afterwards all are stored and
     * survive the process being killed, or none is.
     */
    Result<Integer> append(List<SensorReading> readings);

    /** The readings of one measure in one storage unit from {@code from} (inclusive) to {@code to}, oldest first. */
    Result<List<SensorReading>> readings(String storageUnitCode, Measure measure, Instant from, Instant to);

    Result<Long> readingCount();

    /** The storage units that have readings, by code. */
    Result<List<String>> storageUnitsWithReadings();

    /** Records the start of a gap, or closes the open gap of the same port and profile when it has an end. */
    Result<Integer> recordGap(ConnectionGap gap);

    Result<List<ConnectionGap>> gaps(Instant from, Instant to);

    /** Stores a new alert and returns it with its id. */
    Result<Alert> raise(Alert alert);

    Result<List<Alert>> alerts(boolean unacknowledgedOnly, int limit);

    Result<Boolean> acknowledge(long alertId, Instant at);

    /**
     * The alert rules in force: the saved ones, and the original design's limits of every unit ({@code *}) for each
     * measure no saved rule of every unit covers.
     */
    Result<List<AlertRule>> alertRules();

    Result<Integer> saveAlertRule(AlertRule rule);

    /**
     * Replaces all the rules of one storage unit (or of every unit, {@code *}) with these, in one transaction; a
     * measure left without a rule of its own follows the rule of every unit again (for {@code *}, the built-in one).
     * A rule naming another unit is refused and nothing is saved.
     */
    Result<Integer> replaceAlertRules(String storageUnitCode, List<AlertRule> rules);

    /** Device profiles saved as text, by name. */
    Result<Map<String, String>> deviceProfiles();

    Result<Integer> saveDeviceProfile(String name, String text);
}
