package org.grenier.core.planning;

/**
 * The spread of the value of stock on hand, day by day over the horizon: the 5th, 25th, 50th, 75th and 95th
 * percentiles across the simulated paths. Drawn as a fan chart.
 */
public record StockFan(double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {

    public StockFan {
        p05 = p05.clone();
        p25 = p25.clone();
        p50 = p50.clone();
        p75 = p75.clone();
        p95 = p95.clone();
    }

    @Override
    public double[] p05() {
        return p05.clone();
    }

    @Override
    public double[] p25() {
        return p25.clone();
    }

    @Override
    public double[] p50() {
        return p50.clone();
    }

    @Override
    public double[] p75() {
        return p75.clone();
    }

    @Override
    public double[] p95() {
        return p95.clone();
    }
}
