package org.grenier.forecast.internal.ets;

/**
 * One member of the exponential smoothing family in state-space form (Hyndman, Koehler, Ord &amp; Snyder,
 * <i>Forecasting with Exponential Smoothing</i>, 2008): error additive or multiplicative, trend none, additive or
 * damped, season none, additive or multiplicative.
 */
public record EtsSpec(boolean multiplicativeError, Trend trend, Season season, int period) {

    public enum Trend { NONE, ADDITIVE, DAMPED }

    public enum Season { NONE, ADDITIVE, MULTIPLICATIVE }

    public boolean hasTrend() {
        return trend != Trend.NONE;
    }

    public boolean damped() {
        return trend == Trend.DAMPED;
    }

    public boolean seasonal() {
        return season != Season.NONE;
    }

    /** Additive error and no multiplicative part: the forecast variance has a closed form (class 1). */
    public boolean linear() {
        return !multiplicativeError && season != Season.MULTIPLICATIVE;
    }

    /** Smoothing parameters and initial states estimated, plus the error variance. */
    public int parameterCount() {
        int smoothing = 1 + (hasTrend() ? 1 : 0) + (seasonal() ? 1 : 0) + (damped() ? 1 : 0);
        int states = 1 + (hasTrend() ? 1 : 0) + (seasonal() ? period - 1 : 0);
        return smoothing + states + 1;
    }

    /** The usual notation: {@code ETS(M,Ad,M)}. */
    public String label() {
        String t = switch (trend) {
            case NONE -> "N";
            case ADDITIVE -> "A";
            case DAMPED -> "Ad";
        };
        String s = switch (season) {
            case NONE -> "N";
            case ADDITIVE -> "A";
            case MULTIPLICATIVE -> "M";
        };
        return "ETS(" + (multiplicativeError ? "M" : "A") + "," + t + "," + s + ")";
    }
}
