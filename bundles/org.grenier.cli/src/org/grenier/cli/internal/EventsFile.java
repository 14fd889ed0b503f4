package org.grenier.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grenier.core.calendar.Holidays;

/**
 * A company's own events for {@code --events FILE.csv}: one {@code date,event} line per day (ISO dates; a header
 * line is allowed), such as a fair, a promotion week day by day or a stocktaking day. The models see them as they
 * see public holidays.
 */
final class EventsFile {

    private EventsFile() {
    }

    static Holidays read(Path file) throws ForecastInput.BadInput {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ForecastInput.BadInput("cannot read the events file " + file + ": " + e.getMessage());
        }
        Map<LocalDate, String> events = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date"))) {
                continue;
            }
            String[] cells = line.split(",", 2);
            try {
                events.put(LocalDate.parse(cells[0].strip()), cells.length > 1 ? cells[1].strip() : "event");
            } catch (DateTimeParseException e) {
                throw new ForecastInput.BadInput(file + ", line " + (i + 1) + ", column 1: '" + cells[0].strip()
                        + "' is not an ISO date (2026-07-14)");
            }
        }
        if (events.isEmpty()) {
            throw new ForecastInput.BadInput(file + " holds no event: give one date,event line per day");
        }
        return Holidays.events(events);
    }
}
