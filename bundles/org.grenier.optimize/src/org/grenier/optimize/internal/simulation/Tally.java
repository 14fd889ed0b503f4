package org.grenier.optimize.internal.simulation;

/** Sums over some paths of what the KPIs are made of, per product and per storage unit. Merged in path order. */
final class Tally {

    final double[] demand;
    final double[] served;
    final double[] waste;
    final double[] stockSum;
    final double[] peakSum;
    final double[] orders;
    final double[] ordered;
    final double[] refused;
    final double[] stockoutDays;
    final long[] cycles;
    final long[] shortCycles;
    final double[] unitMean;
    final double[] unitPeak;
    final double[] unitFullDays;
    final double[] unitRefused;
    /** Paths whose storage unit u first ran full on day d, at u * days + d. */
    final int[] firstFull;

    Tally(int items, int units, int days) {
        demand = new double[items];
        served = new double[items];
        waste = new double[items];
        stockSum = new double[items];
        peakSum = new double[items];
        orders = new double[items];
        ordered = new double[items];
        refused = new double[items];
        stockoutDays = new double[items];
        cycles = new long[items];
        shortCycles = new long[items];
        unitMean = new double[units];
        unitPeak = new double[units];
        unitFullDays = new double[units];
        unitRefused = new double[units];
        firstFull = new int[units * days];
    }

    void add(Tally other) {
        add(demand, other.demand);
        add(served, other.served);
        add(waste, other.waste);
        add(stockSum, other.stockSum);
        add(peakSum, other.peakSum);
        add(orders, other.orders);
        add(ordered, other.ordered);
        add(refused, other.refused);
        add(stockoutDays, other.stockoutDays);
        add(unitMean, other.unitMean);
        add(unitPeak, other.unitPeak);
        add(unitFullDays, other.unitFullDays);
        add(unitRefused, other.unitRefused);
        for (int k = 0; k < firstFull.length; k++) {
            firstFull[k] += other.firstFull[k];
        }
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] += other.cycles[i];
            shortCycles[i] += other.shortCycles[i];
        }
    }

    private static void add(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
