package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.model.DailySales;
import org.grenier.core.model.StockOnHand;

/** Sales and stock summed by the database, so an analysis of a million lines reads thousands of rows. */
final class SalesQueries {

    // The day is cut in the planner's zone, not the server's: a sale at 23:30 in Paris belongs to that Paris day. H2
    // casts a zoned time to a date in the session's zone whatever AT TIME ZONE said, so the day is formatted instead.
    private static final String DAILY = "SELECT sku_code, delivery_zone, FORMATDATETIME(sold_at, 'yyyy-MM-dd', 'en', ?) "
            + "AS sale_day, SUM(quantity), SUM(COALESCE(amount, 0)) FROM sales_line "
            + "GROUP BY sku_code, delivery_zone, sale_day ORDER BY sale_day, sku_code, delivery_zone";

    // The latest count of each product in each unit; a unit counted twice at the same time cannot happen (unique key).
    static final String LATEST_COUNTS = "FROM stock_level s WHERE s.counted_at = (SELECT MAX(l.counted_at) "
            + "FROM stock_level l WHERE l.sku_code = s.sku_code AND l.storage_unit_code = s.storage_unit_code) ";

    private static final String ON_HAND = "SELECT s.sku_code, SUM(s.quantity), MIN(s.counted_at) " + LATEST_COUNTS
            + "GROUP BY s.sku_code ORDER BY s.sku_code";

    private SalesQueries() {
    }

    static List<DailySales> daily(Connection connection, ZoneId zone) throws SQLException {
        List<DailySales> days = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(DAILY)) {
            select.setString(1, zone.getId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.add(new DailySales(rows.getString(1), rows.getString(2), LocalDate.parse(rows.getString(3)),
                            rows.getDouble(4), rows.getDouble(5)));
                }
            }
        }
        return days;
    }

    static List<StockOnHand> onHand(Connection connection) throws SQLException {
        List<StockOnHand> stock = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ON_HAND);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stock.add(new StockOnHand(rows.getString(1), rows.getDouble(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant()));
            }
        }
        return stock;
    }
}
