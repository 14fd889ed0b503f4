package org.grenier.forecast.internal.model;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;

/**
 * A method that learns from many series at once (a global model, or a blend with one), so it forecasts a batch for
 * a known horizon rather than fitting series one by one.
 */
public interface BatchForecaster {

    String methodName();

    /**
     * Forecasts every series, in the order given, within the limits; a series that cannot be forecast gets an error
     * result of its own.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    List<Result<Fit>> forecastAll(List<DemandSeries> histories, int horizon, ComputeLimits limits,
            IProgressMonitor monitor);

    /** One series' forecast with the fitted values the registry keeps. */
    record Fit(SeriesForecast forecast, Map<String, Double> parameters) {
        public Fit {
            parameters = Map.copyOf(parameters);
        }
    }
}
