package org.grenier.forecast.internal;

import org.grenier.core.forecast.ForecastEngine;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;

/** The method {@code auto}: the choice Grenier makes for a planner who does not want to choose. */
final class AutomaticChoice implements ForecastMethod {

    private final ForecastMethod combination;

    AutomaticChoice(ForecastMethod combination) {
        this.combination = combination;
    }

    @Override
    public String methodName() {
        return ForecastEngine.AUTO;
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        return combination.fit(history, seasonPeriod);
    }

    String reason() {
        return "mean of exponential smoothing, ARIMA and Theta: combinations beat their members on average";
    }
}
