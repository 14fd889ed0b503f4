package org.grenier.forecast.internal.model;

/** A way of forecasting a series, by its method name ({@code ets}, {@code theta}...). */
public interface ForecastMethod {

    String methodName();

    /**
     * Fits the method to a history ({@code seasonPeriod} observations a cycle, 1 for none).
     *
     * @throws UnfitSeries when the series is too short or otherwise unsuitable; its message says why
     */
    FittedModel fit(double[] history, int seasonPeriod);
}
