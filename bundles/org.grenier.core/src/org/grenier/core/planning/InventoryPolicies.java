package org.grenier.core.planning;

import java.util.List;

import org.grenier.core.Result;

/** Classifies products and designs their stock policies from their demand outlook. Provided as an OSGi service. */
public interface InventoryPolicies {

    /**
     * ABC/XYZ classes of the products, computed from their demand and unit cost, in the order given, each with the
     * service level its class is given.
     */
    List<ItemClass> classify(List<PlanningItem> items, ServiceTargets targets);

    /** The classes at the default service levels. */
    default List<ItemClass> classify(List<PlanningItem> items) {
        return classify(items, ServiceTargets.DEFAULTS);
    }

    /**
     * The policy of one product for a service level in (0, 1): continuous review, or a newsvendor lot for a
     * perishable whose shelf life is shorter than an economic order's cover. (The planner gives B and C products
     * periodic review instead, through the other method.)
     */
    Result<StockPolicy> design(PlanningItem item, double serviceTarget);

    /** The policy of a kind the planner chose. */
    Result<StockPolicy> design(PlanningItem item, double serviceTarget, PolicyKind kind);
}
