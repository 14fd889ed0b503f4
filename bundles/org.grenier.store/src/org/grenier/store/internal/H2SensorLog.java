package org.grenier.store.internal;

import static org.grenier.store.internal.StoreTimes.instant;
import static org.grenier.store.internal.StoreTimes.optionalInstant;
import static org.grenier.store.internal.StoreTimes.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.grenier.core.Result;
import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;
import org.grenier.core.sensors.Alert;
import org.grenier.core.sensors.AlertKind;
import org.grenier.core.sensors.AlertRule;
import org.grenier.core.sensors.ConnectionGap;
import org.grenier.core.store.SensorLog;

/** Sensor readings, gaps, alerts, rules and device profiles in the H2 store. */
final class H2SensorLog implements SensorLog {

    private static final String ALERT_COLUMNS = "id, storage_unit_code, sensor_id, measure, kind, raised_at, "
            + "reading_value, message, acknowledged_at, facts";

    private final H2Store store;

    H2SensorLog(H2Store store) {
        this.store = store;
    }

    /**
     * A commit alone lives in H2's memory until its background writer stores it, half a second later: a killed
     * process would lose readings already acknowledged. The checkpoint writes the commit to the file first.
     */
    @Override
    public Result<Integer> append(List<SensorReading> readings) {
        Result<Integer> stored = insert(readings);
        if (stored.failed()) {
            return stored;
        }
        Result<Boolean> written = store.read(connection -> {
            try (PreparedStatement checkpoint = connection.prepareStatement("CHECKPOINT")) {
                return checkpoint.execute();
            }
        });
        return written.failed() ? Result.error(written.message()) : stored;
    }

    private Result<Integer> insert(List<SensorReading> readings) {
        return store.append(connection -> SensorSamples.insert(connection, readings));
    }

