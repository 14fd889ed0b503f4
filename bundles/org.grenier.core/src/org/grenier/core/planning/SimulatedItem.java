package org.grenier.core.planning;

import java.util.Objects;

/**
 * A product in a simulation: its data, the policy that replenishes it, how many days a delivered lot keeps
 * ({@code lifeDays}, 0 when it keeps beyond the horizon) and the stock already on hand keeps ({@code onHandLifeDays}),
 * what its own production (a harvest) brings in each day of the horizon, and what orders already placed bring in
 * ({@code onOrder}; both empty when none). Life comes from the shelf life and, for stored crops, from the quality
 * model's allowable storage time.
 */
public record SimulatedItem(PlanningItem item, StockPolicy policy, int lifeDays, int onHandLifeDays,
        double[] production, double[] onOrder) {

    public SimulatedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(policy, "policy");
        if (lifeDays < 0 || onHandLifeDays < 0) {
            throw new IllegalArgumentException("the life of " + item.code() + " cannot be negative");
        }
        production = daily(production, "production", item);
        onOrder = daily(onOrder, "stock on order", item);
    }

    private static double[] daily(double[] quantities, String what, PlanningItem item) {
        for (double quantity : quantities) {
            if (!(quantity >= 0) || Double.isInfinite(quantity)) {
                throw new IllegalArgumentException("the " + what + " of " + item.code() + " cannot be " + quantity);
            }
        }
        return quantities.clone();
    }

    /** A product bought only, not produced. */
    public SimulatedItem(PlanningItem item, StockPolicy policy, int lifeDays, int onHandLifeDays) {
        this(item, policy, lifeDays, onHandLifeDays, new double[0], new double[0]);
    }

    @Override
    public double[] production() {
        return production.clone();
    }

    @Override
    public double[] onOrder() {
        return onOrder.clone();
    }

    /** The same product with its production, a quantity per day of the horizon. */
    public SimulatedItem producing(double[] daily) {
        return new SimulatedItem(item, policy, lifeDays, onHandLifeDays, daily, onOrder);
    }

    /** The same product with the orders already placed, the quantity due on each day of the horizon. */
    public SimulatedItem expecting(double[] daily) {
        return new SimulatedItem(item, policy, lifeDays, onHandLifeDays, production, daily);
    }

    /** Lots keep their shelf life; what is on hand has a shelf life left, assumed half of it. */
    public static SimulatedItem of(PlanningItem item, StockPolicy policy) {
        Integer shelfLife = item.sku().shelfLifeDays();
        int life = shelfLife == null ? 0 : shelfLife;
        return new SimulatedItem(item, policy, life, life == 0 ? 0 : Math.max(1, life / 2));
    }
}
