package org.grenier.forecast.internal.arima;

import org.grenier.forecast.internal.model.Decomposition;
import org.grenier.forecast.internal.model.SeriesStatistics;

/**
 * How many differences make a series stationary, decided before the order search as Hyndman &amp; Khandakar's
 * {@code auto.arima} does: one seasonal difference when the seasonal strength (Wang, Smith &amp; Hyndman 2006) passes
 * 0.64, then first differences while the KPSS test (Kwiatkowski et al. 1992) rejects level stationarity at 5 %.
 */
final class Differencing {

    /** The KPSS 5 % critical value for level stationarity. */
    static final double KPSS_CRITICAL = 0.463;
    static final double SEASONAL_STRENGTH = 0.64;
    static final int MAX_D = 2;

    private Differencing() {
    }

    static int seasonal(double[] y, int period) {
        if (period <= 1 || y.length < 2 * period + 2) {
            return 0;
        }
        return seasonalStrength(y, period) > SEASONAL_STRENGTH ? 1 : 0;
    }

    static int regular(double[] y) {
        double[] series = y;
        for (int d = 0; d < MAX_D; d++) {
            if (series.length < 5 || constant(series) || kpss(series) <= KPSS_CRITICAL) {
                return d;
            }
            series = Polynomials.apply(Polynomials.difference(1, 1), series);
        }
        return MAX_D;
    }

    /** The KPSS level statistic with the Newey-West long-run variance, lag truncated at 4 (n/100)^(1/4). */
    static double kpss(double[] y) {
        int n = y.length;
        double mean = SeriesStatistics.mean(y);
        double partial = 0, sumPartialSquares = 0, variance = 0;
        double[] e = new double[n];
        for (int t = 0; t < n; t++) {
            e[t] = y[t] - mean;
            partial += e[t];
            sumPartialSquares += partial * partial;
            variance += e[t] * e[t];
        }
        int lags = (int) Math.floor(4 * Math.pow(n / 100.0, 0.25));
        double longRun = variance / n;
        for (int s = 1; s <= lags; s++) {
            double covariance = 0;
            for (int t = s; t < n; t++) {
                covariance += e[t] * e[t - s];
            }
            longRun += 2 * (1 - s / (lags + 1.0)) * covariance / n;
        }
        return longRun > 0 ? sumPartialSquares / ((double) n * n * longRun) : 0;
    }

    /** 1 - var(remainder) / var(season + remainder), from a classical additive decomposition. */
    static double seasonalStrength(double[] y, int period) {
        double[] trend = Decomposition.centredMovingAverage(y, period);
        double[] index = Decomposition.seasonalIndices(y, period, false);
        double sumD = 0, sumD2 = 0, sumR = 0, sumR2 = 0;
        int count = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(trend[t])) {
                double detrended = y[t] - trend[t];
                double remainder = detrended - index[t % period];
                sumD += detrended;
                sumD2 += detrended * detrended;
                sumR += remainder;
                sumR2 += remainder * remainder;
                count++;
            }
        }
        double varianceDetrended = sumD2 / count - (sumD / count) * (sumD / count);
        double varianceRemainder = sumR2 / count - (sumR / count) * (sumR / count);
        return varianceDetrended > 0 ? Math.max(0, 1 - varianceRemainder / varianceDetrended) : 0;
    }

    private static boolean constant(double[] y) {
        for (double value : y) {
            if (value != y[0]) {
                return false;
            }
        }
        return true;
    }
}