    @Override
    public Result<List<SensorReading>> readings(String unit, Measure measure, Instant from, Instant to) {
        return store.read(connection -> {
            String column = SensorSamples.column(measure);
            try (PreparedStatement select = connection.prepareStatement("SELECT sensor_id, read_at, " + column
                    + " FROM sensor_sample WHERE storage_unit_code = ? AND read_at >= ? AND read_at < ? AND " + column
                    + " IS NOT NULL ORDER BY read_at")) {
                select.setString(1, unit);
                select.setObject(2, utc(from));
                select.setObject(3, utc(to));
                List<SensorReading> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new SensorReading(rows.getString(1), unit, instant(rows, 2), measure,
                                rows.getDouble(3)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public Result<Long> readingCount() {
        return store.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(SensorSamples.COUNT);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public Result<List<String>> storageUnitsWithReadings() {
        return store.read(connection -> {
            List<String> units = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT storage_unit_code FROM "
                    + "sensor_sample WHERE storage_unit_code IS NOT NULL ORDER BY storage_unit_code");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(rows.getString(1));
                }
            }
            return units;
        });
    }

    @Override
    public Result<Integer> recordGap(ConnectionGap gap) {
        return store.append(connection -> {
            if (gap.to() != null) {
                // A port and profile have one open gap at most; its start is not compared, as the column rounds it.
                try (PreparedStatement close = connection.prepareStatement("UPDATE connection_gap SET gap_to = ? "
                        + "WHERE port = ? AND profile = ? AND gap_to IS NULL")) {
                    close.setObject(1, utc(gap.to()));
                    close.setString(2, gap.port());
                    close.setString(3, gap.profile());
                    if (close.executeUpdate() > 0) {
                        return 1;
                    }
                }
            }
            return insertGap(connection, gap);
        });
    }

    private static int insertGap(Connection connection, ConnectionGap gap) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO connection_gap (port, profile, "
                + "gap_from, gap_to, reason) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, gap.port());
            insert.setString(2, gap.profile());
            insert.setObject(3, utc(gap.from()));
            insert.setObject(4, gap.to() == null ? null : utc(gap.to()));
            insert.setString(5, gap.reason());
            return insert.executeUpdate();
        }
    }

    @Override
    public Result<List<ConnectionGap>> gaps(Instant from, Instant to) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT port, profile, gap_from, gap_to, "
                    + "reason FROM connection_gap WHERE gap_from < ? AND (gap_to IS NULL OR gap_to >= ?) "
                    + "ORDER BY gap_from")) {
                select.setObject(1, utc(to));
                select.setObject(2, utc(from));
                List<ConnectionGap> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ConnectionGap(rows.getString(1), rows.getString(2), instant(rows, 3),
                                optionalInstant(rows, 4).orElse(null), rows.getString(5)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public Result<Alert> raise(Alert alert) {
        return store.append(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sensor_alert (storage_unit_code, "
                    + "sensor_id, measure, kind, raised_at, reading_value, message, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] { "id" })) {
                insert.setString(1, alert.storageUnitCode());
                insert.setString(2, alert.sensorId());
                insert.setString(3, alert.measure() == null ? null : alert.measure().name());
                insert.setString(4, alert.kind().name());
                insert.setObject(5, utc(alert.at()));
                if (Double.isFinite(alert.value())) {
                    insert.setDouble(6, alert.value());
                } else {
                    insert.setNull(6, Types.DOUBLE);
                }
                insert.setString(7, alert.message());
                insert.setString(8, String.join(" ", alert.facts().stream().map(String::valueOf).toList()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return alert.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public Result<List<Alert>> alerts(boolean unacknowledgedOnly, int limit) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ALERT_COLUMNS
                    + " FROM sensor_alert" + (unacknowledgedOnly ? " WHERE acknowledged_at IS NULL" : "")
                    + " ORDER BY raised_at DESC, id DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<Alert> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(alert(rows));
                    }
                }
                return found;
            }
        });
    }

    private static Alert alert(ResultSet rows) throws SQLException {
        String measure = rows.getString(4);
        double value = rows.getDouble(7);
        boolean noValue = rows.wasNull(); // asked now: wasNull tells of the column read last
        String facts = rows.getString(10);
        return new Alert(rows.getLong(1), rows.getString(2), rows.getString(3),
                measure == null ? null : Measure.valueOf(measure), AlertKind.valueOf(rows.getString(5)),
                instant(rows, 6), noValue ? Double.NaN : value, rows.getString(8), optionalInstant(rows, 9),
                facts == null || facts.isBlank() ? List.of()
                        : java.util.Arrays.stream(facts.split(" ")).map(Double::valueOf).toList());
    }

    @Override
    public Result<Boolean> acknowledge(long alertId, Instant at) {
        return store.append(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sensor_alert SET acknowledged_at = ? "
                    + "WHERE id = ? AND acknowledged_at IS NULL")) {
                update.setObject(1, utc(at));
                update.setLong(2, alertId);
                return update.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Result<List<AlertRule>> alertRules() {
        return store.read(connection -> {
            List<AlertRule> rules = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT storage_unit_code, measure, "
                    + "low_limit, high_limit, max_change_per_hour FROM alert_rule ORDER BY storage_unit_code, measure");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rules.add(new AlertRule(rows.getString(1), Measure.valueOf(rows.getString(2)), optional(rows, 3),
                            optional(rows, 4), optional(rows, 5)));
                }
            }
            return withDefaults(rules);
        });
    }

    /** The built-in limits of every unit, for each measure no saved rule of every unit covers. */
    private static List<AlertRule> withDefaults(List<AlertRule> saved) {
        List<AlertRule> rules = new ArrayList<>();
        for (AlertRule builtIn : AlertRule.defaults()) {
            if (saved.stream().noneMatch(r -> r.storageUnitCode().equals(AlertRule.EVERY_UNIT)
                    && r.measure() == builtIn.measure())) {
                rules.add(builtIn);
            }
        }
        rules.addAll(saved);
        return rules;
    }

    private static OptionalDouble optional(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Override
    public Result<Integer> saveAlertRule(AlertRule rule) {
        return store.write(connection -> merge(connection, rule));
    }

    @Override
    public Result<Integer> replaceAlertRules(String storageUnitCode, List<AlertRule> rules) {
        for (AlertRule rule : rules) {
            if (!rule.storageUnitCode().equals(storageUnitCode)) {
                return Result.error("The limits of " + storageUnitCode + " cannot include a rule of "
                        + rule.storageUnitCode() + "; nothing was saved");
            }
        }
        return store.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM alert_rule "
                    + "WHERE storage_unit_code = ?")) {
                delete.setString(1, storageUnitCode);
                delete.executeUpdate();
            }
            int saved = 0;
            for (AlertRule rule : rules) {
                saved += merge(connection, rule);
            }
            return saved;
        });
    }

    private static int merge(Connection connection, AlertRule rule) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO alert_rule (storage_unit_code, "
                + "measure, low_limit, high_limit, max_change_per_hour) KEY (storage_unit_code, measure) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, rule.storageUnitCode());
            merge.setString(2, rule.measure().name());
            set(merge, 3, rule.low());
            set(merge, 4, rule.high());
            set(merge, 5, rule.maxChangePerHour());
            return merge.executeUpdate();
        }
    }

    private static void set(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.getAsDouble());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    @Override
    public Result<Map<String, String>> deviceProfiles() {
        return store.read(connection -> {
            Map<String, String> profiles = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name, profile_text FROM "
                    + "device_profile ORDER BY name"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    profiles.put(rows.getString(1), rows.getString(2));
                }
            }
            return profiles;
        });
    }

    @Override
    public Result<Integer> saveDeviceProfile(String name, String text) {
        return store.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO device_profile (name, "
                    + "profile_text, saved_at) KEY (name) VALUES (?, ?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, text);
                merge.setObject(3, utc(Instant.now()));
                return merge.executeUpdate();
            }
        });
    }
}
