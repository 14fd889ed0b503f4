package org.grenier.core.forecast;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.grenier.core.calendar.Holidays;

/**
 * How to train a product's forecast from its stored sales: the period to sum sales by (cut in {@code zone}), how far
 * ahead, the method ({@link ForecastEngine#AUTO} lets each series choose among {@code candidates} by their backtest
 * error over {@code origins} rolling origins), and the public holiday calendars the models see, by their codes
 * ({@code fr}, {@code ca}, {@code ca-qc}, comma-separated, or {@code none}).
 */
public record TrainingPlan(Frequency frequency, int horizon, String method, List<String> candidates, int origins,
        ZoneId zone, String holidays) {

    /** The candidates an automatic choice weighs when none are named. */
    public static final String NO_HOLIDAYS = "none";

    public static final List<String> DEFAULT_CANDIDATES = List.of(ForecastEngine.AUTO, "ets", "arima", "theta",
            "snaive");

    public TrainingPlan {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(zone, "time zone");
        candidates = List.copyOf(candidates);
        holidays = holidays == null || holidays.isBlank() ? NO_HOLIDAYS : holidays.strip();
        Holidays.parse(holidays); // an unknown calendar fails here, with the known ones named
        if (horizon < 1 || origins < 1) {
            throw new IllegalArgumentException("horizon and origins must be at least 1, not " + horizon + " and "
                    + origins);
        }
    }

    /** A plan that sees no holidays. */
    public TrainingPlan(Frequency frequency, int horizon, String method, List<String> candidates, int origins,
            ZoneId zone) {
        this(frequency, horizon, method, candidates, origins, zone, NO_HOLIDAYS);
    }

    /** The calendar of the plan's holidays. */
    public Holidays holidayCalendar() {
        return Holidays.parse(holidays);
    }

    public boolean seesHolidays() {
        return !holidays.equals(NO_HOLIDAYS);
    }

    public static TrainingPlan automatic(Frequency frequency, int horizon) {
        return new TrainingPlan(frequency, horizon, ForecastEngine.AUTO, DEFAULT_CANDIDATES, 3,
                ZoneId.systemDefault());
    }
}
