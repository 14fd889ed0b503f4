package org.grenier.forecast.internal.arima;

import java.util.Arrays;

import org.grenier.forecast.internal.model.NelderMead;
import org.grenier.forecast.internal.model.SeriesStatistics;

/**
 * Fits one seasonal ARIMA model by conditional sum of squares (Box &amp; Jenkins): difference, then minimise the
 * squared one-step errors of the ARMA recursion over stationary and invertible coefficients. The AICc uses the
 * Gaussian likelihood those errors give.
 */
final class ArimaFit {

    /** A model's expanded AR polynomial (with its leading 1 and the signs of a filter), MA polynomial and mean. */
    record Polynomial(double[] ar, double[] ma, double mean) {
    }

    private static final double BAD = 1e300;

    private final ArimaOrder order;
    private final double[] y;
    private final double[] w;
    private final double scale;
    private final double centre;

    ArimaFit(ArimaOrder order, double[] y) {
        this.order = order;
        this.y = y;
        double[] differencing = Polynomials.multiply(Polynomials.difference(1, order.d()),
                Polynomials.difference(order.period(), order.seasonalD()));
        this.w = Polynomials.apply(differencing, y);
        this.centre = SeriesStatistics.mean(w);
        double variance = 0;
        for (double value : w) {
            variance += (value - centre) * (value - centre);
        }
        this.scale = Math.max(Math.sqrt(variance / Math.max(1, w.length)), 1e-8);
    }

    /** The fitted model, or null when the differenced series is too short for the model. */
    ArimaModel fit() {
        int k = order.coefficients();
        if (w.length - arDegree() - k - 2 <= 0) {
            return null;
        }
        double[] x = new double[k];
        if (order.constant()) {
            x[k - 1] = centre / scale;
        }
        if (k > 0) {
            double[] lower = new double[k], upper = new double[k];
            Arrays.fill(lower, -2);
            Arrays.fill(upper, 2);
            if (order.constant()) {
                lower[k - 1] = centre / scale - 10;
                upper[k - 1] = centre / scale + 10;
            }
            x = new NelderMead(this::objective, lower, upper, 150 * (k + 1), 1e-8).minimise(x, 0.1);
            x = new NelderMead(this::objective, lower, upper, 150 * (k + 1), 1e-8).minimise(x, 0.05);
        }
        Polynomial polynomial = polynomial(x);
        if (polynomial == null) {
            return null;
        }
        double[] residuals = new double[w.length];
        double sumSquares = residuals(polynomial, residuals);
        int effective = w.length - arDegree();
        if (!(sumSquares > 0) || sumSquares >= BAD) {
            return null;
        }
        int parameters = k + 1;
        // The likelihood counts every differenced value at the variance of the errors that could be computed, so
        // that models losing more values to their AR lags are not favoured for summing fewer terms.
        double minusTwoLogLik = w.length * (Math.log(2 * Math.PI * sumSquares / effective) + 1);
        double aicc = minusTwoLogLik + 2.0 * parameters
                + 2.0 * parameters * (parameters + 1) / Math.max(1, w.length - parameters - 1);
        double sigma2 = sumSquares / Math.max(1, effective - k);
        return new ArimaModel(order, y, polynomial, w, residuals, sigma2, aicc);
    }

    private double objective(double[] x) {
        Polynomial polynomial = polynomial(x);
        if (polynomial == null) {
            return BAD;
        }
        double sumSquares = residuals(polynomial, null);
        return sumSquares >= BAD || !(sumSquares > 0) ? BAD : Math.log(sumSquares);
    }

    /** The model's polynomials from the search vector, or null when not stationary or not invertible. */
    private Polynomial polynomial(double[] x) {
        int i = 0;
        double[] phi = Arrays.copyOfRange(x, i, i += order.p());
        double[] theta = Arrays.copyOfRange(x, i, i += order.q());
        double[] seasonalPhi = Arrays.copyOfRange(x, i, i += order.seasonalP());
        double[] seasonalTheta = Arrays.copyOfRange(x, i, i += order.seasonalQ());
        if (!Stationarity.holds(phi) || !Stationarity.holds(seasonalPhi) || !Stationarity.holds(negated(theta))
                || !Stationarity.holds(negated(seasonalTheta))) {
            return null;
        }
        double mean = order.constant() ? x[i] * scale : 0;
        double[] ar = Polynomials.multiply(Polynomials.lagged(phi, 1, -1),
                Polynomials.lagged(seasonalPhi, order.period(), -1));
        double[] ma = Polynomials.multiply(Polynomials.lagged(theta, 1, 1),
                Polynomials.lagged(seasonalTheta, order.period(), 1));
        return new Polynomial(ar, ma, mean);
    }

    /** Sum of squared one-step errors from the first period with a full AR history; errors before it are zero. */
    private double residuals(Polynomial model, double[] out) {
        double[] ar = model.ar(), ma = model.ma();
        int start = ar.length - 1;
        double[] e = out != null ? out : new double[w.length];
        double sumSquares = 0;
        for (int t = start; t < w.length; t++) {
            double value = 0;
            for (int k = 0; k < ar.length; k++) {
                value += ar[k] * (w[t - k] - model.mean());
            }
            for (int j = 1; j < ma.length && t - j >= 0; j++) {
                value -= ma[j] * e[t - j];
            }
            e[t] = value;
            sumSquares += value * value;
            if (sumSquares > BAD) {
                return BAD;
            }
        }
        return sumSquares;
    }

    private int arDegree() {
        return order.p() + order.seasonalP() * order.period();
    }

    private static double[] negated(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = -values[i];
        }
        return out;
    }
}
