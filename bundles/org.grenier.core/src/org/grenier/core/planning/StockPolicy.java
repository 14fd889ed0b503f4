package org.grenier.core.planning;

/**
 * The stock policy of one product: its kind, the service level it is designed for, the demand it was designed on
 * (per day, with the spread), the safety stock, reorder point s, order-up-to level S, order quantity Q, review period
 * R, the economic order quantity, the newsvendor critical ratio (0 when not a newsvendor policy), the yearly cost it
 * expects (ordering and holding) and why this kind was chosen. Quantities are in the product's unit.
 */
public record StockPolicy(String sku, PolicyKind kind, double serviceTarget, double meanDaily, double sdDaily,
        double safetyStock, double reorderPoint, double orderUpTo, double orderQuantity, int reviewDays,
        double economicOrderQuantity, double criticalRatio, double annualCost, String reason) {

    /**
     * The stock expected on hand just after a delivery: the safety stock and a full order (for periodic review, the
     * order of an average review period). This is what storage space and money are planned for; a slow spell before
     * a delivery can leave more, which the simulation measures.
     */
    public double peakStock() {
        return safetyStock + orderQuantity;
    }
}
