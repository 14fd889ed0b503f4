package org.grenier.forecast.internal.arima;

/**
 * Whether an AR polynomial {@code 1 - a1 B - ... - ap B^p} has all its roots outside the unit circle, by running
 * the Levinson-Durbin recursion backwards to partial autocorrelations, which must all lie strictly inside (-1, 1).
 * The same test on MA coefficients (sign flipped) checks invertibility.
 */
final class Stationarity {

    private static final double LIMIT = 0.9999;

    private Stationarity() {
    }

    static boolean holds(double[] coefficients) {
        double[] a = coefficients.clone();
        for (int k = a.length - 1; k >= 0; k--) {
            double partial = a[k];
            if (!(Math.abs(partial) < LIMIT)) {
                return false;
            }
            double scale = 1 - partial * partial;
            double[] lower = new double[k];
            for (int i = 0; i < k; i++) {
                lower[i] = (a[i] + partial * a[k - 1 - i]) / scale;
            }
            System.arraycopy(lower, 0, a, 0, k);
        }
        return true;
    }
}
