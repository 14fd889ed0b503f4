package org.grenier.core.forecast;

/**
 * How well one method forecast held-back history in a rolling-origin backtest, averaged over series and origins:
 * MASE (error relative to the seasonal naive method's in-sample error), sMAPE (%), RMSE, bias (mean of forecast
 * minus actual) and the share of actual values inside the 80 % and 95 % intervals (%).
 */
public record BacktestScore(String method, int series, int forecasts, double mase, double smape, double rmse,
        double bias, double coverage80, double coverage95) {
}
