package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.List;

/**
 * Split-conformal prediction intervals: the size of the errors the model made on held-out periods it never trained
 * on, step by step, in level units. Their 80th and 95th percentiles bound the future's errors with that coverage
 * whatever the error distribution, as long as the future errs like the held-out past.
 */
final class ConformalBands {

    /** Fewest held-out errors a step's quantile is read from; neighbouring steps are pooled to reach it. */
    private static final int ENOUGH = 30;

    private final double[] half80;
    private final double[] half95;
    private final int errors;

    private ConformalBands(double[] half80, double[] half95, int errors) {
        this.half80 = half80;
        this.half95 = half95;
        this.errors = errors;
    }

    /** From the held-out rows and the model's ratio predicted for each. */
    static ConformalBands of(Rows heldOut, double[] predicted, int horizon) {
        List<List<Double>> byStep = new ArrayList<>();
        for (int step = 0; step < horizon; step++) {
            byStep.add(new ArrayList<>());
        }
        for (int row = 0; row < heldOut.size(); row++) {
            byStep.get(heldOut.step(row) - 1).add(Math.abs(heldOut.ratio(row) - predicted[row]));
        }
        double[] half80 = new double[horizon];
        double[] half95 = new double[horizon];
        for (int step = 0; step < horizon; step++) {
            double[] errors = pooled(byStep, step);
            half80[step] = quantile(errors, 0.80);
            half95[step] = quantile(errors, 0.95);
            if (step > 0) {
                // uncertainty does not shrink further ahead; noise in small samples must not make it look so
                half80[step] = Math.max(half80[step], half80[step - 1]);
                half95[step] = Math.max(half95[step], half95[step - 1]);
            }
        }
        return new ConformalBands(half80, half95, heldOut.size());
    }

    /** The errors of a step, widened to its neighbours until there are enough of them. */
    private static double[] pooled(List<List<Double>> byStep, int step) {
        List<Double> errors = new ArrayList<>(byStep.get(step));
        for (int reach = 1; errors.size() < ENOUGH && reach < byStep.size(); reach++) {
            if (step - reach >= 0) {
                errors.addAll(byStep.get(step - reach));
            }
            if (step + reach < byStep.size()) {
                errors.addAll(byStep.get(step + reach));
            }
        }
        return errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The conformal quantile: the ⌈(n+1)p⌉-th smallest error, the largest one when n is small. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil((sorted.length + 1) * p);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    double half80(int step) {
        return half80[step - 1];
    }

    double half95(int step) {
        return half95[step - 1];
    }

    int errors() {
        return errors;
    }
}
