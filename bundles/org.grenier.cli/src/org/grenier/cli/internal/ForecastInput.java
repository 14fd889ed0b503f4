package org.grenier.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;

/**
 * The file {@code grenier forecast --input} reads: a header {@code series,date,value} (further columns are
 * regressors), one row per series and period, ISO dates. Rows with an empty value carry future regressor values and
 * are not history.
 */
record ForecastInput(List<History> series, boolean withTime) {

    /** One series' history, oldest first. */
    record History(String name, List<LocalDateTime> dates, double[] values) {

        /** As the engine takes it, at the frequency given or, without one, the one its dates are spaced at. */
        DemandSeries demand(Optional<Frequency> given) {
            return new DemandSeries(name, values, frequency(given));
        }

        Frequency frequency(Optional<Frequency> given) {
            return given.orElseGet(() -> Frequency.ofSpacing(typicalSpacing()));
        }

        LocalDateTime last() {
            return dates.get(dates.size() - 1);
        }

        Duration typicalSpacing() {
            long[] gaps = new long[Math.max(0, dates.size() - 1)];
            for (int i = 1; i < dates.size(); i++) {
                gaps[i - 1] = Duration.between(dates.get(i - 1), dates.get(i)).toMinutes();
            }
            Arrays.sort(gaps);
            return gaps.length == 0 ? Duration.ofDays(365) : Duration.ofMinutes(gaps[gaps.length / 2]);
        }
    }

    /** A line of the file that cannot be read; the message gives the file, line and column. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** The --frequency option, when given. */
    static Optional<Frequency> frequencyOption(Invocation invocation) {
        Optional<String> text = invocation.option("--frequency");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Frequency.parse(text.get()).orElseThrow(() -> new IllegalArgumentException(
                "unknown --frequency '" + text.get() + "'; use yearly, quarterly, monthly, weekly, daily, hourly or 30min")));
    }

    /** A whole-number option of at least 1. */
    static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a whole number of at least 1, not '" + text + "'");
    }

    static ForecastInput read(Path file) throws IOException, BadInput {
        Map<String, List<LocalDateTime>> dates = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        boolean withTime = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").toLowerCase().startsWith("series,date,value")) {
                throw new BadInput(file + ", line 1: the header must start with series,date,value");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() < 3) {
                    throw new BadInput(file + ", line " + number + ": expected series,date,value, found " + line);
                }
                if (cells.get(2).isBlank()) {
                    continue;
                }
                withTime |= cells.get(1).contains("T") || cells.get(1).contains(" ");
                String name = cells.get(0);
                List<LocalDateTime> seen = dates.computeIfAbsent(name, k -> new ArrayList<>());
                LocalDateTime when = date(file, number, cells.get(1));
                if (!seen.isEmpty() && !when.isAfter(seen.get(seen.size() - 1))) {
                    throw new BadInput(file + ", line " + number + ", column 2 (date): " + cells.get(1)
                            + " does not come after the previous date of series " + name);
                }
                seen.add(when);
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(number(file, number, cells.get(2)));
            }
        }
        List<History> series = new ArrayList<>();
        dates.forEach((name, when) -> series.add(new History(name, when,
                values.get(name).stream().mapToDouble(Double::doubleValue).toArray())));
        return new ForecastInput(series, withTime);
    }

    private static LocalDateTime date(Path file, int line, String text) throws BadInput {
        String trimmed = text.trim();
        try {
            return trimmed.length() <= 10 ? LocalDate.parse(trimmed).atStartOfDay()
                    : LocalDateTime.parse(trimmed.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new BadInput(file + ", line " + line + ", column 2 (date): '" + text
                    + "' is not an ISO date such as 2024-03-31 or 2024-03-31T14:00");
        }
    }

    private static double number(Path file, int line, String text) throws BadInput {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with its place
        }
        throw new BadInput(file + ", line " + line + ", column 3 (value): '" + text + "' is not a number");
    }

    /** Splits one line on commas, honouring double quotes (a doubled quote inside quotes is one quote). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
