package org.grenier.forecast.internal.baseline;

import java.util.function.IntToDoubleFunction;

import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.SeriesStatistics;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * The benchmark methods every forecast must beat to be worth its complexity: naive, seasonal naive, mean and drift,
 * with their analytic intervals (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * table 5.2).
 */
public enum Baselines implements ForecastMethod {

    NAIVE("naive", "Naive") {
        @Override
        FittedModel fitValid(double[] y, int m) {
            double sigma = residualSd(y, 1, 0);
            double last = y[y.length - 1];
            return new BaselineFit(label(), step -> last, step -> sigma * Math.sqrt(step));
        }
    },
    SEASONAL_NAIVE("snaive", "Seasonal naive") {
        @Override
        FittedModel fitValid(double[] y, int m) {
            int lag = y.length > m ? m : 1;
            double sigma = residualSd(y, lag, 0);
            int n = y.length;
            return new BaselineFit(label(), step -> y[n - lag + (step - 1) % lag],
                    step -> sigma * Math.sqrt((step - 1) / lag + 1));
        }
    },
    MEAN("mean", "Mean") {
        @Override
        FittedModel fitValid(double[] y, int m) {
            double mean = SeriesStatistics.mean(y);
            double sumSquares = 0;
            for (double value : y) {
                sumSquares += (value - mean) * (value - mean);
            }
            double sigma = y.length > 1 ? Math.sqrt(sumSquares / (y.length - 1)) : 0;
            double sd = sigma * Math.sqrt(1 + 1.0 / y.length);
            return new BaselineFit(label(), step -> mean, step -> sd);
        }
    },
    DRIFT("drift", "Drift") {
        @Override
        FittedModel fitValid(double[] y, int m) {
            int n = y.length;
            double slope = n > 1 ? (y[n - 1] - y[0]) / (n - 1) : 0;
            double sigma = residualSd(y, 1, slope);
            double last = y[n - 1];
            return new BaselineFit(label(), step -> last + step * slope,
                    step -> sigma * Math.sqrt(step * (1 + (double) step / n)));
        }
    };

    private final String name;
    private final String label;

    Baselines(String name, String label) {
        this.name = name;
        this.label = label;
    }

    @Override
    public String methodName() {
        return name;
    }

    String label() {
        return label;
    }

    abstract FittedModel fitValid(double[] y, int m);

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        if (history.length < 2) {
            throw new UnfitSeries("The " + label.toLowerCase() + " method needs at least 2 past values; the series has "
                    + history.length);
        }
        return fitValid(history, Math.max(1, seasonPeriod));
    }

    /** Standard deviation of the one-step errors of "the value {@code lag} periods ago plus drift". */
    static double residualSd(double[] y, int lag, double drift) {
        double sumSquares = 0;
        int count = 0;
        for (int t = lag; t < y.length; t++) {
            double error = y[t] - y[t - lag] - lag * drift;
            sumSquares += error * error;
            count++;
        }
        return count > 1 ? Math.sqrt(sumSquares / (count - 1)) : 0;
    }

    private record BaselineFit(String name, IntToDoubleFunction point, IntToDoubleFunction sd) implements FittedModel {

        @Override
        public double aicc() {
            return Double.NaN;
        }

        @Override
        public Prediction forecast(int horizon) {
            double[] mean = new double[horizon];
            double[] deviation = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                mean[i] = point.applyAsDouble(i + 1);
                deviation[i] = sd.applyAsDouble(i + 1);
            }
            return Prediction.gaussian(mean, deviation);
        }
    }
}
