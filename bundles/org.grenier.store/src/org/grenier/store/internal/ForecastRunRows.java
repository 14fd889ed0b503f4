package org.grenier.store.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.core.forecast.TrainingCost;
import org.grenier.core.forecast.TrainingWindow;

/** Forecast runs to and from their four tables: the run, its parameters, its candidates' scores, its forecast. */
final class ForecastRunRows {

    private static final String COLUMNS = "id, version, series, trained_at, asked, chosen, model, reason, frequency, "
            + "first_period, last_period, observations, naive_error, bin_edges, bin_shares, active, training_millis, "
            + "fit_millis, allocated_bytes";

    private ForecastRunRows() {
    }

    static long insert(Connection connection, ForecastRun run, int version) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO forecast_run (" + COLUMNS.substring(4)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            TrainingWindow window = run.window();
            insert.setInt(1, version);
            insert.setString(2, run.series());
            insert.setObject(3, run.trainedAt().atOffset(ZoneOffset.UTC));
            insert.setString(4, run.asked());
            insert.setString(5, run.chosen());
            insert.setString(6, run.forecast().model());
            insert.setString(7, run.forecast().reason());
            insert.setString(8, window.frequency().label());
            insert.setObject(9, window.firstPeriod());
            insert.setObject(10, window.lastPeriod());
            insert.setInt(11, window.observations());
            insert.setDouble(12, window.naiveError());
            insert.setArray(13, connection.createArrayOf("DOUBLE PRECISION", boxed(window.binEdges())));
            insert.setArray(14, connection.createArrayOf("DOUBLE PRECISION", boxed(window.binShares())));
            TrainingCost cost = run.cost();
            long[] measured = {cost.trainingMillis(), cost.fitMillis(), cost.allocatedBytes()};
            for (int i = 0; i < measured.length; i++) {
                insert.setObject(15 + i, cost.measured() ? measured[i] : null);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertParameters(connection, id, run.parameters());
        insertScores(connection, id, run.candidates());
        insertPoints(connection, id, run);
        return id;
    }

    private static void insertParameters(Connection connection, long id, Map<String, Double> parameters)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO forecast_parameter (run_id, name, parameter_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Double> parameter : parameters.entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, parameter.getKey());
                insert.setDouble(3, parameter.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertScores(Connection connection, long id, List<BacktestScore> scores) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO forecast_score (run_id, method, "
                + "forecasts, mase, smape, rmse, bias, coverage80, coverage95) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (BacktestScore score : scores) {
                insert.setLong(1, id);
                insert.setString(2, score.method());
                insert.setInt(3, score.forecasts());
                double[] values = {score.mase(), score.smape(), score.rmse(), score.bias(), score.coverage80(),
                    score.coverage95()};
                for (int i = 0; i < values.length; i++) {
                    insert.setDouble(4 + i, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPoints(Connection connection, long id, ForecastRun run) throws SQLException {
        SeriesForecast forecast = run.forecast();
        double[][] columns = {forecast.mean(), forecast.lo80(), forecast.hi80(), forecast.lo95(), forecast.hi95()};
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO forecast_point (run_id, step, "
                + "period_start, forecast, lo80, hi80, lo95, hi95) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int step = 1; step <= forecast.horizon(); step++) {
                insert.setLong(1, id);
                insert.setInt(2, step);
                insert.setObject(3, run.window().forecastPeriod(step));
                for (int c = 0; c < columns.length; c++) {
                    insert.setDouble(4 + c, columns[c][step - 1]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The runs matching {@code where} (an SQL condition on forecast_run with one parameter), in its order. */
    static List<ForecastRun> select(Connection connection, String where, Object parameter) throws SQLException {
        List<ForecastRun> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM forecast_run WHERE "
                + where)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(connection, rows));
                }
            }
        }
        return runs;
    }

    private static ForecastRun run(Connection connection, ResultSet rows) throws SQLException {
        long id = rows.getLong(1);
        String series = rows.getString(3);
        Frequency frequency = Frequency.parse(rows.getString(9)).orElseThrow(
                () -> new SQLException("forecast run " + id + " has an unknown frequency"));
        TrainingWindow window = new TrainingWindow(frequency, rows.getObject(10, LocalDateTime.class),
                rows.getObject(11, LocalDateTime.class), rows.getInt(12), rows.getDouble(13), unboxed(rows.getArray(14)),
                unboxed(rows.getArray(15)));
        SeriesForecast forecast = points(connection, id, series, rows.getString(7), rows.getString(8));
        return new ForecastRun(id, rows.getInt(2), series, rows.getObject(4, OffsetDateTime.class).toInstant(),
                rows.getString(5), rows.getString(6), window, forecast, parameters(connection, id),
                scores(connection, id), rows.getBoolean(16), cost(rows, 17));
    }

    /** The cost in the three columns from {@code first}; unmeasured when the run predates them. */
    static TrainingCost cost(ResultSet rows, int first) throws SQLException {
        long training = rows.getLong(first);
        return rows.wasNull() ? TrainingCost.UNMEASURED
                : new TrainingCost(training, rows.getLong(first + 1), rows.getLong(first + 2));
    }

    private static SeriesForecast points(Connection connection, long id, String series, String model, String reason)
            throws SQLException {
        List<double[]> steps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT forecast, lo80, hi80, lo95, hi95 FROM "
                + "forecast_point WHERE run_id = ? ORDER BY step")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    double[] step = new double[5];
                    for (int c = 0; c < 5; c++) {
                        step[c] = rows.getDouble(c + 1);
                    }
                    steps.add(step);
                }
            }
        }
        double[][] columns = new double[5][steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            for (int c = 0; c < 5; c++) {
                columns[c][s] = steps.get(s)[c];
            }
        }
        return new SeriesForecast(series, model, columns[0], columns[1], columns[2], columns[3], columns[4], reason);
    }

    private static Map<String, Double> parameters(Connection connection, long id) throws SQLException {
        Map<String, Double> parameters = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, parameter_value FROM forecast_parameter WHERE run_id = ? ORDER BY name")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    parameters.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return parameters;
    }

    private static List<BacktestScore> scores(Connection connection, long id) throws SQLException {
        List<BacktestScore> scores = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT method, forecasts, mase, smape, rmse, bias, "
                + "coverage80, coverage95 FROM forecast_score WHERE run_id = ? ORDER BY mase")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    scores.add(new BacktestScore(rows.getString(1), 1, rows.getInt(2), rows.getDouble(3),
                            rows.getDouble(4), rows.getDouble(5), rows.getDouble(6), rows.getDouble(7),
                            rows.getDouble(8)));
                }
            }
        }
        return scores;
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static double[] unboxed(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).doubleValue();
        }
        return out;
    }
}
