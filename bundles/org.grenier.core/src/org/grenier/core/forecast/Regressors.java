package org.grenier.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Known explanatory values of a series, one column per regressor (a promotion flag, a price, a temperature
 * forecast), aligned with its periods: the history's periods first, then as many future ones as are known.
 */
public record Regressors(List<String> names, List<double[]> columns) {

    public static final Regressors NONE = new Regressors(List.of(), List.of());

    public Regressors {
        names = List.copyOf(names);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " regressor names for " + columns.size() + " columns");
        }
        List<double[]> copies = new ArrayList<>();
        columns.forEach(column -> copies.add(Objects.requireNonNull(column, "column").clone()));
        columns = List.copyOf(copies);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int count() {
        return names.size();
    }

    /** The value of regressor {@code column} in period {@code index} (0 is the history's first period). */
    public double value(int column, int index) {
        return columns.get(column)[index];
    }

    /** How many periods every regressor is known for: the history's length plus the future periods given. */
    public int knownPeriods() {
        return columns.stream().mapToInt(c -> c.length).min().orElse(Integer.MAX_VALUE);
    }

    @Override
    public List<double[]> columns() {
        return columns.stream().map(double[]::clone).toList();
    }
}
