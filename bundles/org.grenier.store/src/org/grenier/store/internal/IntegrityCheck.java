package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.IntegrityFinding.Kind;

/**
 * The store's integrity check. Sales lines carry no foreign keys (bulk imports fill them in key order, see V2), so
 * rows naming a product or site the catalogue lacks can exist after an ERP renamed a code; sensor readings name a
 * storage unit by text. Each query reads, never writes.
 */
final class IntegrityCheck {

    private static final String UNKNOWN_PRODUCTS = "SELECT s.sku_code, COUNT(*) FROM sales_line s LEFT JOIN sku k "
            + "ON k.code = s.sku_code WHERE k.code IS NULL GROUP BY s.sku_code ORDER BY s.sku_code";
    private static final String UNKNOWN_SITES = "SELECT s.site_code, COUNT(*) FROM sales_line s LEFT JOIN site t "
            + "ON t.code = s.site_code WHERE s.site_code IS NOT NULL AND t.code IS NULL GROUP BY s.site_code "
            + "ORDER BY s.site_code";
    private static final String UNKNOWN_UNITS = "SELECT code, SUM(n) FROM (SELECT storage_unit_code code, COUNT(*) n "
            + "FROM sensor_sample GROUP BY storage_unit_code UNION ALL SELECT storage_unit_code, COUNT(*) "
            + "FROM sensor_alert GROUP BY storage_unit_code) r WHERE code IS NOT NULL AND NOT EXISTS "
            + "(SELECT 1 FROM storage_unit u WHERE u.code = r.code) GROUP BY code ORDER BY code";
    private static final String SALE_DAYS = "SELECT DISTINCT FORMATDATETIME(sold_at, 'yyyy-MM-dd', 'en', ?) d "
            + "FROM sales_line ORDER BY d";
    /** Sorted so that copies of one sale come together, the first stored first. */
    private static final String SALES_IN_ORDER = "SELECT line_key, sold_at, sku_code, site_code, quantity, customer "
            + "FROM sales_line ORDER BY sku_code, sold_at, site_code, quantity, customer, line_key";
    private static final String CONNECTION_GAPS = "SELECT port, COUNT(*), MAX(profile) FROM connection_gap "
            + "WHERE gap_from >= ? GROUP BY port ORDER BY port";
    /** Connection losses older than this are history, not a problem to look at. */
    private static final int GAP_DAYS = 30;

    /** The later copies of sales stored more than once, and the product and time of the first such sale. */
    record Duplicates(List<Long> extraKeys, String firstProduct, String firstTime) {
    }

    private IntegrityCheck() {
    }

    static List<IntegrityFinding> run(Connection connection, ZoneId zone) throws SQLException {
        List<IntegrityFinding> findings = new ArrayList<>();
        counted(connection, Kind.UNKNOWN_PRODUCT, UNKNOWN_PRODUCTS, findings);
        counted(connection, Kind.UNKNOWN_SITE, UNKNOWN_SITES, findings);
        counted(connection, Kind.UNKNOWN_STORAGE_UNIT, UNKNOWN_UNITS, findings);
        salesGaps(connection, zone, findings);
        Duplicates copies = duplicateSales(connection);
        if (!copies.extraKeys().isEmpty()) {
            findings.add(new IntegrityFinding(Kind.DUPLICATE_SALES, copies.firstProduct(), copies.extraKeys().size(),
                    copies.firstTime()));
        }
        connectionGaps(connection, findings);
        return findings;
    }

    private static void counted(Connection connection, Kind kind, String query, List<IntegrityFinding> findings)
            throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                findings.add(new IntegrityFinding(kind, rows.getString(1), rows.getLong(2), ""));
            }
        }
    }

    /**
     * Runs of days without any sale, inside the history, longer than the business's rhythm explains: with a median
     * of g days between days of sales, a hole of more than max(2, 3g) days is reported (a shop closed on Sundays has
     * none; a week with no export has one).
     */
    private static void salesGaps(Connection connection, ZoneId zone, List<IntegrityFinding> findings)
            throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SALE_DAYS)) {
            select.setString(1, zone.getId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.add(LocalDate.parse(rows.getString(1)));
                }
            }
        }
        if (days.size() < 3) {
            return;
        }
        long[] steps = new long[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            steps[i - 1] = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        }
        long[] sorted = steps.clone();
        Arrays.sort(sorted);
        long allowed = Math.max(2, 3 * sorted[sorted.length / 2]);
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] > allowed) {
                LocalDate from = days.get(i).plusDays(1);
                LocalDate to = days.get(i + 1).minusDays(1);
                findings.add(new IntegrityFinding(Kind.SALES_GAP, from.toString(), steps[i] - 1, to.toString()));
            }
        }
    }

    /** Reads every sales line once, in an order that puts copies side by side. */
    static Duplicates duplicateSales(Connection connection) throws SQLException {
        List<Long> extra = new ArrayList<>();
        Object[] first = null;
        Object[] previous = null;
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(SALES_IN_ORDER)) {
            while (rows.next()) {
                Object[] sale = { rows.getObject(2, java.time.OffsetDateTime.class).toInstant(), rows.getString(3),
                    rows.getString(4), rows.getBigDecimal(5).stripTrailingZeros(), rows.getString(6) };
                if (previous != null && Arrays.equals(previous, sale)) {
                    extra.add(rows.getLong(1));
                    first = first != null ? first : sale;
                }
                previous = sale;
            }
        }
        return first == null ? new Duplicates(extra, "", "")
                : new Duplicates(extra, (String) first[1], first[0].toString());
    }

    private static void connectionGaps(Connection connection, List<IntegrityFinding> findings) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CONNECTION_GAPS)) {
            select.setObject(1, StoreTimes.utc(Instant.now().minus(GAP_DAYS, ChronoUnit.DAYS)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new IntegrityFinding(Kind.CONNECTION_GAP, rows.getString(1), rows.getLong(2),
                            rows.getString(3)));
                }
            }
        }
    }
}
