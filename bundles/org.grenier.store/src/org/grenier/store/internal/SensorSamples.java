package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.model.Measure;
import org.grenier.core.model.SensorReading;

/**
 * Readings stored as samples: one row per sensor and time, one column per measure. The readings of one line become
 * one row; a second value of the same measure for the same sensor and time starts another row, so nothing merges
 * away.
 */
final class SensorSamples {

    static final String INSERT = "INSERT INTO sensor_sample (sensor_id, storage_unit_code, read_at, temperature, "
            + "humidity, co2, grain_moisture) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String COUNT = "SELECT COUNT(temperature) + COUNT(humidity) + COUNT(co2) + COUNT(grain_moisture) "
            + "FROM sensor_sample";

    private record Key(String sensor, String unit, Instant at) {
    }

    private SensorSamples() {
    }

    /** The column of a measure; names come from this switch only, never from input. */
    static String column(Measure measure) {
        return switch (measure) {
            case TEMPERATURE -> "temperature";
            case RELATIVE_HUMIDITY -> "humidity";
            case CO2 -> "co2";
            case GRAIN_MOISTURE -> "grain_moisture";
        };
    }

    static int insert(Connection connection, List<SensorReading> readings) throws SQLException {
        List<Double[]> rows = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        Map<Key, Double[]> open = new HashMap<>();
        for (SensorReading r : readings) {
            Key key = new Key(r.sensorId(), r.storageUnitCode(), r.at());
            Double[] row = open.get(key);
            int slot = r.measure().ordinal();
            if (row == null || row[slot] != null) {
                row = new Double[Measure.values().length];
                open.put(key, row);
                rows.add(row);
                keys.add(key);
            }
            row[slot] = r.value();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < rows.size(); i++) {
                bind(insert, keys.get(i), rows.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return readings.size();
    }

    private static void bind(PreparedStatement insert, Key key, Double[] row) throws SQLException {
        insert.setString(1, key.sensor());
        insert.setString(2, key.unit());
        insert.setObject(3, key.at().atOffset(ZoneOffset.UTC));
        for (Measure measure : Measure.values()) {
            int index = 4 + measure.ordinal();
            if (row[measure.ordinal()] == null) {
                insert.setNull(index, Types.DOUBLE);
            } else {
                insert.setDouble(index, row[measure.ordinal()]);
            }
        }
    }
}
