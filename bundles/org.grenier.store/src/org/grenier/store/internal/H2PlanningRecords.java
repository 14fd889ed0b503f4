package org.grenier.store.internal;

import static org.grenier.store.internal.StoreTimes.instant;
import static org.grenier.store.internal.StoreTimes.optionalInstant;
import static org.grenier.store.internal.StoreTimes.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.model.PlannedProduction;
import org.grenier.core.model.MovementKind;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.WeatherPoint;
import org.grenier.core.planning.SupplyTerms;
import org.grenier.core.store.PlanningRecords;

/** Planning's records in H2. */
final class H2PlanningRecords implements PlanningRecords {

    private static final String BY_UNIT = "SELECT s.sku_code, s.storage_unit_code, s.quantity, s.counted_at "
            + SalesQueries.LATEST_COUNTS + "ORDER BY s.sku_code, s.storage_unit_code";
    private static final String WEATHER = "SELECT station, observed_at, temperature, humidity, precipitation, "
            + "issued_at FROM weather WHERE observed_at >= ? AND observed_at < ? ORDER BY observed_at, station";
    private static final String TERMS = "SELECT sku_code, lead_time_days, lead_time_sd_days, order_cost, "
            + "minimum_order, pack_size, unit_volume, storage_unit_code, holding_rate FROM supply_terms "
            + "ORDER BY sku_code";

    private final H2Store store;

    H2PlanningRecords(H2Store store) {
        this.store = store;
    }

    @Override
    public Result<List<StockCount>> stockByUnit() {
        return store.read(connection -> list(connection, BY_UNIT, rows -> new StockCount(rows.getString(1),
                rows.getString(2), rows.getDouble(3), instant(rows, 4))));
    }

    @Override
    public Result<List<StockMovement>> movements() {
        return store.read(connection -> list(connection, "SELECT sku_code, storage_unit_code, moved_at, kind, "
                + "quantity, unit_cost FROM stock_movement ORDER BY moved_at, id", rows -> new StockMovement(
                        rows.getString(1), rows.getString(2), instant(rows, 3), MovementKind.valueOf(rows.getString(
                                4)), rows.getBigDecimal(5), rows.getBigDecimal(6))));
    }

    @Override
    public Result<List<WeatherPoint>> weather(Instant from, Instant to) {
        return store.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(WEATHER)) {
                select.setObject(1, utc(from));
                select.setObject(2, utc(to));
                return rows(select, rows -> new WeatherPoint(rows.getString(1), instant(rows, 2), number(rows, 3),
                        number(rows, 4), number(rows, 5), optionalInstant(rows, 6)));
            }
        });
    }

    @Override
    public Result<List<PlannedProduction>> production() {
        return store.read(connection -> list(connection, "SELECT sku_code, site_code, planned_for, quantity, status "
                + "FROM production_plan ORDER BY planned_for, sku_code", rows -> new PlannedProduction(
                        rows.getString(1), rows.getString(2), instant(rows, 3), rows.getDouble(4),
                        rows.getString(5))));
    }

    @Override
    public Result<Map<String, SupplyTerms>> supplyTerms() {
        return store.read(connection -> {
            Map<String, SupplyTerms> terms = new LinkedHashMap<>();
            for (SupplyTerms term : list(connection, TERMS, rows -> new SupplyTerms(rows.getString(1),
                    rows.getDouble(2), rows.getDouble(3), rows.getDouble(4), rows.getDouble(5), rows.getDouble(6),
                    rows.getDouble(7), rows.getString(8), rows.getDouble(9)))) {
                terms.put(term.sku(), term);
            }
            return terms;
        });
    }

    @Override
    public Result<Integer> saveSupplyTerms(List<SupplyTerms> terms) {
        return store.write(connection -> {
            int saved = 0;
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO supply_terms (sku_code, "
                    + "lead_time_days, lead_time_sd_days, order_cost, minimum_order, pack_size, unit_volume, "
                    + "storage_unit_code, holding_rate) KEY (sku_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SupplyTerms term : terms) {
                    bindTerms(merge, term);
                    saved += merge.executeUpdate();
                }
            }
            return saved;
        });
    }

    /** Sets a product's terms on a statement whose columns are supply_terms' own, in the table's order. */
    static void bindTerms(PreparedStatement s, SupplyTerms terms) throws SQLException {
        s.setString(1, terms.sku());
        s.setDouble(2, terms.leadTimeDays());
        s.setDouble(3, terms.leadTimeSdDays());
        s.setDouble(4, terms.orderCost());
        s.setDouble(5, terms.minimumOrder());
        s.setDouble(6, terms.packSize());
        s.setDouble(7, terms.unitVolume());
        s.setString(8, terms.storageUnit());
        s.setDouble(9, terms.holdingRate());
    }

    @Override
    public Result<Map<String, String>> scenarios() {
        return store.read(connection -> {
            Map<String, String> scenarios = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name, definition FROM scenario "
                    + "ORDER BY name"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    scenarios.put(rows.getString(1), rows.getString(2));
                }
            }
            return scenarios;
        });
    }

    @Override
    public Result<Integer> saveScenario(String name, String definition) {
        return store.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO scenario (name, definition, "
                    + "updated_at) KEY (name) VALUES (?, ?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, definition);
                merge.setObject(3, utc(Instant.now()));
                return merge.executeUpdate();
            }
        });
    }

    @Override
    public Result<Integer> deleteScenario(String name) {
        return store.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scenario WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate();
            }
        });
    }

    private static <T> List<T> list(Connection connection, String sql, Row<T> row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            return rows(select, row);
        }
    }

    private static <T> List<T> rows(PreparedStatement select, Row<T> row) throws SQLException {
        List<T> list = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                list.add(row.read(rows));
            }
        }
        return list;
    }

    private static double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /** Reads one row into a record. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
