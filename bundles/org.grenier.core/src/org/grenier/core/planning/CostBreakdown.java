package org.grenier.core.planning;

/**
 * What stock costs over a horizon, by component: keeping it (holding), ordering it, lost margins (shortage) and goods
 * thrown away (spoilage).
 */
public record CostBreakdown(double holding, double ordering, double shortage, double spoilage) {

    public static final CostBreakdown NONE = new CostBreakdown(0, 0, 0, 0);

    public double total() {
        return holding + ordering + shortage + spoilage;
    }

    public CostBreakdown plus(CostBreakdown other) {
        return new CostBreakdown(holding + other.holding, ordering + other.ordering, shortage + other.shortage,
                spoilage + other.spoilage);
    }
}
