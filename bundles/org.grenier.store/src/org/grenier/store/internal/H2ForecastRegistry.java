package org.grenier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grenier.core.Result;
import org.grenier.core.forecast.AccuracyCheck;
import org.grenier.core.forecast.ForecastRun;
import org.grenier.core.forecast.RunRecord;
import org.grenier.core.store.ForecastRegistry;

/** The model registry in the H2 store; a run and its parameters, scores and forecast are written in one transaction. */
final class H2ForecastRegistry implements ForecastRegistry {

    private final H2Store store;

    H2ForecastRegistry(H2Store store) {
        this.store = store;
    }

    @Override
    public Result<ForecastRun> record(ForecastRun run) {
        return store.write(connection -> {
            int version = nextVersion(connection, run.series());
            deactivate(connection, run.series());
            long id = ForecastRunRows.insert(connection, run, version);
            return run.recorded(id, version, true);
        });
    }

    @Override
    public Result<List<ForecastRun>> runs(String series) {
        return store.read(connection -> ForecastRunRows.select(connection, "series = ? ORDER BY version DESC", series));
    }

    @Override
    public Result<Optional<ForecastRun>> run(long id) {
        return store.read(connection -> first(ForecastRunRows.select(connection, "id = ?", id)));
    }

    @Override
    public Result<Optional<ForecastRun>> active(String series) {
        return store.read(connection -> first(ForecastRunRows.select(connection, "series = ? AND active", series)));
    }

    @Override
    public Result<ForecastRun> restore(long id) {
        Result<Optional<ForecastRun>> found = run(id);
        if (found.failed()) {
            return Result.error(found.message());
        }
        if (found.value().isEmpty()) {
            return Result.error("There is no forecast run " + id + " in the registry");
        }
        ForecastRun run = found.value().get();
        return store.write(connection -> {
            deactivate(connection, run.series());
            try (PreparedStatement activate = connection.prepareStatement(
                    "UPDATE forecast_run SET active = TRUE WHERE id = ?")) {
                activate.setLong(1, id);
                activate.executeUpdate();
            }
            return run.recorded(run.id(), run.version(), true);
        });
    }

    @Override
    public Result<List<String>> series() {
        return store.read(connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT series FROM forecast_run ORDER BY series"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    @Override
    public Result<List<RunRecord>> records() {
        return store.read(ModelOperationRows::records);
    }

    @Override
    public Result<AccuracyCheck> recordCheck(AccuracyCheck check) {
        // an append: a check touches no row another writer could, and the workbench checks while imports run
        return store.append(connection -> ModelOperationRows.insert(connection, check));
    }

    @Override
    public Result<List<AccuracyCheck>> checks() {
        return store.read(ModelOperationRows::checks);
    }

    private static int nextVersion(Connection connection, String series) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM forecast_run WHERE series = ?")) {
            select.setString(1, series);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void deactivate(Connection connection, String series) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE forecast_run SET active = FALSE WHERE series = ? AND active")) {
            update.setString(1, series);
            update.executeUpdate();
        }
    }

    private static Optional<ForecastRun> first(List<ForecastRun> runs) {
        return runs.stream().findFirst();
    }
}
