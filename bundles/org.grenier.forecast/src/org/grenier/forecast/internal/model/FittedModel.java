package org.grenier.forecast.internal.model;

import java.util.Map;

/** A model fitted to one series, ready to forecast it. */
public interface FittedModel {

    /** The model as a planner reads it in a report: {@code ETS(M,Ad,M)}, {@code Theta}, {@code Seasonal naive}. */
    String name();

    /** Corrected Akaike information criterion of the fit, or NaN when the model has no likelihood. */
    double aicc();

    Prediction forecast(int horizon);

    /** The fitted values a run records to be read and compared later: smoothing weights, coefficients, variance. */
    default Map<String, Double> parameters() {
        return Map.of();
    }
}
