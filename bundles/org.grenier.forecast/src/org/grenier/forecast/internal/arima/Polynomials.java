package org.grenier.forecast.internal.arima;

/**
 * Lag polynomials as coefficient arrays: {@code c[0] + c[1] B + c[2] B^2 ...}. An ARIMA model's AR side
 * {@code phi(B) Phi(B^m) (1-B)^d (1-B^m)^D} and MA side {@code theta(B) Theta(B^m)} are products of such.
 */
final class Polynomials {

    private Polynomials() {
    }

    static double[] multiply(double[] a, double[] b) {
        double[] product = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                product[i + j] += a[i] * b[j];
            }
        }
        return product;
    }

    /** {@code 1 + sign * (c1 B^lag + c2 B^2lag ...)}: sign -1 for an AR side, +1 for an MA side. */
    static double[] lagged(double[] coefficients, int lag, double sign) {
        double[] polynomial = new double[coefficients.length * lag + 1];
        polynomial[0] = 1;
        for (int i = 0; i < coefficients.length; i++) {
            polynomial[(i + 1) * lag] = sign * coefficients[i];
        }
        return polynomial;
    }

    /** {@code (1 - B^lag)^times}. */
    static double[] difference(int lag, int times) {
        double[] polynomial = { 1 };
        for (int i = 0; i < times; i++) {
            double[] once = new double[lag + 1];
            once[0] = 1;
            once[lag] = -1;
            polynomial = multiply(polynomial, once);
        }
        return polynomial;
    }

    /** The series filtered by a polynomial: {@code out[t] = sum c[k] y[t-k]}, defined from {@code t = degree}. */
    static double[] apply(double[] polynomial, double[] y) {
        int degree = polynomial.length - 1;
        double[] out = new double[Math.max(0, y.length - degree)];
        for (int t = degree; t < y.length; t++) {
            double sum = 0;
            for (int k = 0; k <= degree; k++) {
                sum += polynomial[k] * y[t - k];
            }
            out[t - degree] = sum;
        }
        return out;
    }
}
