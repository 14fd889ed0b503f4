package org.grenier.optimize.internal.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.SimulatedItem;
import org.grenier.core.planning.SimulationModel;
import org.grenier.core.planning.StockPolicy;

/**
 * A simulation model laid out in flat arrays, so that the daily loop touches primitives only: 365 million
 * product-days must pass in seconds. Demand is stored day by day ({@code d * items + i}), the order the loop reads it.
 */
final class SimulationPlan {

    final int items;
    final int days;
    final int ring;
    final float[] mean;
    final float[] sd;
    final boolean[] periodic;
    final double[] reorderPoint;
    final double[] orderUpTo;
    final double[] quantity;
    final double[] pack;
    final double[] minimum;
    final int[] review;
    final double[] leadMean;
    final double[] leadSd;
    final int[] maxLead;
    final int[] life;
    final int[] onHandLife;
    final double[] onHand;
    final double[] volume;
    final int[] unit;
    final double[] unitCost;
    final double[] holdingPerDay;
    final double[] orderCost;
    final double[] lostMargin;
    final String[] codes;
    final String[] unitCodes;
    final double[] capacity;
    /** What production brings in, day-major like demand; null when nothing is produced. */
    final float[] production;
    /** What each product's orders already placed bring in, by day of the horizon; empty when none. */
    final double[][] onOrder;

    SimulationPlan(SimulationModel model) {
        List<SimulatedItem> list = model.items();
        items = list.size();
        days = model.horizonDays();
        mean = new float[items * days];
        sd = new float[items * days];
        periodic = new boolean[items];
        reorderPoint = new double[items];
        orderUpTo = new double[items];
        quantity = new double[items];
        pack = new double[items];
        minimum = new double[items];
        review = new int[items];
        leadMean = new double[items];
        leadSd = new double[items];
        maxLead = new int[items];
        life = new int[items];
        onHandLife = new int[items];
        onHand = new double[items];
        onOrder = new double[items][];
        volume = new double[items];
        unit = new int[items];
        unitCost = new double[items];
        holdingPerDay = new double[items];
        orderCost = new double[items];
        lostMargin = new double[items];
        codes = new String[items];
        Map<String, Integer> units = new HashMap<>();
        List<String> unitList = new ArrayList<>();
        int longest = 1;
        for (int i = 0; i < items; i++) {
            longest = Math.max(longest, fill(i, list.get(i), units, unitList, model.capacities()));
        }
        production = produced(list);
        ring = Integer.highestOneBit(longest + 2) * 2;
        unitCodes = unitList.toArray(String[]::new);
        capacity = unitList.stream().mapToDouble(code -> model.capacities().getOrDefault(code,
                Double.POSITIVE_INFINITY)).toArray();
    }

    private float[] produced(List<SimulatedItem> list) {
        if (list.stream().allMatch(item -> item.production().length == 0)) {
            return null;
        }
        float[] daily = new float[items * days];
        for (int i = 0; i < items; i++) {
            double[] quantities = list.get(i).production();
            for (int d = 0; d < Math.min(days, quantities.length); d++) {
                daily[d * items + i] = (float) quantities[d];
            }
        }
        return daily;
    }

    private int fill(int i, SimulatedItem simulated, Map<String, Integer> units, List<String> unitList,
            Map<String, Double> capacities) {
        PlanningItem item = simulated.item();
        StockPolicy policy = simulated.policy();
        double[] m = item.demand().mean();
        double[] s = item.demand().sd();
        for (int d = 0; d < days; d++) {
            mean[d * items + i] = (float) m[d];
            sd[d * items + i] = (float) s[d];
        }
        codes[i] = item.code();
        periodic[i] = policy.kind() != PolicyKind.CONTINUOUS_REVIEW;
        reorderPoint[i] = policy.reorderPoint();
        orderUpTo[i] = policy.orderUpTo();
        quantity[i] = Math.max(policy.orderQuantity(), item.terms().packSize());
        pack[i] = item.terms().packSize();
        minimum[i] = item.terms().minimumOrder();
        review[i] = Math.max(1, policy.reviewDays());
        leadMean[i] = item.terms().leadTimeDays();
        leadSd[i] = item.terms().leadTimeSdDays();
        maxLead[i] = (int) Math.ceil(leadMean[i] + 4 * leadSd[i]) + 1;
        life[i] = simulated.lifeDays();
        onHandLife[i] = simulated.onHandLifeDays();
        onHand[i] = item.onHand();
        volume[i] = item.terms().unitVolume();
        String where = item.terms().storageUnit();
        unit[i] = where == null || !capacities.containsKey(where) ? -1
                : units.computeIfAbsent(where, code -> {
                    unitList.add(code);
                    return unitList.size() - 1;
                });
        unitCost[i] = item.unitCost();
        holdingPerDay[i] = item.holdingCostPerDay();
        orderCost[i] = item.terms().orderCost();
        lostMargin[i] = Math.max(0, item.price() - item.unitCost());
        onOrder[i] = simulated.onOrder();
        // The pipeline is a ring of days: it must reach the last open order as well as the longest lead time.
        int lastDue = onOrder[i].length - 1;
        while (lastDue >= 0 && onOrder[i][lastDue] <= 0) {
            lastDue--;
        }
        return Math.max(maxLead[i], lastDue + 1);
    }
}
