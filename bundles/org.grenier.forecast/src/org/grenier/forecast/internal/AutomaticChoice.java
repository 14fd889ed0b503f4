package org.grenier.forecast.internal;

import org.grenier.core.forecast.ForecastEngine;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;

/** The method {@code auto}: the choice Grenier makes for a planner who does not want to choose. */
final class AutomaticChoice implements ForecastMethod {

    private final ForecastMethod combination;

    /**
     * For now one choice for every series, the median of exponential smoothing, ARIMA and Theta: on the M1
     * competition it beat the mean of the three, a holdout choice among them, and each alone (docs/BENCHMARKS.md).
     * Its intervals span the three models' (their envelope), as the median of their bounds covered too little.
     */
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
        return "median of exponential smoothing, ARIMA and Theta, with intervals spanning the three: on the M1"
                + " competition it beat each of them alone and a per-series choice among them by holdout";
    }
}
