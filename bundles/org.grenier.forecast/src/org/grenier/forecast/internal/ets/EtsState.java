package org.grenier.forecast.internal.ets;

/**
 * Level, slope and the last cycle of seasonal indices. The seasonal indices are a ring: the slot for the period
 * about to be observed holds the index of the same season one cycle earlier.
 */
final class EtsState {

    double level;
    double slope;
    final double[] season;
    int slot;

    EtsState(double level, double slope, double[] season) {
        this.level = level;
        this.slope = slope;
        this.season = season.clone();
    }

    EtsState copy() {
        EtsState copy = new EtsState(level, slope, season);
        copy.slot = slot;
        return copy;
    }
}
