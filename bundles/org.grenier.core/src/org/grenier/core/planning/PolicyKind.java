package org.grenier.core.planning;

/** How a product is replenished. */
public enum PolicyKind {
    /** Watched every day: when stock on hand and on order falls to the reorder point s, order Q (in packs). */
    CONTINUOUS_REVIEW,
    /** Reviewed every R days: order what brings stock on hand and on order up to S. */
    PERIODIC_REVIEW,
    /**
     * A perishable or seasonal lot: reviewed every shelf life, ordered up to the newsvendor quantity, where the
     * critical ratio weighs a lost margin against a unit thrown away.
     */
    NEWSVENDOR
}
