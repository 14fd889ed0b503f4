package org.grenier.core.forecast;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.grenier.core.calendar.Holidays;

/**
 * Where a series sits in time: the start of its first period, the holidays that apply to it and its regressors.
 * Models that use calendar features read them from here; a series without a date still forecasts, by position.
 */
public record SeriesCalendar(LocalDateTime firstPeriod, Holidays holidays, Regressors regressors) {

    /** No dates, no holidays, no regressors. */
    public static final SeriesCalendar NONE = new SeriesCalendar(null, Holidays.NONE, Regressors.NONE);

    public SeriesCalendar {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(regressors, "regressors");
    }

    public static SeriesCalendar startingAt(LocalDateTime firstPeriod) {
        return new SeriesCalendar(Objects.requireNonNull(firstPeriod, "firstPeriod"), Holidays.NONE, Regressors.NONE);
    }

    public SeriesCalendar withHolidays(Holidays chosen) {
        return new SeriesCalendar(firstPeriod, chosen, regressors);
    }

    public SeriesCalendar withRegressors(Regressors chosen) {
        return new SeriesCalendar(firstPeriod, holidays, chosen);
    }

    public Optional<LocalDateTime> start() {
        return Optional.ofNullable(firstPeriod);
    }
}
