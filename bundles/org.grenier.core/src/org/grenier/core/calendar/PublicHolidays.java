package org.grenier.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * National public holidays, computed by rule for any year. Written here rather than taken from a library: the
 * maintained one on Maven Central (Jollyday) reads XML through JAXB, a heavy and fragile dependency in OSGi, for
 * some thirty dates a year that a few lines of date arithmetic give exactly.
 */
public enum PublicHolidays implements Holidays {

    /** France: the eleven jours fériés of the Code du travail (art. L3133-1); Alsace-Moselle's two extra are not. */
    FRANCE("fr") {
        @Override
        void fill(int year, Map<LocalDate, String> days) {
            LocalDate easter = easterSunday(year);
            days.put(LocalDate.of(year, 1, 1), "Jour de l'an");
            days.put(easter.plusDays(1), "Lundi de Pâques");
            days.put(LocalDate.of(year, 5, 1), "Fête du Travail");
            days.put(LocalDate.of(year, 5, 8), "Victoire 1945");
            days.put(easter.plusDays(39), "Ascension");
            days.put(easter.plusDays(50), "Lundi de Pentecôte");
            days.put(LocalDate.of(year, 7, 14), "Fête nationale");
            days.put(LocalDate.of(year, 8, 15), "Assomption");
            days.put(LocalDate.of(year, 11, 1), "Toussaint");
            days.put(LocalDate.of(year, 11, 11), "Armistice 1918");
            days.put(LocalDate.of(year, 12, 25), "Noël");
        }
    },

    /** Canada: the general holidays of the Canada Labour Code (s. 166), which federally regulated employers keep. */
    CANADA("ca") {
        @Override
        void fill(int year, Map<LocalDate, String> days) {
            days.put(LocalDate.of(year, 1, 1), "New Year's Day");
            days.put(easterSunday(year).minusDays(2), "Good Friday");
            days.put(mondayBeforeMay25(year), "Victoria Day");
            days.put(canadaDay(year), "Canada Day");
            days.put(nthMonday(year, Month.SEPTEMBER, 1), "Labour Day");
            if (year >= 2021) {
                days.put(LocalDate.of(year, 9, 30), "National Day for Truth and Reconciliation");
            }
            days.put(nthMonday(year, Month.OCTOBER, 2), "Thanksgiving");
            days.put(LocalDate.of(year, 11, 11), "Remembrance Day");
            days.put(LocalDate.of(year, 12, 25), "Christmas Day");
            days.put(LocalDate.of(year, 12, 26), "Boxing Day");
        }
    },

    /**
     * Quebec: the jours fériés of the Loi sur les normes du travail. The law lets the employer pick Good Friday or
     * Easter Monday; both are kept, as shops and suppliers close on either.
     */
    QUEBEC("ca-qc") {
        @Override
        void fill(int year, Map<LocalDate, String> days) {
            LocalDate easter = easterSunday(year);
            days.put(LocalDate.of(year, 1, 1), "Jour de l'An");
            days.put(easter.minusDays(2), "Vendredi saint");
            days.put(easter.plusDays(1), "Lundi de Pâques");
            days.put(mondayBeforeMay25(year), "Journée nationale des patriotes");
            days.put(LocalDate.of(year, 6, 24), "Fête nationale du Québec");
            days.put(canadaDay(year), "Fête du Canada");
            days.put(nthMonday(year, Month.SEPTEMBER, 1), "Fête du Travail");
            days.put(nthMonday(year, Month.OCTOBER, 2), "Action de grâce");
            days.put(LocalDate.of(year, 12, 25), "Noël");
        }
    };

    private final String code;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    PublicHolidays(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    abstract void fill(int year, Map<LocalDate, String> days);

    /** Every holiday of a year, in date order. */
    public Map<LocalDate, String> in(int year) {
        return years.computeIfAbsent(year, y -> {
            Map<LocalDate, String> days = new TreeMap<>();
            fill(y, days);
            return java.util.Collections.unmodifiableMap(days);
        });
    }

    @Override
    public Optional<String> name(LocalDate day) {
        return Optional.ofNullable(in(day.getYear()).get(day));
    }

    static Optional<PublicHolidays> byCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(PublicHolidays::code).collect(Collectors.joining(", "));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus, Astronomical Algorithms). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate mondayBeforeMay25(int year) {
        return LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
    }

    /** July 1, or July 2 when July 1 is a Sunday (Holidays Act). */
    private static LocalDate canadaDay(int year) {
        LocalDate first = LocalDate.of(year, 7, 1);
        return first.getDayOfWeek() == DayOfWeek.SUNDAY ? first.plusDays(1) : first;
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
