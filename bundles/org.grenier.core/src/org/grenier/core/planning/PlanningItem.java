package org.grenier.core.planning;

import java.math.BigDecimal;
import java.util.Objects;

import org.grenier.core.model.Sku;

/** One product as planning sees it: what it is and costs, how it is bought, what is in stock, what demand is coming. */
public record PlanningItem(Sku sku, SupplyTerms terms, double onHand, DemandOutlook demand) {

    public PlanningItem {
        Objects.requireNonNull(sku, "SKU");
        Objects.requireNonNull(terms, "supply terms");
        Objects.requireNonNull(demand, "demand outlook");
        if (!sku.code().equals(terms.sku()) || !sku.code().equals(demand.sku())) {
            throw new IllegalArgumentException("the terms and demand of " + sku.code() + " belong to "
                    + terms.sku() + " and " + demand.sku());
        }
        if (!(onHand >= 0)) {
            throw new IllegalArgumentException("stock on hand of " + sku.code() + " cannot be " + onHand);
        }
    }

    public String code() {
        return sku.code();
    }

    public double unitCost() {
        return amount(sku.unitCost());
    }

    /** The selling price, or the unit cost when the catalogue has none (no margin assumed). */
    public double price() {
        return sku.price() == null ? unitCost() : amount(sku.price());
    }

    /** What keeping one unit a day costs. */
    public double holdingCostPerDay() {
        return unitCost() * terms.holdingRate() / 365.0;
    }

    public PlanningItem withDemand(DemandOutlook outlook) {
        return new PlanningItem(sku, terms, onHand, outlook);
    }

    private static double amount(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
