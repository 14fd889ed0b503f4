package org.grenier.core.planning;

/**
 * How one product fared over a simulation, averaged over its paths: demand, sales served and lost, the fill rate
 * (share of demand served), the cycle service level (share of replenishment cycles without a stock-out, over
 * {@code cycles} cycles in all paths), stock-out days, average and peak stock on hand, units thrown away, orders
 * placed, units a full storage unit had to refuse, and the cost.
 */
public record ItemKpis(String sku, double demand, double served, double lost, double fillRate,
        double cycleServiceLevel, long cycles, double stockoutDays, double averageStock, double peakStock,
        double waste, double orders, double refused, CostBreakdown cost) {
}
