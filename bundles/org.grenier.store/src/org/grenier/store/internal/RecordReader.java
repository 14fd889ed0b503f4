package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Sector;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StorageType;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.RecordKind;
import org.grenier.core.store.StoreSummary;

/** Reads records back into the core's domain types. */
final class RecordReader {

    private RecordReader() {
    }

    /** What the store on this connection holds, reported as living in {@code folder}. */
    static StoreSummary summary(Connection connection, java.nio.file.Path folder) throws SQLException {
        java.util.Map<RecordKind, Long> counts = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            counts.put(kind, count(connection, kind));
        }
        return new StoreSummary(folder, Migrations.currentVersion(connection), counts);
    }

    static long count(Connection connection, RecordKind kind) throws SQLException {
        // The table name comes from this switch, never from user input.
        String table = kind == RecordKind.SENSOR_READING ? null : switch (kind) {
            case SKU -> "sku";
            case SITE -> "site";
            case STORAGE_UNIT -> "storage_unit";
            case STOCK_MOVEMENT -> "stock_movement";
            case SUPPLY_TERMS -> "supply_terms";
            case SALES_LINE -> "sales_line";
            case STOCK_LEVEL -> "stock_level";
            case PRODUCTION_PLAN -> "production_plan";
            case WEATHER -> "weather";
            case IMPORT_BATCH -> "import_batch";
            case SENSOR_READING -> throw new IllegalStateException("readings are counted by value");
        };
        String sql = table == null ? SensorSamples.COUNT : "SELECT COUNT(*) FROM " + table;
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<Sku> skus(Connection connection, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT code, name, category, sector, unit, "
                + "shelf_life_days, unit_cost, price FROM sku ORDER BY code LIMIT ?")) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<Sku> skus = new ArrayList<>();
                while (rows.next()) {
                    Integer shelfLife = rows.getObject(6) == null ? null : rows.getInt(6);
                    skus.add(new Sku(rows.getString(1), rows.getString(2), rows.getString(3),
                            Sector.valueOf(rows.getString(4)), rows.getString(5), shelfLife, rows.getBigDecimal(7),
                            rows.getBigDecimal(8)));
                }
                return skus;
            }
        }
    }

    static List<Site> sites(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT code, name, region FROM site ORDER BY code");
                ResultSet rows = statement.executeQuery()) {
            List<Site> sites = new ArrayList<>();
            while (rows.next()) {
                sites.add(new Site(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
            return sites;
        }
    }

    static List<StorageUnit> storageUnits(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT code, site_code, name, type, capacity, "
                + "capacity_unit FROM storage_unit ORDER BY code");
                ResultSet rows = statement.executeQuery()) {
            List<StorageUnit> units = new ArrayList<>();
            while (rows.next()) {
                units.add(new StorageUnit(rows.getString(1), rows.getString(2), rows.getString(3),
                        StorageType.valueOf(rows.getString(4)), rows.getDouble(5), rows.getString(6)));
            }
            return units;
        }
    }

    static List<String> skusSold(Connection connection) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT sku_code FROM sales_line ORDER BY sku_code"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    static List<SalesObservation> sales(Connection connection, String skuCode) throws SQLException {
        List<SalesObservation> sales = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT sold_at, sku_code, site_code, quantity, "
                + "amount, customer, delivery_zone FROM sales_line WHERE sku_code = ? ORDER BY sold_at, line_key")) {
            select.setString(1, skuCode);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sales.add(new SalesObservation(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rows.getString(2), rows.getString(3), rows.getBigDecimal(4), rows.getBigDecimal(5),
                            rows.getString(6), rows.getString(7)));
                }
            }
        }
        return sales;
    }
}
