package org.grenier.forecast.internal.intermittent;

/**
 * One pass of intermittent-demand smoothing over a history: the order size, and either the interval between orders
 * (Croston, updated when an order comes) or the chance of an order (TSB, updated every period).
 */
record Smoothing(boolean everyPeriod, double alpha, double beta, double size, double interval, double chance, double squaredError) {

    /** The demand rate per period the smoothed state gives. */
    double rate() {
        return everyPeriod ? size * chance : size / interval;
    }

    static Smoothing run(boolean everyPeriod, double[] y, double alpha, double beta) {
        int first = 0;
        while (y[first] == 0) {
            first++;
        }
        double size = y[first];
        double interval = first + 1;
        double chance = 1.0 / interval;
        int sinceOrder = 1;
        double squared = 0;
        for (int t = first + 1; t < y.length; t++) {
            double forecast = everyPeriod ? size * chance : size / interval;
            squared += (y[t] - forecast) * (y[t] - forecast);
            boolean order = y[t] != 0;
            if (everyPeriod) {
                chance += beta * ((order ? 1 : 0) - chance);
            }
            if (order) {
                size += alpha * (y[t] - size);
                interval += alpha * (sinceOrder - interval);
                sinceOrder = 1;
            } else {
                sinceOrder++;
            }
        }
        return new Smoothing(everyPeriod, alpha, everyPeriod ? beta : alpha, size, interval, chance, squared);
    }
}
