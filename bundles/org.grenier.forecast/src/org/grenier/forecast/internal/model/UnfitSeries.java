package org.grenier.forecast.internal.model;

/** Thrown when a method cannot be fitted to a series; the message says why in the planner's terms. */
public final class UnfitSeries extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnfitSeries(String message) {
        super(message);
    }
}
