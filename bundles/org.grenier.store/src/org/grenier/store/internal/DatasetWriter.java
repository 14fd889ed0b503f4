package org.grenier.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.grenier.core.imports.RowKeys;
import org.grenier.core.model.SalesObservation;
import org.grenier.core.model.Site;
import org.grenier.core.model.Sku;
import org.grenier.core.model.StockCount;
import org.grenier.core.model.StockMovement;
import org.grenier.core.model.StorageUnit;
import org.grenier.core.store.Dataset;

/** Writes a dataset with batched, parameterised inserts, parents before children. The caller owns the transaction. */
final class DatasetWriter {

    private DatasetWriter() {
    }

    static int write(Connection connection, Dataset dataset) throws SQLException {
        return insert(connection, "INSERT INTO site (code, name, region) VALUES (?, ?, ?)", dataset.sites(),
                DatasetWriter::bindSite)
                + insert(connection, "INSERT INTO sku (code, name, category, sector, unit, shelf_life_days, unit_cost, "
                        + "price) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", dataset.skus(), DatasetWriter::bindSku)
                + insert(connection, "INSERT INTO storage_unit (code, site_code, name, type, capacity, capacity_unit) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", dataset.storageUnits(), DatasetWriter::bindStorageUnit)
                + insert(connection, "INSERT INTO supply_terms (sku_code, lead_time_days, lead_time_sd_days, "
                        + "order_cost, minimum_order, pack_size, unit_volume, storage_unit_code, holding_rate) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?)", dataset.supplyTerms(), H2PlanningRecords::bindTerms)
                + insert(connection, "INSERT INTO stock_level (sku_code, storage_unit_code, counted_at, quantity) "
                        + "VALUES (?, ?, ?, ?)", dataset.stockCounts(), DatasetWriter::bindCount)
                + insert(connection, "INSERT INTO stock_movement (sku_code, storage_unit_code, moved_at, kind, quantity, "
                        + "unit_cost) VALUES (?, ?, ?, ?, ?, ?)", dataset.movements(), DatasetWriter::bindMovement)
                + insert(connection, "INSERT INTO sales_line (sold_at, sku_code, site_code, quantity, amount, customer, "
                        + "delivery_zone, row_key, line_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", dataset.sales(),
                        new SaleBinder())
                + SensorSamples.insert(connection, dataset.readings());
    }

    private static <T> int insert(Connection connection, String sql, List<T> records, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T record : records) {
                binder.bind(statement, record);
                statement.addBatch();
                if (++pending % 1000 == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        return records.size();
    }

    private static void bindSite(PreparedStatement s, Site site) throws SQLException {
        s.setString(1, site.code());
        s.setString(2, site.name());
        s.setString(3, site.region());
    }

    private static void bindSku(PreparedStatement s, Sku sku) throws SQLException {
        s.setString(1, sku.code());
        s.setString(2, sku.name());
        s.setString(3, sku.category());
        s.setString(4, sku.sector().name());
        s.setString(5, sku.unit());
        if (sku.shelfLifeDays() == null) {
            s.setNull(6, Types.INTEGER);
        } else {
            s.setInt(6, sku.shelfLifeDays());
        }
        s.setBigDecimal(7, sku.unitCost());
        s.setBigDecimal(8, sku.price());
    }

    private static void bindStorageUnit(PreparedStatement s, StorageUnit unit) throws SQLException {
        s.setString(1, unit.code());
        s.setString(2, unit.siteCode());
        s.setString(3, unit.name());
        s.setString(4, unit.type().name());
        s.setDouble(5, unit.capacity());
        s.setString(6, unit.capacityUnit());
    }

    private static void bindCount(PreparedStatement s, StockCount count) throws SQLException {
        s.setString(1, count.skuCode());
        s.setString(2, count.storageUnitCode());
        s.setTimestamp(3, Timestamp.from(count.countedAt()));
        s.setBigDecimal(4, BigDecimal.valueOf(count.quantity()));
    }

    private static void bindMovement(PreparedStatement s, StockMovement movement) throws SQLException {
        s.setString(1, movement.skuCode());
        s.setString(2, movement.storageUnitCode());
        s.setTimestamp(3, Timestamp.from(movement.at()));
        s.setString(4, movement.kind().name());
        s.setBigDecimal(5, movement.quantity());
        s.setBigDecimal(6, movement.unitCost());
    }

    /** Gives each sale the content key an import of the same line would get, so re-importing it adds nothing. */
    private static final class SaleBinder implements Binder<SalesObservation> {

        @Override
        public void bind(PreparedStatement s, SalesObservation sale) throws SQLException {
            s.setTimestamp(1, Timestamp.from(sale.at()));
            s.setString(2, sale.skuCode());
            s.setString(3, sale.siteCode());
            s.setBigDecimal(4, sale.quantity());
            s.setBigDecimal(5, sale.amount());
            s.setString(6, sale.customer());
            s.setString(7, sale.deliveryZone());
            long rowKey = RowKeys.of(new Object[] { sale.at(), sale.skuCode(), sale.siteCode(), sale.quantity(),
                    sale.amount(), sale.customer(), sale.deliveryZone(), null });
            s.setLong(8, rowKey);
            s.setLong(9, H2ImportSession.lineKey(sale.at(), rowKey));
        }
    }

    /** Sets one record's values on a prepared insert. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T record) throws SQLException;
    }

}
