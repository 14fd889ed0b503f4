package org.grenier.core.planning;

import java.time.LocalDate;

/**
 * What a planner should do about one product: its class and policy, stock on hand and the days it covers, stock on
 * order (receipts due within the horizon, already counted in the decision), whether to
 * order now, how much (in whole packs) and by when at the latest, what the order costs, where the demand outlook
 * came from, and the simulated fill rate and cycle service level of the policy.
 */
public record Recommendation(String sku, String storageUnit, ItemClass itemClass, StockPolicy policy, double onHand,
        double onOrder, double daysOfCover, boolean orderNow, double orderQuantity, LocalDate orderBy, double orderValue,
        String demandSource, double fillRate, double cycleServiceLevel) {
}
