package org.grenier.forecast.internal.patterns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import org.grenier.core.forecast.Frequency;

/**
 * The complete periods between a first and a last day of sales, and which period each day falls in. A period the
 * last day leaves unfinished is left out: half a month of sales read as a month would look like a slump.
 */
final class PeriodGrid {

    private final Frequency frequency;
    private final LocalDateTime first;
    private final LocalDate firstDay;
    private final int[] periodOfDay;
    private final int periods;

    private PeriodGrid(Frequency frequency, LocalDateTime first, int[] periodOfDay, int periods) {
        this.frequency = frequency;
        this.first = first;
        this.firstDay = first.toLocalDate();
        this.periodOfDay = periodOfDay;
        this.periods = periods;
    }

    /** The complete periods from the one holding {@code firstDay} to {@code lastDay}; empty when there is none. */
    static Optional<PeriodGrid> covering(Frequency frequency, LocalDate firstDay, LocalDate lastDay) {
        LocalDateTime first = frequency.periodStart(firstDay.atStartOfDay());
        LocalDate end = lastDay.plusDays(1);
        int[] periodOfDay = new int[(int) ChronoUnit.DAYS.between(first.toLocalDate(), end)];
        Arrays.fill(periodOfDay, -1);
        int period = 0;
        LocalDateTime start = first;
        while (!frequency.after(start, 1).toLocalDate().isAfter(end)) {
            LocalDate next = frequency.after(start, 1).toLocalDate();
            for (LocalDate day = start.toLocalDate(); day.isBefore(next); day = day.plusDays(1)) {
                periodOfDay[(int) ChronoUnit.DAYS.between(first.toLocalDate(), day)] = period;
            }
            start = frequency.after(start, 1);
            period++;
        }
        return period == 0 ? Optional.empty() : Optional.of(new PeriodGrid(frequency, first, periodOfDay, period));
    }

    Frequency frequency() {
        return frequency;
    }

    int periods() {
        return periods;
    }

    LocalDateTime start(int period) {
        return frequency.after(first, period);
    }

    LocalDateTime lastPeriod() {
        return start(periods - 1);
    }

    /** The period {@code day} falls in, or -1 when it lies outside the complete periods. */
    int periodOf(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(firstDay, day);
        return offset < 0 || offset >= periodOfDay.length ? -1 : periodOfDay[(int) offset];
    }

    /** True when the last day's period was left out as unfinished. */
    boolean leftOutLastPeriod(LocalDate lastDay) {
        return periodOf(lastDay) < 0;
    }
}
