package org.grenier.core.planning;

/**
 * What the stock of one product is worth: the quantity on hand (its latest counts, else what its movements leave),
 * valued first-in first-out (what is left is the latest receipts, at their costs) and at the moving weighted average
 * cost, the average cost per unit, and whether the costs came from costed receipts or from the catalogue.
 */
public record StockValuation(String sku, String storageUnit, double quantity, double fifoValue, double averageValue,
        double averageUnitCost, boolean fromReceipts) {
}
