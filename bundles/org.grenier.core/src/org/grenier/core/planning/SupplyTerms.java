package org.grenier.core.planning;

/**
 * How a product is bought and kept: the supplier's lead time and its spread (days), what placing one order costs, the
 * supplier's minimum order and pack size (units), the capacity one unit takes in its storage unit (in the unit's
 * capacity unit), the storage unit it goes to, and the yearly holding rate (share of the unit cost per year).
 */
public record SupplyTerms(String sku, double leadTimeDays, double leadTimeSdDays, double orderCost,
        double minimumOrder, double packSize, double unitVolume, String storageUnit, double holdingRate) {

    /** Terms a planner would assume before knowing the supplier: a week's lead time, 50 an order, 25 % a year. */
    public static SupplyTerms assumed(String sku, String storageUnit) {
        return new SupplyTerms(sku, 7, 0, 50, 0, 1, 1, storageUnit, 0.25);
    }

    public SupplyTerms {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("supply terms need a SKU code");
        }
        positive(leadTimeDays, "lead time of " + sku);
        atLeastZero(leadTimeSdDays, "lead-time spread of " + sku);
        atLeastZero(orderCost, "order cost of " + sku);
        atLeastZero(minimumOrder, "minimum order of " + sku);
        positive(packSize, "pack size of " + sku);
        atLeastZero(unitVolume, "space per unit of " + sku);
        atLeastZero(holdingRate, "holding rate of " + sku);
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }

    private static void atLeastZero(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " cannot be negative, was " + value);
        }
    }
}
