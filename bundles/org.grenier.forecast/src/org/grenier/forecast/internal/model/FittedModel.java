package org.grenier.forecast.internal.model;

/** A model fitted to one series, ready to forecast it. */
public interface FittedModel {

    /** The model as a planner reads it in a report: {@code ETS(M,Ad,M)}, {@code Theta}, {@code Seasonal naive}. */
    String name();

    /** Corrected Akaike information criterion of the fit, or NaN when the model has no likelihood. */
    double aicc();

    Prediction forecast(int horizon);
}
