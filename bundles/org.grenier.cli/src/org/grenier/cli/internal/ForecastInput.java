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

import org.grenier.core.ComputeSettings;
import org.grenier.core.calendar.Holidays;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.Regressors;
import org.grenier.core.forecast.SeriesCalendar;

/**
 * The file {@code grenier forecast --input} reads: a header {@code series,date,value} (further columns are
 * regressors), one row per series and period, ISO dates. Rows with an empty value carry future regressor values and
 * are not history.
 */
record ForecastInput(List<History> series, boolean withTime, List<String> regressorNames) {

    /** One series' history, oldest first, with its regressors' values: the history's periods, then future ones. */
    record History(String name, List<LocalDateTime> dates, double[] values, List<double[]> regressors) {

        /** As the engine takes it, at the frequency given or, without one, the one its dates are spaced at. */
        DemandSeries demand(Optional<Frequency> given, List<String> regressorNames, Holidays holidays) {
            SeriesCalendar calendar = SeriesCalendar.startingAt(dates.get(0)).withHolidays(holidays)
                    .withRegressors(new Regressors(regressorNames, regressors));
            return new DemandSeries(name, values, frequency(given), calendar);
        }

        Frequency frequency(Optional<Frequency> given) {
            return given.orElseGet(() -> Frequency.ofSpacing(typicalSpacing()));
        }

        LocalDateTime last() {
            return dates.get(values.length - 1);
        }

        Duration typicalSpacing() {
            long[] gaps = new long[Math.max(0, values.length - 1)];
            for (int i = 1; i < values.length; i++) {
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

    /** The --holidays option (public holiday calendars fr, ca, ca-qc; none by default) and --events file. */
    static Holidays holidaysOption(Invocation invocation) throws BadInput {
        Holidays holidays = invocation.option("--holidays").map(Holidays::parse).orElse(Holidays.NONE);
        Optional<String> events = invocation.option("--events");
        return events.isEmpty() ? holidays : holidays.and(EventsFile.read(Path.of(events.get())));
    }

    /** {@code --threads}, else the thread limit in the user's preferences, else every core. */
    static int threads(Services services, Invocation invocation) {
        Optional<String> given = invocation.option("--threads");
        if (given.isPresent()) {
            return positive(given.get(), "--threads");
        }
        return services.find(ComputeSettings.class).map(settings -> settings.limits().threads())
                .orElse(Runtime.getRuntime().availableProcessors());
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
        Map<String, SeriesRows> rows = new LinkedHashMap<>();
        boolean withTime = false;
        List<String> regressors;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").toLowerCase().startsWith("series,date,value")) {
                throw new BadInput(file + ", line 1: the header must start with series,date,value");
            }
            List<String> names = cells(header.replace("\uFEFF", ""));
            regressors = names.subList(3, names.size()).stream().map(String::trim).toList();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() < 3 + regressors.size()) {
                    throw new BadInput(file + ", line " + number + ": expected " + String.join(",", names)
                            + ", found " + line);
                }
                withTime |= cells.get(1).contains("T") || cells.get(1).contains(" ");
                SeriesRows series = rows.computeIfAbsent(cells.get(0), SeriesRows::new);
                series.add(file, number, date(file, number, cells.get(1)), cells, regressors);
            }
        }
        List<History> series = new ArrayList<>();
        for (SeriesRows one : rows.values()) {
            if (!one.values.isEmpty()) {
                series.add(one.history());
            }
        }
        return new ForecastInput(series, withTime, regressors);
    }

    /** The rows of one series as read: history rows, then rows with future regressor values only. */
    private static final class SeriesRows {
        private final String name;
        private final List<LocalDateTime> dates = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();
        private final List<double[]> regressors = new ArrayList<>();

        SeriesRows(String name) {
            this.name = name;
        }

        void add(Path file, int line, LocalDateTime when, List<String> cells, List<String> names) throws BadInput {
            if (!dates.isEmpty() && !when.isAfter(dates.get(dates.size() - 1))) {
                throw new BadInput(file + ", line " + line + ", column 2 (date): " + cells.get(1)
                        + " does not come after the previous date of series " + name);
            }
            boolean future = cells.get(2).isBlank();
            if (!future && values.size() < dates.size()) {
                throw new BadInput(file + ", line " + line + ", column 3 (value): series " + name + " has a value"
                        + " after a future row; history rows come first");
            }
            if (future && names.isEmpty()) {
                return;
            }
            double[] known = new double[names.size()];
            for (int r = 0; r < names.size(); r++) {
                known[r] = number(file, line, 4 + r, names.get(r), cells.get(3 + r));
            }
            dates.add(when);
            regressors.add(known);
            if (!future) {
                values.add(number(file, line, 3, "value", cells.get(2)));
            }
        }

        History history() {
            List<double[]> columns = new ArrayList<>();
            int count = regressors.isEmpty() ? 0 : regressors.get(0).length;
            for (int r = 0; r < count; r++) {
                double[] column = new double[regressors.size()];
                for (int i = 0; i < column.length; i++) {
                    column[i] = regressors.get(i)[r];
                }
                columns.add(column);
            }
            return new History(name, List.copyOf(dates), values.stream().mapToDouble(Double::doubleValue).toArray(),
                    columns);
        }
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

    /** A finite number from one cell, or the file, line, column and column name of what is wrong. */
    static double number(Path file, int line, int column, String name, String text) throws BadInput {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with its place
        }
        throw new BadInput(file + ", line " + line + ", column " + column + " (" + name + "): '" + text
                + "' is not a number");
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
