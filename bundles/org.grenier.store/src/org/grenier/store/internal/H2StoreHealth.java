package org.grenier.store.internal;

import static org.grenier.store.internal.StoreTimes.optionalInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.store.IntegrityFinding;
import org.grenier.core.store.SourceHealth;
import org.grenier.core.store.SourceHealth.Source;
import org.grenier.core.store.StoreHealth;

/** The store's data health in H2: each source's freshness read with one aggregate query, and the repairs. */
final class H2StoreHealth implements StoreHealth {

    private static final String IMPORTS = "SELECT profile_name, MAX(imported_at), SUM(accepted) FROM import_batch "
            + "WHERE undone_at IS NULL GROUP BY profile_name ORDER BY profile_name";
    /** Each profile's latest batch: its refused rows are the profile's last problem. */
    private static final String LAST_BATCHES = "SELECT b.profile_name, b.rejected, b.file_name FROM import_batch b "
            + "WHERE b.undone_at IS NULL AND b.id = (SELECT MAX(c.id) FROM import_batch c "
            + "WHERE c.profile_name = b.profile_name AND c.undone_at IS NULL)";
    private static final String SENSORS = "SELECT sensor_id, MAX(read_at), COUNT(*) FROM sensor_sample "
            + "GROUP BY sensor_id ORDER BY sensor_id";
    private static final String OPEN_ALERTS = "SELECT sensor_id, COUNT(*), MAX(message) FROM sensor_alert "
            + "WHERE acknowledged_at IS NULL GROUP BY sensor_id";
    private static final String WEATHER = "SELECT station, MAX(observed_at), COUNT(*) FROM weather "
            + "WHERE issued_at IS NULL GROUP BY station ORDER BY station";

    // The latest sale without reading every line: a line's key starts with its day (H2ImportSession.lineKey), so the
    // latest day's lines are the keys from that day's first; lines kept from before keys had days are negative. The
    // count of a whole table is the table's own. (H2's GREATEST is null if either is.)
    private static final String LATEST_KEYED = "(SELECT MAX(sold_at) FROM sales_line WHERE line_key >= BITAND("
            + "(SELECT MAX(line_key) FROM sales_line), -" + (1L << 47) + "))";
    private static final String LATEST_UNKEYED = "(SELECT MAX(sold_at) FROM sales_line WHERE line_key < 0)";
    static final String LATEST_SALE = "SELECT GREATEST(COALESCE(" + LATEST_KEYED + ", " + LATEST_UNKEYED + "), "
            + "COALESCE(" + LATEST_UNKEYED + ", " + LATEST_KEYED + ")), (SELECT COUNT(*) FROM sales_line)";

    private final H2Store store;

    H2StoreHealth(H2Store store) {
        this.store = store;
    }

    @Override
    public Result<List<SourceHealth>> sources() {
        return store.read(connection -> {
            List<SourceHealth> sources = new ArrayList<>(imports(connection));
            whole(connection, Source.SALES, LATEST_SALE, sources);
            whole(connection, Source.STOCK_COUNT, "SELECT MAX(counted_at), COUNT(*) FROM stock_level", sources);
            sources.addAll(sensors(connection));
            sources.addAll(grouped(connection, Source.WEATHER, WEATHER, Map.of()));
            // a production plan is about the future: its freshness is when it was last brought in
            whole(connection, Source.PRODUCTION_PLAN, "SELECT MAX(b.imported_at), COUNT(*) FROM production_plan p "
                    + "LEFT JOIN import_batch b ON b.id = p.batch_id", sources);
            return sources;
        });
    }

    private static List<SourceHealth> imports(Connection connection) throws SQLException {
        Map<String, Problem> refused = new HashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(LAST_BATCHES)) {
            while (rows.next()) {
                refused.put(rows.getString(1), new Problem(rows.getLong(2), rows.getString(3)));
            }
        }
        return grouped(connection, Source.IMPORT, IMPORTS, refused);
    }

    private static List<SourceHealth> sensors(Connection connection) throws SQLException {
        Map<String, Problem> alerts = new HashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(OPEN_ALERTS)) {
            while (rows.next()) {
                alerts.put(rows.getString(1), new Problem(rows.getLong(2), rows.getString(3)));
            }
        }
        return grouped(connection, Source.SENSOR, SENSORS, alerts);
    }

    /** How many rows had a problem, and what the last one said (a file, an alert's message). */
    private record Problem(long count, String what) {
    }

    /** One source per row of the query: name, last time, volume; its problem looked up by name. */
    private static List<SourceHealth> grouped(Connection connection, Source source, String query,
            Map<String, Problem> problems) throws SQLException {
        List<SourceHealth> found = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                Problem problem = problems.getOrDefault(rows.getString(1), new Problem(0, null));
                found.add(new SourceHealth(source, rows.getString(1), optionalInstant(rows, 2), rows.getLong(3),
                        problem.count(), Optional.ofNullable(problem.count() == 0 ? null : problem.what())));
            }
        }
        return found;
    }

    /** The source as one whole (all sales, all counts), listed only when it holds something. */
    private static void whole(Connection connection, Source source, String query, List<SourceHealth> sources)
            throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            if (rows.next() && rows.getLong(2) > 0) {
                sources.add(new SourceHealth(source, "", optionalInstant(rows, 1), rows.getLong(2), 0,
                        Optional.empty()));
            }
        }
    }

    @Override
    public Result<List<IntegrityFinding>> check(ZoneId zone) {
        return store.read(connection -> IntegrityCheck.run(connection, zone));
    }

    @Override
    public Result<Long> relink(IntegrityFinding finding, String knownCode) {
        if (!finding.kind().relinkable()) {
            return Result.error("A " + finding.kind() + " finding has no rows to re-link.");
        }
        return store.write(connection -> Relinking.relink(connection, finding, knownCode));
    }

    @Override
    public Result<Long> removeDuplicateSales() {
        return store.write(connection -> {
            List<Long> extra = IntegrityCheck.duplicateSales(connection).extraKeys();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sales_line WHERE line_key = ?")) {
                for (long key : extra) {
                    delete.setLong(1, key);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return (long) extra.size();
        });
    }
}
