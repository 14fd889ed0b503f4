package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.forecast.DemandSeries;

import smile.data.DataFrame;

/** Feature rows of many series with their targets, as the global model trains on or is checked against. */
final class Rows {

    /** The name of the target column: the value at the row's period divided by the level at its origin. */
    static final String TARGET = "ratio";

    private final FeatureLayout layout;
    private final List<double[]> features = new ArrayList<>();
    private final List<double[]> facts = new ArrayList<>();

    Rows(FeatureLayout layout) {
        this.layout = layout;
    }

    /**
     * Training rows: every origin and step whose target lies before {@code end} (the last {@code latest}
     * origins of each step at most, to bound memory on long histories).
     */
    static Rows training(FeatureLayout layout, List<DemandSeries> group, int horizon, int holdout, int latest) {
        Rows rows = new Rows(layout);
        for (int s = 0; s < group.size(); s++) {
            double[] y = group.get(s).values();
            int end = y.length - holdout;
            for (int step = 1; step <= horizon; step++) {
                int lastOrigin = end - 1 - step;
                for (int origin = Math.max(0, lastOrigin - latest + 1); origin <= lastOrigin; origin++) {
                    rows.add(group.get(s), s, y, origin, step);
                }
            }
        }
        return rows;
    }

    /**
     * Held-out rows: origins and steps whose target lies in the last {@code holdout} periods, the {@code latest}
     * targets of each step at most.
     */
    static Rows heldOut(FeatureLayout layout, List<DemandSeries> group, int horizon, int holdout, int latest) {
        Rows rows = new Rows(layout);
        for (int s = 0; s < group.size(); s++) {
            double[] y = group.get(s).values();
            for (int step = 1; step <= horizon; step++) {
                int first = Math.max(step, Math.max(y.length - holdout, y.length - latest));
                for (int target = first; target < y.length; target++) {
                    rows.add(group.get(s), s, y, target - step, step);
                }
            }
        }
        return rows;
    }

    /** The rows a forecast needs: each series from its last period, every step to the horizon. */
    static Rows future(FeatureLayout layout, List<DemandSeries> group, int horizon) {
        Rows rows = new Rows(layout);
        for (int s = 0; s < group.size(); s++) {
            double[] y = group.get(s).values();
            for (int step = 1; step <= horizon; step++) {
                rows.add(group.get(s), s, y, y.length - 1, step);
            }
        }
        return rows;
    }

    private void add(DemandSeries series, int index, double[] y, int origin, int step) {
        double level = layout.level(y, origin);
        double[] row = new double[layout.width() + 1];
        layout.fill(row, series, y, origin, step, level);
        int target = origin + step;
        row[layout.width()] = target < y.length ? y[target] / level : 0;
        features.add(row);
        facts.add(new double[] {index, step, level, target < y.length ? y[target] : Double.NaN});
    }

    int size() {
        return features.size();
    }

    int series(int row) {
        return (int) facts.get(row)[0];
    }

    int step(int row) {
        return (int) facts.get(row)[1];
    }

    double level(int row) {
        return facts.get(row)[2];
    }

    double actual(int row) {
        return facts.get(row)[3];
    }

    double ratio(int row) {
        return features.get(row)[layout.width()];
    }

    /** The feature values of every row, without the target. */
    double[][] inputs() {
        return features.stream().map(row -> java.util.Arrays.copyOf(row, layout.width())).toArray(double[][]::new);
    }

    /** The target of every row: its value divided by the level at its origin. */
    double[] targets() {
        return features.stream().mapToDouble(row -> row[layout.width()]).toArray();
    }

    DataFrame frame() {
        List<String> names = new ArrayList<>(layout.names());
        names.add(TARGET);
        return DataFrame.of(features.toArray(double[][]::new), names.toArray(String[]::new));
    }
}
