package org.grenier.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Days on which demand behaves differently: public holidays of a country, a company's own events, or both. */
@FunctionalInterface
public interface Holidays {

    /** No holiday at all. */
    Holidays NONE = day -> Optional.empty();

    /** The holiday's name on that day, if it is one. */
    Optional<String> name(LocalDate day);

    default boolean isHoliday(LocalDate day) {
        return name(day).isPresent();
    }

    /** Holidays from {@code from} (included) to {@code until} (excluded): how many a week or a month holds. */
    default int count(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            count += isHoliday(day) ? 1 : 0;
        }
        return count;
    }

    /** Either calendar's holidays (this one's name first when both have the day). */
    default Holidays and(Holidays other) {
        return day -> name(day).or(() -> other.name(day));
    }

    /** A company's own dates: a promotion week, a fair, a stocktaking day. */
    static Holidays events(Map<LocalDate, String> events) {
        Map<LocalDate, String> copy = new TreeMap<>(events);
        return day -> Optional.ofNullable(copy.get(day));
    }

    /**
     * Calendars by the codes used on the command line, comma-separated: {@code fr} (France), {@code ca} (Canada,
     * federal), {@code ca-qc} (Quebec), {@code none}.
     *
     * @throws IllegalArgumentException naming the unknown code and the known ones
     */
    static Holidays parse(String codes) {
        List<Holidays> chosen = new ArrayList<>();
        for (String code : codes.split(",")) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            if (wanted.equals("none") || wanted.isEmpty()) {
                continue;
            }
            chosen.add(PublicHolidays.byCode(wanted).orElseThrow(() -> new IllegalArgumentException(
                    "unknown holiday calendar '" + code.trim() + "'; known: " + PublicHolidays.codes() + ", none")));
        }
        return chosen.stream().reduce(Holidays::and).orElse(NONE);
    }
}
