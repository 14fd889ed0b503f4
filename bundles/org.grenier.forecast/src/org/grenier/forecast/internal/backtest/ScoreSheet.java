package org.grenier.forecast.internal.backtest;

import org.grenier.core.forecast.BacktestScore;
import org.grenier.forecast.internal.model.Prediction;

/** Running sums of one method's errors over every series and origin of a backtest. */
final class ScoreSheet {

    private final String method;
    private int forecasts;
    private int points;
    private double sumScaledError;
    private double sumSmape;
    private double sumSquared;
    private double sumError;
    private int inside80;
    private int inside95;
    private final java.util.Set<Integer> series = new java.util.HashSet<>();

    ScoreSheet(String method) {
        this.method = method;
    }

    /** Adds one forecast from one origin; {@code scale} is the in-sample seasonal naive MAE of its history. */
    synchronized void add(int seriesIndex, Prediction forecast, double[] actual, double scale) {
        series.add(seriesIndex);
        forecasts++;
        double scaledSum = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = forecast.mean()[i] - actual[i];
            double denominator = Math.abs(actual[i]) + Math.abs(forecast.mean()[i]);
            sumSmape += denominator > 0 ? 200 * Math.abs(error) / denominator : 0;
            sumSquared += error * error;
            sumError += error;
            scaledSum += Math.abs(error);
            inside80 += actual[i] >= forecast.lo80()[i] && actual[i] <= forecast.hi80()[i] ? 1 : 0;
            inside95 += actual[i] >= forecast.lo95()[i] && actual[i] <= forecast.hi95()[i] ? 1 : 0;
            points++;
        }
        sumScaledError += scale > 0 ? scaledSum / actual.length / scale : 0;
    }

    synchronized BacktestScore score() {
        int n = Math.max(points, 1);
        return new BacktestScore(method, series.size(), forecasts, sumScaledError / Math.max(forecasts, 1),
                sumSmape / n, Math.sqrt(sumSquared / n), sumError / n, 100.0 * inside80 / n, 100.0 * inside95 / n);
    }
}
