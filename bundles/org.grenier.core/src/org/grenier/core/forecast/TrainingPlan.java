package org.grenier.core.forecast;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * How to train a product's forecast from its stored sales: the period to sum sales by (cut in {@code zone}), how far
 * ahead, the method ({@link ForecastEngine#AUTO} lets each series choose among {@code candidates} by their backtest
 * error over {@code origins} rolling origins).
 */
public record TrainingPlan(Frequency frequency, int horizon, String method, List<String> candidates, int origins,
        ZoneId zone) {

    /** The candidates an automatic choice weighs when none are named. */
    public static final List<String> DEFAULT_CANDIDATES = List.of(ForecastEngine.AUTO, "ets", "arima", "theta",
            "snaive");

    public TrainingPlan {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(zone, "time zone");
        candidates = List.copyOf(candidates);
        if (horizon < 1 || origins < 1) {
            throw new IllegalArgumentException("horizon and origins must be at least 1, not " + horizon + " and "
                    + origins);
        }
    }

    public static TrainingPlan automatic(Frequency frequency, int horizon) {
        return new TrainingPlan(frequency, horizon, ForecastEngine.AUTO, DEFAULT_CANDIDATES, 3,
                ZoneId.systemDefault());
    }
}
