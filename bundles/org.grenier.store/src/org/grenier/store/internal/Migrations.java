package org.grenier.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema to the latest version by running the numbered SQL scripts under {@code db/} that it has
 * not run yet, each in its own transaction. Written by hand on purpose: Flyway and Liquibase scan class paths,
 * which OSGi class loaders hide, and both are far larger than these forty lines.
 */
public final class Migrations {

    /** The scripts in order; the position in this list (from 1) is the schema version each one produces. */
    public static final List<String> SCRIPTS = List.of("V1__initial_schema.sql", "V2__imports_and_planning_records.sql",
            "V3__sensor_acquisition.sql", "V4__forecast_registry.sql", "V5__model_operations.sql", "V6__planning.sql",
            "V7__imported_supply.sql", "V8__alert_facts.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Runs the missing scripts and returns the version the store had before. */
    public static int migrate(Connection connection) throws SQLException {
        return migrate(connection, latestVersion());
    }

    /** Brings the schema up to {@code target} (a test makes an old store this way) and returns the version before. */
    static int migrate(Connection connection, int target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(200) "
                    + "NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
        }
        int before = currentVersion(connection);
        if (before > latestVersion()) {
            throw new SQLException("this store has schema version " + before + " but this Grenier knows only up to "
                    + latestVersion() + ": open it with a newer Grenier");
        }
        for (int version = before + 1; version <= target; version++) {
            apply(connection, version, SCRIPTS.get(version - 1));
        }
        return before;
    }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection
                    .prepareStatement("INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Splits a script on semicolons that end a line, after dropping comment lines. */
    static List<String> statements(String script) {
        String code = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (text, line) -> text + line + "\n");
        return List.of(code.split(";\\s*\\n")).stream().map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    private static String read(String script) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new SQLException("migration script db/" + script + " is missing from the store bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration script db/" + script, e);
        }
    }
}
