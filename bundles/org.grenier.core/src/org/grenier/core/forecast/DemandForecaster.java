package org.grenier.core.forecast;

import org.grenier.core.Result;

/** Forecasts a demand series some periods ahead. Provided as an OSGi service. */
public interface DemandForecaster {

    /** A short name of the method, as shown to the planner. */
    String method();

    Result<Forecast> forecast(double[] history, int horizon, double coverage);
}
