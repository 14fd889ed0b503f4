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
 * recorded; the active run of a series is the one served to planners and watched for drift. {@code cost} is what the
 * run took in time and memory, for model operations.
 */
public record ForecastRun(long id, int version, String series, Instant trainedAt, String asked, String chosen,
        TrainingWindow window, SeriesForecast forecast, Map<String, Double> parameters,
        List<BacktestScore> candidates, boolean active, TrainingCost cost) {

    public ForecastRun {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(trainedAt, "training time");
        Objects.requireNonNull(asked, "method asked for");
        Objects.requireNonNull(chosen, "method kept");
        Objects.requireNonNull(window, "training window");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(cost, "training cost");
        parameters = Map.copyOf(parameters);
        candidates = List.copyOf(candidates);
    }

    /** A run whose cost was not measured. */
    public ForecastRun(long id, int version, String series, Instant trainedAt, String asked, String chosen,
            TrainingWindow window, SeriesForecast forecast, Map<String, Double> parameters,
            List<BacktestScore> candidates, boolean active) {
        this(id, version, series, trainedAt, asked, chosen, window, forecast, parameters, candidates, active,
                TrainingCost.UNMEASURED);
    }

    /** This run with the cost measured while it was trained. */
    public ForecastRun withCost(TrainingCost measured) {
        return new ForecastRun(id, version, series, trainedAt, asked, chosen, window, forecast, parameters,
                candidates, active, measured);
    }

    /** This run as recorded under {@code newId} and {@code newVersion}. */
    public ForecastRun recorded(long newId, int newVersion, boolean isActive) {
        return new ForecastRun(newId, newVersion, series, trainedAt, asked, chosen, window, forecast, parameters,
                candidates, isActive, cost);
    }

    /** The backtest score of the kept method, when it was backtested. */
    public Optional<BacktestScore> chosenScore() {
        return candidates.stream().filter(score -> score.method().equals(chosen)).findFirst();
    }
}
