package org.grenier.forecast.internal.model;

/**
 * Classical seasonal decomposition by centred moving averages: the seasonal index of each position in the cycle,
 * additive (summing to zero) or multiplicative (averaging one). Used to seasonally adjust a series for Theta and to
 * start exponential smoothing from sensible seasonal states.
 */
public final class Decomposition {

    private Decomposition() {
    }

    /**
     * The seasonal index for each cycle position, position {@code j} being that of {@code y[j]}; needs two full
     * cycles. Multiplicative indices need positive values.
     */
    public static double[] seasonalIndices(double[] y, int period, boolean multiplicative) {
        if (y.length < 2 * period) {
            throw new IllegalArgumentException("a decomposition needs two full cycles");
        }
        double[] trend = centredMovingAverage(y, period);
        double[] sum = new double[period];
        int[] count = new int[period];
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(trend[t])) {
                sum[t % period] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
                count[t % period]++;
            }
        }
        double[] index = new double[period];
        double total = 0;
        for (int j = 0; j < period; j++) {
            index[j] = count[j] > 0 ? sum[j] / count[j] : (multiplicative ? 1 : 0);
            total += index[j];
        }
        for (int j = 0; j < period; j++) {
            index[j] = multiplicative ? index[j] * period / total : index[j] - total / period;
        }
        return index;
    }

    /** A moving average over one cycle, centred (a 2xm average for an even period); NaN where it does not reach. */
    public static double[] centredMovingAverage(double[] y, int period) {
        double[] average = new double[y.length];
        java.util.Arrays.fill(average, Double.NaN);
        int half = period / 2;
        for (int t = half; t + half < y.length; t++) {
            if (period % 2 == 1) {
                double sum = 0;
                for (int k = -half; k <= half; k++) {
                    sum += y[t + k];
                }
                average[t] = sum / period;
            } else {
                double sum = 0.5 * (y[t - half] + y[t + half]);
                for (int k = -half + 1; k < half; k++) {
                    sum += y[t + k];
                }
                average[t] = sum / period;
            }
        }
        return average;
    }

    /** The index for each of the next {@code horizon} periods after a series of {@code length} values. */
    public static double[] ahead(double[] index, int length, int horizon) {
        double[] out = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            out[i] = index[(length + i) % index.length];
        }
        return out;
    }
}
