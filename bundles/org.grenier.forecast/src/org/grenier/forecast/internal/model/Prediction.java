package org.grenier.forecast.internal.model;

import java.util.Arrays;

/** A model's forecast: expected values and the 80 % and 95 % prediction intervals, step by step. */
public record Prediction(double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {

    /** Two-sided normal quantiles for 80 % and 95 % coverage. */
    public static final double Z80 = 1.2815515655446004;
    public static final double Z95 = 1.959963984540054;

    /** Intervals from a normal forecast error with the given standard deviation per step. */
    public static Prediction gaussian(double[] mean, double[] sd) {
        int h = mean.length;
        double[] lo80 = new double[h], hi80 = new double[h], lo95 = new double[h], hi95 = new double[h];
        for (int i = 0; i < h; i++) {
            lo80[i] = mean[i] - Z80 * sd[i];
            hi80[i] = mean[i] + Z80 * sd[i];
            lo95[i] = mean[i] - Z95 * sd[i];
            hi95[i] = mean[i] + Z95 * sd[i];
        }
        return new Prediction(mean, lo80, hi80, lo95, hi95);
    }

    /** Intervals from simulated future paths ({@code paths[path][step]}): the empirical quantiles per step. */
    public static Prediction fromPaths(double[] mean, double[][] paths) {
        int h = mean.length;
        double[] lo80 = new double[h], hi80 = new double[h], lo95 = new double[h], hi95 = new double[h];
        double[] column = new double[paths.length];
        for (int step = 0; step < h; step++) {
            for (int p = 0; p < paths.length; p++) {
                column[p] = paths[p][step];
            }
            Arrays.sort(column);
            lo80[step] = quantile(column, 0.10);
            hi80[step] = quantile(column, 0.90);
            lo95[step] = quantile(column, 0.025);
            hi95[step] = quantile(column, 0.975);
        }
        return new Prediction(mean, lo80, hi80, lo95, hi95);
    }

    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public int horizon() {
        return mean.length;
    }

    /** This forecast with every value multiplied step by step (seasonal indices put back, say). */
    public Prediction times(double[] factors) {
        return new Prediction(multiply(mean, factors), multiply(lo80, factors), multiply(hi80, factors),
                multiply(lo95, factors), multiply(hi95, factors));
    }

    private static double[] multiply(double[] values, double[] factors) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factors[i];
        }
        return out;
    }
}
