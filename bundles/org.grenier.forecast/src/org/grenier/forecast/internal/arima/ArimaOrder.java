package org.grenier.forecast.internal.arima;

/** The orders of a seasonal ARIMA(p,d,q)(P,D,Q)m model, with or without a constant (drift, once differenced). */
record ArimaOrder(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period, boolean constant) {

    int coefficients() {
        return p + q + seasonalP + seasonalQ + (constant ? 1 : 0);
    }

    ArimaOrder with(int newP, int newQ, int newSeasonalP, int newSeasonalQ, boolean newConstant) {
        return new ArimaOrder(newP, d, newQ, newSeasonalP, seasonalD, newSeasonalQ, period, newConstant);
    }

    String label() {
        String base = "ARIMA(" + p + "," + d + "," + q + ")";
        String season = period > 1 && (seasonalP + seasonalD + seasonalQ) > 0
                ? "(" + seasonalP + "," + seasonalD + "," + seasonalQ + ")[" + period + "]" : "";
        String drift = constant ? (d + seasonalD == 0 ? " with mean" : " with drift") : "";
        return base + season + drift;
    }
}
