package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.RunRecord;

/** The registry's history for model operations: runs without their forecasts, and drift checks. */
final class ModelOperationRows {

    // The kept method's backtest MASE comes from its candidate score, when it was backtested.
    private static final String RECORDS = "SELECT r.id, r.series, r.version, r.trained_at, r.chosen, r.active, "
            + "s.mase, r.training_millis, r.fit_millis, r.allocated_bytes FROM forecast_run r "
            + "LEFT JOIN forecast_score s ON s.run_id = r.id AND s.method = r.chosen ORDER BY r.trained_at, r.id";

    private static final String CHECKS = "SELECT c.run_id, r.series, c.checked_at, c.periods, c.live_mase, "
            + "c.backtest_mase, c.psi, c.degraded FROM forecast_check c JOIN forecast_run r ON r.id = c.run_id "
            + "ORDER BY c.checked_at, c.id";

    private ModelOperationRows() {
    }

    static List<RunRecord> records(Connection connection) throws SQLException {
        List<RunRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(RECORDS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                double mase = rows.getDouble(7);
                records.add(new RunRecord(rows.getLong(1), rows.getString(2), rows.getInt(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5), rows.getBoolean(6),
                        rows.wasNull() ? Double.NaN : mase, ForecastRunRows.cost(rows, 8)));
            }
        }
        return records;
    }

    /**
     * Keeps the check unless the run was already checked over as many periods: the workbench checks drift whenever
     * the store changes, and a check that saw no new period adds no point to the accuracy history.
     */
    static AccuracyCheck insert(Connection connection, AccuracyCheck check) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO forecast_check (run_id, checked_at, "
                + "periods, live_mase, backtest_mase, psi, degraded) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM forecast_check WHERE run_id = ? AND periods = ?)", Statement.NO_GENERATED_KEYS)) {
            insert.setLong(8, check.runId());
            insert.setInt(9, check.periods());
            insert.setLong(1, check.runId());
            insert.setObject(2, check.checkedAt().atOffset(ZoneOffset.UTC));
            insert.setInt(3, check.periods());
            setFigure(insert, 4, check.liveMase());
            setFigure(insert, 5, check.backtestMase());
            setFigure(insert, 6, check.psi());
            insert.setBoolean(7, check.degraded());
            insert.executeUpdate();
        }
        return check;
    }

    static List<AccuracyCheck> checks(Connection connection) throws SQLException {
        List<AccuracyCheck> checks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CHECKS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                checks.add(new AccuracyCheck(rows.getLong(1), rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4), figure(rows, 5),
                        figure(rows, 6), figure(rows, 7), rows.getBoolean(8)));
            }
        }
        return checks;
    }

    /** NaN (a figure that could not be computed, such as MASE over no period) is kept as NULL. */
    private static void setFigure(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static double figure(ResultSet rows, int index) throws SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? Double.NaN : value;
    }
}
