package org.grenier.optimize.internal.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grenier.core.planning.CostBreakdown;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.StockFan;
import org.grenier.core.planning.UnitKpis;

/** Turns the summed tallies of all paths into per-path averages: the KPIs a planner reads. */
final class Outcomes {

    private final SimulationPlan plan;
    private final int paths;

    Outcomes(SimulationPlan plan, int paths) {
        this.plan = plan;
        this.paths = paths;
    }

    SimulationOutcome build(Tally tally, float[][] values, long seed, long nanos) {
        List<ItemKpis> items = new ArrayList<>(plan.items);
        for (int i = 0; i < plan.items; i++) {
            items.add(item(tally, i));
        }
        List<UnitKpis> units = new ArrayList<>();
        for (int u = 0; u < plan.capacity.length; u++) {
            units.add(new UnitKpis(plan.unitCodes[u], plan.capacity[u], tally.unitMean[u] / (paths * plan.days),
                    tally.unitPeak[u] / paths, tally.unitFullDays[u] / paths, tally.unitRefused[u] / paths,
                    fullShare(tally, u), fullByDay(tally, u)));
        }
        return new SimulationOutcome(paths, seed, plan.days, items, total(tally, items, values), units, fan(values),
                nanos);
    }

    private double fullShare(Tally tally, int u) {
        int full = 0;
        for (int day = 0; day < plan.days; day++) {
            full += tally.firstFull[u * plan.days + day];
        }
        return (double) full / paths;
    }

    /** The first day by which one path in twenty has found the unit full, or -1. */
    private int fullByDay(Tally tally, int u) {
        int full = 0;
        for (int day = 0; day < plan.days; day++) {
            full += tally.firstFull[u * plan.days + day];
            if (full >= UnitKpis.FULL_SHARE * paths) {
                return day;
            }
        }
        return -1;
    }

    private ItemKpis item(Tally t, int i) {
        double demand = t.demand[i] / paths;
        double served = t.served[i] / paths;
        double lost = demand - served;
        double waste = t.waste[i] / paths;
        double stockDays = t.stockSum[i] / paths;
        CostBreakdown cost = new CostBreakdown(stockDays * plan.holdingPerDay[i], t.orders[i] / paths
                * plan.orderCost[i], lost * plan.lostMargin[i], waste * plan.unitCost[i]);
        return new ItemKpis(plan.codes[i], demand, served, lost, demand > 0 ? served / demand : 1,
                serviceLevel(t.cycles[i], t.shortCycles[i]), t.cycles[i], t.stockoutDays[i] / paths,
                stockDays / plan.days, t.peakSum[i] / paths, waste, t.orders[i] / paths, t.refused[i] / paths, cost);
    }

    /** The total over products: counts summed, stock as value (units of different products do not add up). */
    private ItemKpis total(Tally t, List<ItemKpis> items, float[][] values) {
        double demand = 0;
        double served = 0;
        double waste = 0;
        double stockoutDays = 0;
        double orders = 0;
        double refused = 0;
        double averageValue = 0;
        long cycles = 0;
        long shortCycles = 0;
        CostBreakdown cost = CostBreakdown.NONE;
        for (int i = 0; i < items.size(); i++) {
            ItemKpis item = items.get(i);
            demand += item.demand();
            served += item.served();
            waste += item.waste();
            stockoutDays += item.stockoutDays();
            orders += item.orders();
            refused += item.refused();
            averageValue += item.averageStock() * plan.unitCost[i];
            cycles += t.cycles[i];
            shortCycles += t.shortCycles[i];
            cost = cost.plus(item.cost());
        }
        double peakValue = Arrays.stream(values).mapToDouble(Outcomes::max).average().orElse(0);
        return new ItemKpis("*", demand, served, demand - served, demand > 0 ? served / demand : 1,
                serviceLevel(cycles, shortCycles), cycles, stockoutDays, averageValue, peakValue, waste, orders,
                refused, cost);
    }

    /** The share of cycles without a stock-out; NaN when no cycle was completed (a policy that never delivered). */
    private static double serviceLevel(long cycles, long shortCycles) {
        return cycles == 0 ? Double.NaN : 1 - (double) shortCycles / cycles;
    }

    private static double max(float[] row) {
        double most = 0;
        for (float v : row) {
            most = Math.max(most, v);
        }
        return most;
    }

    private StockFan fan(float[][] values) {
        double[][] bands = new double[5][plan.days];
        double[] levels = { 0.05, 0.25, 0.5, 0.75, 0.95 };
        float[] column = new float[paths];
        for (int day = 0; day < plan.days; day++) {
            for (int p = 0; p < paths; p++) {
                column[p] = values[p][day];
            }
            Arrays.sort(column);
            for (int b = 0; b < levels.length; b++) {
                bands[b][day] = column[(int) Math.round(levels[b] * (paths - 1))];
            }
        }
        return new StockFan(bands[0], bands[1], bands[2], bands[3], bands[4]);
    }
}
