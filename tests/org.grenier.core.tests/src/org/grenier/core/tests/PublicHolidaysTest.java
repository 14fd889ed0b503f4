package org.grenier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.grenier.core.calendar.Holidays;
import org.grenier.core.calendar.PublicHolidays;
import org.junit.jupiter.api.Test;

/** Holiday calendars against the published dates (Légifrance, Canada Labour Code, Quebec's labour standards). */
class PublicHolidaysTest {

    @Test
    void easterMovesTheFrenchHolidaysThatHangOnIt() {
        // Easter Sunday 2024-03-31, 2025-04-20, 2026-04-05; and the latest possible one, 2038-04-25
        assertHoliday(PublicHolidays.FRANCE, "2024-04-01", "Lundi de Pâques");
        assertHoliday(PublicHolidays.FRANCE, "2024-05-09", "Ascension");
        assertHoliday(PublicHolidays.FRANCE, "2024-05-20", "Lundi de Pentecôte");
        assertHoliday(PublicHolidays.FRANCE, "2025-04-21", "Lundi de Pâques");
        assertHoliday(PublicHolidays.FRANCE, "2025-05-29", "Ascension");
        assertHoliday(PublicHolidays.FRANCE, "2025-06-09", "Lundi de Pentecôte");
        assertHoliday(PublicHolidays.FRANCE, "2026-04-06", "Lundi de Pâques");
        assertHoliday(PublicHolidays.FRANCE, "2038-04-26", "Lundi de Pâques");
        assertEquals(11, PublicHolidays.FRANCE.in(2026).size());
        assertFalse(PublicHolidays.FRANCE.isHoliday(LocalDate.parse("2026-12-26")), "26 December is Alsace only");
    }

    @Test
    void canadaKeepsItsMondayRulesAndTheDaysAddedByLaw() {
        assertHoliday(PublicHolidays.CANADA, "2026-04-03", "Good Friday");
        assertHoliday(PublicHolidays.CANADA, "2026-05-18", "Victoria Day");
        assertHoliday(PublicHolidays.CANADA, "2024-05-20", "Victoria Day");
        assertHoliday(PublicHolidays.CANADA, "2026-09-07", "Labour Day");
        assertHoliday(PublicHolidays.CANADA, "2026-10-12", "Thanksgiving");
        assertHoliday(PublicHolidays.CANADA, "2029-07-02", "Canada Day");
        assertFalse(PublicHolidays.CANADA.isHoliday(LocalDate.parse("2029-07-01")), "a Sunday: observed the Monday");
        assertHoliday(PublicHolidays.CANADA, "2026-09-30", "National Day for Truth and Reconciliation");
        assertFalse(PublicHolidays.CANADA.isHoliday(LocalDate.parse("2020-09-30")), "a holiday since 2021 only");
        assertEquals(10, PublicHolidays.CANADA.in(2026).size());
        assertHoliday(PublicHolidays.QUEBEC, "2026-06-24", "Fête nationale du Québec");
        assertHoliday(PublicHolidays.QUEBEC, "2026-05-18", "Journée nationale des patriotes");
    }

    @Test
    void periodsCountTheirHolidaysAndCalendarsCombine() {
        // May 2024 in France: the 1st, the 8th, Ascension on the 9th, Whit Monday on the 20th
        assertEquals(4, PublicHolidays.FRANCE.count(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-06-01")));
        Holidays both = Holidays.parse("fr, ca");
        assertTrue(both.isHoliday(LocalDate.parse("2026-07-14")));
        assertTrue(both.isHoliday(LocalDate.parse("2026-07-01")));
        Holidays own = PublicHolidays.FRANCE.and(Holidays.events(Map.of(LocalDate.parse("2026-03-02"), "Inventaire")));
        assertEquals(Optional.of("Inventaire"), own.name(LocalDate.parse("2026-03-02")));
        assertEquals(Holidays.NONE, Holidays.parse("none"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Holidays.parse("de"));
        assertEquals("unknown holiday calendar 'de'; known: fr, ca, ca-qc, none", unknown.getMessage());
    }

    private static void assertHoliday(PublicHolidays calendar, String day, String name) {
        assertEquals(Optional.of(name), calendar.name(LocalDate.parse(day)), calendar + " " + day);
    }
}
