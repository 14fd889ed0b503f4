package org.grenier.core.planning;

import java.util.Objects;

/**
 * A product in a simulation: its data, the policy that replenishes it, how many days a delivered lot keeps
 * ({@code lifeDays}, 0 when it keeps beyond the horizon) and the stock already on hand keeps ({@code onHandLifeDays}),
 * and what its own production (a harvest) brings in each day of the horizon (empty when none). Life comes from the
 * shelf life and, for stored crops, from the quality model's allowable storage time.
 */
public record SimulatedItem(PlanningItem item, StockPolicy policy, int lifeDays, int onHandLifeDays,
        double[] production) {

    public SimulatedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(policy, "policy");
        if (lifeDays < 0 || onHandLifeDays < 0) {
            throw new IllegalArgumentException("the life of " + item.code() + " cannot be negative");
        }
        production = production.clone();
        for (double quantity : production) {
            if (!(quantity >= 0) || Double.isInfinite(quantity)) {
                throw new IllegalArgumentException("the production of " + item.code() + " cannot be " + quantity);
            }
        }
    }

    /** A product bought only, not produced. */
    public SimulatedItem(PlanningItem item, StockPolicy policy, int lifeDays, int onHandLifeDays) {
        this(item, policy, lifeDays, onHandLifeDays, new double[0]);
    }

    @Override
    public double[] production() {
        return production.clone();
    }

    /** The same product with its production, a quantity per day of the horizon. */
    public SimulatedItem producing(double[] daily) {
        return new SimulatedItem(item, policy, lifeDays, onHandLifeDays, daily);
    }

    /** Lots keep their shelf life; what is on hand has a shelf life left, assumed half of it. */
    public static SimulatedItem of(PlanningItem item, StockPolicy policy) {
        Integer shelfLife = item.sku().shelfLifeDays();
        int life = shelfLife == null ? 0 : shelfLife;
        return new SimulatedItem(item, policy, life, life == 0 ? 0 : Math.max(1, life / 2));
    }
}
