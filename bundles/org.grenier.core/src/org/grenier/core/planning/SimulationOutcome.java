package org.grenier.core.planning;

import java.util.List;

/**
 * What a simulation found: every product's KPIs, their total (code "*"), every storage unit's utilisation, the fan of
 * stock value, and what it took (paths, seed, horizon, time).
 */
public record SimulationOutcome(int paths, long seed, int horizonDays, List<ItemKpis> items, ItemKpis total,
        List<UnitKpis> units, StockFan fan, long nanos) {

    public SimulationOutcome {
        items = List.copyOf(items);
        units = List.copyOf(units);
    }

    /** Product-days-paths simulated per second. */
    public double throughput() {
        return (double) items.size() * horizonDays * paths / (nanos / 1e9);
    }
}
