package org.grenier.core.forecast;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.grenier.core.model.SalesObservation;

/**
 * A product's sales summed per period, from the period of its first sale to that of its last, with the periods in
 * between that saw no sale counted as zero: a missing line is a day nobody bought, not a day nobody looked.
 */
public record SalesHistory(DemandSeries series, LocalDateTime firstPeriod) {

    public SalesHistory {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(firstPeriod, "first period");
    }

    /** The history of {@code sales}, periods cut in the time zone of the site ({@code zone}). */
    public static SalesHistory of(String name, List<SalesObservation> sales, Frequency frequency, ZoneId zone) {
        if (sales.isEmpty()) {
            throw new IllegalArgumentException(name + " has no sales to forecast from");
        }
        TreeMap<LocalDateTime, Double> totals = new TreeMap<>();
        for (SalesObservation sale : sales) {
            LocalDateTime period = frequency.periodStart(LocalDateTime.ofInstant(sale.at(), zone));
            totals.merge(period, sale.quantity().doubleValue(), Double::sum);
        }
        LocalDateTime first = totals.firstKey();
        int length = periodsBetween(frequency, first, totals.lastKey()) + 1;
        double[] values = new double[length];
        totals.forEach((period, total) -> values[periodsBetween(frequency, first, period)] = total);
        return new SalesHistory(new DemandSeries(name, values, frequency, SeriesCalendar.startingAt(first)), first);
    }

    /** This history with the days of {@code holidays} known to the models. */
    public SalesHistory withHolidays(org.grenier.core.calendar.Holidays holidays) {
        return new SalesHistory(new DemandSeries(series.name(), series.values(), series.frequency(),
                series.calendar().withHolidays(holidays)), firstPeriod);
    }

    public Frequency frequency() {
        return series.frequency();
    }

    public LocalDateTime periodStart(int index) {
        return frequency().after(firstPeriod, index);
    }

    public LocalDateTime lastPeriod() {
        return periodStart(series.length() - 1);
    }

    /** This history cut after the period starting at {@code last}, or all of it when that is its end or later. */
    public SalesHistory until(LocalDateTime last) {
        int keep = Math.min(series.length(), periodsBetween(frequency(), firstPeriod, last) + 1);
        if (keep < 1) {
            throw new IllegalArgumentException(series.name() + " has no sales before " + last);
        }
        return new SalesHistory(series.firstPeriods(keep), firstPeriod);
    }

    /** The totals of the periods after the one starting at {@code last}, oldest first (empty when none). */
    public double[] after(LocalDateTime last) {
        int from = Math.max(0, periodsBetween(frequency(), firstPeriod, last) + 1);
        double[] values = series.values();
        return from >= values.length ? new double[0] : Arrays.copyOfRange(values, from, values.length);
    }

    /** Whole periods from {@code from} to {@code to}, both period starts; stepping keeps calendar months exact. */
    private static int periodsBetween(Frequency frequency, LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return -1;
        }
        int steps = 0;
        long estimate = estimate(frequency, from, to);
        if (estimate > 2) {
            steps = (int) estimate - 2;
        }
        while (!frequency.after(from, steps + 1).isAfter(to)) {
            steps++;
        }
        return steps;
    }

    /** A lower bound near the answer, so a ten-year hourly history is not counted one hour at a time. */
    private static long estimate(Frequency frequency, LocalDateTime from, LocalDateTime to) {
        long minutes = Duration.between(from, to).toMinutes();
        long periodMinutes = switch (frequency) {
            case YEARLY -> 366L * 1440;
            case QUARTERLY -> 92L * 1440;
            case MONTHLY -> 31L * 1440;
            case WEEKLY -> 7L * 1440;
            case DAILY -> 1440;
            case HOURLY -> 60;
            case HALF_HOURLY -> 30;
        };
        return minutes / periodMinutes;
    }
}
