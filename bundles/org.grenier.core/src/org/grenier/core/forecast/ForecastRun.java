package org.grenier.core.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One training run of one series, as the model registry keeps it: when, on what history, the method asked for and
 * the one kept (they differ when the choice was automatic; the forecast says why), the fitted parameters, the
 * backtest score of every candidate, and the forecast made. {@code id} and {@code version} are 0 until the run is
 * recorded; the active run of a series is the one served to planners and watched for drift.
 */
public record ForecastRun(long id, int version, String series, Instant trainedAt, String asked, String chosen,
        TrainingWindow window, SeriesForecast forecast, Map<String, Double> parameters,
        List<BacktestScore> candidates, boolean active) {

    public ForecastRun {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(trainedAt, "training time");
        Objects.requireNonNull(asked, "method asked for");
        Objects.requireNonNull(chosen, "method kept");
        Objects.requireNonNull(window, "training window");
        Objects.requireNonNull(forecast, "forecast");
        parameters = Map.copyOf(parameters);
        candidates = List.copyOf(candidates);
    }

    /** This run as recorded under {@code newId} and {@code newVersion}. */
    public ForecastRun recorded(long newId, int newVersion, boolean isActive) {
        return new ForecastRun(newId, newVersion, series, trainedAt, asked, chosen, window, forecast, parameters,
                candidates, isActive);
    }

    /** The backtest score of the kept method, when it was backtested. */
    public Optional<BacktestScore> chosenScore() {
        return candidates.stream().filter(score -> score.method().equals(chosen)).findFirst();
    }
}
