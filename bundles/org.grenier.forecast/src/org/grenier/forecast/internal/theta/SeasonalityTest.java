package org.grenier.forecast.internal.theta;

import org.grenier.forecast.internal.model.SeriesStatistics;

/**
 * The seasonality test of the Theta method's M3 entry: the autocorrelation at the seasonal lag is significant at
 * 90 % against Bartlett's standard error of the autocorrelations below it.
 */
final class SeasonalityTest {

    private static final double Z90 = 1.645;

    private SeasonalityTest() {
    }

    static boolean isSeasonal(double[] y, int period) {
        if (period <= 1 || y.length <= 2 * period) {
            return false;
        }
        double[] r = autocorrelations(y, period);
        double sumSquares = 0;
        for (int k = 1; k < period; k++) {
            sumSquares += r[k] * r[k];
        }
        double limit = Z90 * Math.sqrt((1 + 2 * sumSquares) / y.length);
        return Math.abs(r[period]) > limit;
    }

    static double[] autocorrelations(double[] y, int maxLag) {
        int n = y.length;
        double mean = SeriesStatistics.mean(y);
        double variance = 0;
        for (double value : y) {
            variance += (value - mean) * (value - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double sum = 0;
            for (int t = k; t < n; t++) {
                sum += (y[t] - mean) * (y[t - k] - mean);
            }
            r[k] = variance > 0 ? sum / variance : 0;
        }
        return r;
    }
}
