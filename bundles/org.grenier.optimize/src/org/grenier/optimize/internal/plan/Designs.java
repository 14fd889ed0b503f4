package org.grenier.optimize.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.PlanNote;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.SimulatedItem;
import org.grenier.core.planning.StockPolicy;
import org.grenier.optimize.internal.policy.PolicyDesigner;

/**
 * The policy of each product: a newsvendor lot per shelf life for perishables, continuous review for A products
 * (worth watching every day), periodic review for the others (ordered together on review days); each at its class's
 * service level. Grain on hand keeps only the days its silo's conditions leave it.
 */
final class Designs {

    private final PolicyDesigner designer;
    private final Map<String, Integer> unitLifeDays;
    private final Map<String, double[]> production;
    private final Map<String, double[]> onOrder;
    private final List<PlanNote> warnings;
    private final List<StockPolicy> policies = new ArrayList<>();
    private final List<SimulatedItem> simulated = new ArrayList<>();

    Designs(PolicyDesigner designer, Map<String, Integer> unitLifeDays, Map<String, double[]> production,
            Map<String, double[]> onOrder, List<PlanNote> warnings) {
        this.designer = designer;
        this.unitLifeDays = unitLifeDays;
        this.production = production;
        this.onOrder = onOrder;
        this.warnings = warnings;
    }

    /** The kind of policy a product of this class gets. */
    static PolicyKind kind(PlanningItem item, ItemClass itemClass) {
        return PolicyDesigner.perishable(item) ? PolicyKind.NEWSVENDOR
                : itemClass.abc() == 'A' ? PolicyKind.CONTINUOUS_REVIEW : PolicyKind.PERIODIC_REVIEW;
    }

    /** The product's own best policy, regardless of the others. */
    void add(PlanningItem item, ItemClass itemClass) {
        Result<StockPolicy> policy = designer.design(item, itemClass.serviceTarget(), kind(item, itemClass));
        if (policy.severity() == Result.Severity.WARNING) {
            // The designer warns only of a product with no demand foreseen.
            warnings.add(new PlanNote.NoDemand(item.code()));
        }
        add(item, policy.orElseThrow());
    }

    /** A policy chosen for the product among the others. */
    void add(PlanningItem item, StockPolicy policy) {
        policies.add(policy);
        SimulatedItem base = SimulatedItem.of(item, policy);
        Integer grainLife = unitLifeDays.get(item.terms().storageUnit());
        SimulatedItem kept = grainLife == null ? base : new SimulatedItem(item, policy, base.lifeDays(),
                base.onHandLifeDays() == 0 ? grainLife : Math.min(base.onHandLifeDays(), grainLife));
        double[] produced = production.get(item.code());
        double[] due = onOrder.get(item.code());
        SimulatedItem made = produced == null ? kept : kept.producing(produced);
        simulated.add(due == null ? made : made.expecting(due));
    }

    List<StockPolicy> policies() {
        return policies;
    }

    List<SimulatedItem> simulated() {
        return simulated;
    }
}
