package org.grenier.core.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * The history of one series to forecast (a SKU's sales per period, say), oldest value first, with its calendar:
 * dates, holidays and regressors, for the models that use them.
 */
public record DemandSeries(String name, double[] values, Frequency frequency, SeriesCalendar calendar) {

    public DemandSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(calendar, "calendar");
        values = values.clone();
    }

    /** A series known by position only. */
    public DemandSeries(String name, double[] values, Frequency frequency) {
        this(name, values, frequency, SeriesCalendar.NONE);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The first {@code periods} of this history, with the same calendar: what a backtest origin sees. */
    public DemandSeries firstPeriods(int periods) {
        return new DemandSeries(name, Arrays.copyOf(values, periods), frequency, calendar);
    }
}
