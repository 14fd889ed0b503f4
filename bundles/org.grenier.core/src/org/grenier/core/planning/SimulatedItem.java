package org.grenier.core.planning;

import java.util.Objects;

/**
 * A product in a simulation: its data, the policy that replenishes it, and how many days a delivered lot keeps
 * ({@code lifeDays}, 0 when it keeps beyond the horizon) and the stock already on hand keeps ({@code onHandLifeDays}).
 * Life comes from the shelf life and, for stored crops, from the quality model's allowable storage time.
 */
public record SimulatedItem(PlanningItem item, StockPolicy policy, int lifeDays, int onHandLifeDays) {

    public SimulatedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(policy, "policy");
        if (lifeDays < 0 || onHandLifeDays < 0) {
            throw new IllegalArgumentException("the life of " + item.code() + " cannot be negative");
        }
    }

    /** Lots keep their shelf life; what is on hand has a shelf life left, assumed half of it. */
    public static SimulatedItem of(PlanningItem item, StockPolicy policy) {
        Integer shelfLife = item.sku().shelfLifeDays();
        int life = shelfLife == null ? 0 : shelfLife;
        return new SimulatedItem(item, policy, life, life == 0 ? 0 : Math.max(1, life / 2));
    }
}
