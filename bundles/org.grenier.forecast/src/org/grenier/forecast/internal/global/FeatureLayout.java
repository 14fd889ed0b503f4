package org.grenier.forecast.internal.global;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesCalendar;

/**
 * The features the global model sees for one series, one forecast origin and one step ahead. Values are divided
 * by the series' level at the origin (the mean of its recent lags), so that series of any size share one model
 * and a trend reads as a ratio a tree can learn; the target is divided the same way.
 */
final class FeatureLayout {

    private final Frequency frequency;
    private final int lags;
    private final int[] cycles;
    private final int regressors;
    private final List<String> names = new ArrayList<>();

    FeatureLayout(Frequency frequency, List<String> regressorNames) {
        this.frequency = frequency;
        this.lags = lagsFor(frequency);
        this.cycles = cyclesFor(frequency);
        this.regressors = regressorNames.size();
        names.add("step");
        names.add("log_level");
        for (int lag = 1; lag <= lags; lag++) {
            names.add("lag_" + lag);
        }
        for (int cycle : cycles) {
            names.add("same_period_" + cycle);
        }
        names.add("cycle_position");
        names.add("week_or_year_position");
        names.add("holidays");
        names.add("holidays_next_period");
        regressorNames.forEach(name -> names.add("x_" + name));
    }

    /** Recent values a row sees: a year of months, two weeks of days, a day of hours. */
    static int lagsFor(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> 4;
            case QUARTERLY -> 8;
            case MONTHLY -> 12;
            case WEEKLY -> 8;
            case DAILY -> 14;
            case HOURLY -> 24;
            case HALF_HOURLY -> 48;
        };
    }

    /** The seasonal cycles, several for intraday data (a day and a week), read as "the same period last cycle". */
    static int[] cyclesFor(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> new int[0];
            case QUARTERLY -> new int[] {4};
            case MONTHLY -> new int[] {12};
            case WEEKLY -> new int[] {52};
            case DAILY -> new int[] {7, 364};
            case HOURLY -> new int[] {24, 168};
            case HALF_HOURLY -> new int[] {48, 336};
        };
    }

    /** The feature groups in words, for the reason a forecast gives. */
    String describe() {
        StringBuilder text = new StringBuilder(lags + " lags");
        for (int cycle : cycles) {
            text.append(", the same period ").append(cycle).append(" back");
        }
        text.append(", calendar position, holidays");
        if (regressors > 0) {
            text.append(", regressors ").append(String.join(", ", names.subList(names.size() - regressors,
                    names.size())));
        }
        return text.toString();
    }

    List<String> names() {
        return List.copyOf(names);
    }

    int width() {
        return names.size();
    }

    Frequency frequency() {
        return frequency;
    }

    /** The level rows are divided by: the mean size of the last lags, 1 when they are all zero. */
    double level(double[] y, int origin) {
        double sum = 0;
        for (int lag = 0; lag < lags; lag++) {
            sum += Math.abs(at(y, origin - lag));
        }
        double level = sum / lags;
        return level > 0 ? level : 1;
    }

    /** Fills {@code row} for the forecast of period {@code origin + step} made at {@code origin}. */
    void fill(double[] row, DemandSeries series, double[] y, int origin, int step, double level) {
        int column = 0;
        int target = origin + step;
        row[column++] = step;
        row[column++] = Math.log(level);
        for (int lag = 0; lag < lags; lag++) {
            row[column++] = at(y, origin - lag) / level;
        }
        for (int cycle : cycles) {
            int back = target - cycle * (int) Math.ceil(step / (double) cycle);
            row[column++] = (back >= 0 ? y[back] : at(y, origin)) / level;
        }
        SeriesCalendar calendar = series.calendar();
        LocalDateTime when = calendar.start().map(start -> frequency.after(start, target)).orElse(null);
        row[column++] = when != null ? cyclePosition(when) : Math.floorMod(target, Math.max(1, frequency.seasonPeriod()));
        row[column++] = when != null ? secondPosition(when) : 0;
        row[column++] = when != null ? holidays(calendar, when) : 0;
        row[column++] = when != null ? holidays(calendar, frequency.after(when, 1)) : 0;
        for (int r = 0; r < regressors; r++) {
            row[column++] = calendar.regressors().value(r, target);
        }
    }

    /** Before the first observation a lag reads the first one, so short series still give rows. */
    private static double at(double[] y, int index) {
        return y[Math.max(0, index)];
    }

    private double cyclePosition(LocalDateTime when) {
        return switch (frequency) {
            case YEARLY -> 0;
            case QUARTERLY -> when.get(IsoFields.QUARTER_OF_YEAR);
            case MONTHLY -> when.getMonthValue();
            case WEEKLY -> when.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case DAILY -> when.getDayOfWeek().getValue();
            case HOURLY -> when.getHour();
            case HALF_HOURLY -> when.getHour() * 2 + when.getMinute() / 30;
        };
    }

    /** The longer cycle around the main one: the weekday of an hour, the month of a day. */
    private double secondPosition(LocalDateTime when) {
        return switch (frequency) {
            case DAILY, WEEKLY -> when.getMonthValue();
            case HOURLY, HALF_HOURLY -> when.getDayOfWeek().getValue();
            default -> 0;
        };
    }

    /** Holidays within the period that starts at {@code when} (for intraday periods, on its day). */
    private int holidays(SeriesCalendar calendar, LocalDateTime when) {
        LocalDate from = when.toLocalDate();
        LocalDate until = frequency.after(when, 1).toLocalDate();
        return calendar.holidays().count(from, until.isAfter(from) ? until : from.plusDays(1));
    }
}
