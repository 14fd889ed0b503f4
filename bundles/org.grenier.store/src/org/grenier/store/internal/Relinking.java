package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.grenier.core.store.IntegrityFinding;

/** Points rows that name an unknown code at a code the store knows, after checking that it does. */
final class Relinking {

    private Relinking() {
    }

    static long relink(Connection connection, IntegrityFinding finding, String knownCode) throws SQLException {
        String table = switch (finding.kind()) {
            case UNKNOWN_PRODUCT -> "sku";
            case UNKNOWN_SITE -> "site";
            default -> "storage_unit";
        };
        if (!exists(connection, table, knownCode)) {
            String noun = table.equals("sku") ? "product" : table.replace('_', ' ');
            throw new SQLException("The store has no " + noun + " " + knownCode + "; choose one it has.");
        }
        List<String> updates = switch (finding.kind()) {
            case UNKNOWN_PRODUCT -> List.of("UPDATE sales_line SET sku_code = ? WHERE sku_code = ?");
            case UNKNOWN_SITE -> List.of("UPDATE sales_line SET site_code = ? WHERE site_code = ?");
            default -> List.of("UPDATE sensor_sample SET storage_unit_code = ? WHERE storage_unit_code = ?",
                    "UPDATE sensor_alert SET storage_unit_code = ? WHERE storage_unit_code = ?");
        };
        long moved = 0;
        for (String update : updates) {
            try (PreparedStatement sql = connection.prepareStatement(update)) {
                sql.setString(1, knownCode);
                sql.setString(2, finding.subject());
                moved += sql.executeLargeUpdate();
            }
        }
        return moved;
    }

    private static boolean exists(Connection connection, String table, String code) throws SQLException {
        // the table name comes from the switch above, never from the caller
        try (PreparedStatement sql = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE code = ?")) {
            sql.setString(1, code);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next();
            }
        }
    }
}
