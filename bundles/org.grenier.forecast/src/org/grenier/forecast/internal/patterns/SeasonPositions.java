package org.grenier.forecast.internal.patterns;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.grenier.core.forecast.Frequency;

/**
 * Where a period sits in its season, by the calendar rather than by its offset in the series, so that a product whose
 * sales began in March still has its July in the July slot.
 */
final class SeasonPositions {

    private SeasonPositions() {
    }

    /** The names of a season's positions: January..December, Monday..Sunday, Q1..Q4, W1..W52. */
    static List<String> names(Frequency frequency) {
        List<String> names = new ArrayList<>();
        switch (frequency) {
            case MONTHLY -> {
                for (Month month : Month.values()) {
                    names.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
            }
            case DAILY -> {
                for (DayOfWeek day : DayOfWeek.values()) {
                    names.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
            }
            case QUARTERLY -> names.addAll(List.of("Q1", "Q2", "Q3", "Q4"));
            case WEEKLY -> {
                for (int week = 1; week <= 52; week++) {
                    names.add("W" + week);
                }
            }
            default -> throw new IllegalArgumentException(frequency.label() + " sales have no season to name");
        }
        return names;
    }

    /** The position, from 0, of the period starting at {@code start}; ISO week 53 shares week 52's slot. */
    static int of(Frequency frequency, LocalDateTime start) {
        return switch (frequency) {
            case MONTHLY -> start.getMonthValue() - 1;
            case DAILY -> start.getDayOfWeek().getValue() - 1;
            case QUARTERLY -> (start.getMonthValue() - 1) / 3;
            case WEEKLY -> Math.min(52, start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) - 1;
            default -> throw new IllegalArgumentException(frequency.label() + " sales have no season");
        };
    }
}
