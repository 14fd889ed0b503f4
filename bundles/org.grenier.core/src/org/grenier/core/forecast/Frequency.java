package org.grenier.core.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** How often a series is observed, and so the length of its main seasonal cycle. */
public enum Frequency {
    YEARLY("yearly", 1),
    QUARTERLY("quarterly", 4),
    MONTHLY("monthly", 12),
    WEEKLY("weekly", 52),
    DAILY("daily", 7),
    HOURLY("hourly", 24),
    HALF_HOURLY("30min", 48);

    private final String label;
    private final int seasonPeriod;

    Frequency(String label, int seasonPeriod) {
        this.label = label;
        this.seasonPeriod = seasonPeriod;
    }

    /** The name used on the command line and in files: {@code monthly}, {@code 30min}... */
    public String label() {
        return label;
    }

    /** Observations in one seasonal cycle: 12 for monthly data (a year), 7 for daily data (a week), 1 for none. */
    public int seasonPeriod() {
        return seasonPeriod;
    }

    /** The time {@code steps} periods after {@code last}. */
    public LocalDateTime after(LocalDateTime last, int steps) {
        return switch (this) {
            case YEARLY -> last.plusYears(steps);
            case QUARTERLY -> last.plusMonths(3L * steps);
            case MONTHLY -> last.plusMonths(steps);
            case WEEKLY -> last.plusWeeks(steps);
            case DAILY -> last.plusDays(steps);
            case HOURLY -> last.plusHours(steps);
            case HALF_HOURLY -> last.plusMinutes(30L * steps);
        };
    }

    /** The start of the period that holds {@code time}: the first of its month for monthly data, Monday for weekly. */
    public LocalDateTime periodStart(LocalDateTime time) {
        LocalDateTime day = time.truncatedTo(ChronoUnit.DAYS);
        return switch (this) {
            case YEARLY -> day.withDayOfYear(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth(3 * ((time.getMonthValue() - 1) / 3) + 1);
            case MONTHLY -> day.withDayOfMonth(1);
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAILY -> day;
            case HOURLY -> time.truncatedTo(ChronoUnit.HOURS);
            case HALF_HOURLY -> time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() < 30 ? 0 : 30);
        };
    }

    /** The frequency whose period is nearest the typical spacing of a series' dates. */
    public static Frequency ofSpacing(Duration typical) {
        double hours = typical.toMinutes() / 60.0;
        if (hours < 0.75) {
            return HALF_HOURLY;
        }
        if (hours < 12) {
            return HOURLY;
        }
        double days = hours / 24;
        if (days < 4) {
            return DAILY;
        }
        if (days < 20) {
            return WEEKLY;
        }
        if (days < 60) {
            return MONTHLY;
        }
        return days < 200 ? QUARTERLY : YEARLY;
    }

    public static Optional<Frequency> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Frequency frequency : values()) {
            if (frequency.label.equals(wanted) || frequency.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
