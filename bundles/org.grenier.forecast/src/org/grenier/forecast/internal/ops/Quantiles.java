package org.grenier.forecast.internal.ops;

import java.util.Arrays;

/** Nearest-rank quantiles, the ones a planner can check by counting. */
final class Quantiles {

    private Quantiles() {
    }

    /** The {@code share} quantile of {@code values} (0.95: the value 95 % of them do not exceed); NaN when empty. */
    static double of(double[] values, double share) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1))];
    }
}
