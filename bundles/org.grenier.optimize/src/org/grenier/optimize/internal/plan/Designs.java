package org.grenier.optimize.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grenier.core.Result;
import org.grenier.core.planning.ItemClass;
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
    private final List<String> warnings;
    private final List<StockPolicy> policies = new ArrayList<>();
    private final List<SimulatedItem> simulated = new ArrayList<>();

    Designs(PolicyDesigner designer, Map<String, Integer> unitLifeDays, List<String> warnings) {
        this.designer = designer;
        this.unitLifeDays = unitLifeDays;
        this.warnings = warnings;
    }

    void add(PlanningItem item, ItemClass itemClass) {
        PolicyKind kind = PolicyDesigner.perishable(item) ? PolicyKind.NEWSVENDOR
                : itemClass.abc() == 'A' ? PolicyKind.CONTINUOUS_REVIEW : PolicyKind.PERIODIC_REVIEW;
        Result<StockPolicy> policy = designer.design(item, itemClass.serviceTarget(), kind);
        if (policy.severity() == Result.Severity.WARNING) {
            warnings.add(policy.message());
        }
        policies.add(policy.orElseThrow());
        SimulatedItem base = SimulatedItem.of(item, policy.value());
        Integer grainLife = unitLifeDays.get(item.terms().storageUnit());
        simulated.add(grainLife == null ? base : new SimulatedItem(item, policy.value(), base.lifeDays(),
                base.onHandLifeDays() == 0 ? grainLife : Math.min(base.onHandLifeDays(), grainLife)));
    }

    List<StockPolicy> policies() {
        return policies;
    }

    List<SimulatedItem> simulated() {
        return simulated;
    }
}
