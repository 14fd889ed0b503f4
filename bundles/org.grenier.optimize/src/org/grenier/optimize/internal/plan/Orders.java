package org.grenier.optimize.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.ItemKpis;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.Recommendation;
import org.grenier.core.planning.SimulationOutcome;
import org.grenier.core.planning.StockPolicy;
import org.grenier.optimize.internal.policy.PolicyMath;

/**
 * Turns policies into orders from today's stock position, on hand plus on order: a continuously reviewed product is
 * ordered when its position is at or below its reorder point, otherwise by the day its expected demand takes it there;
 * a periodically reviewed one is reviewed today and ordered up to its level. Days of cover count what is on hand.
 */
final class Orders {

    private final LocalDate today;
    private final Map<String, String> sources;
    private final StockPosition position;

    Orders(Instant start, Map<String, String> sources, StockPosition position) {
        this.today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        this.sources = sources;
        this.position = position;
    }

    List<Recommendation> recommend(List<PlanningItem> items, List<ItemClass> classes, List<StockPolicy> policies,
            SimulationOutcome outcome) {
        List<Recommendation> recommendations = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            recommendations.add(recommend(items.get(i), classes.get(i), policies.get(i), outcome.items().get(i)));
        }
        recommendations.sort(Comparator.comparing((Recommendation r) -> !r.orderNow())
                .thenComparing(Recommendation::orderBy).thenComparing(Recommendation::sku));
        return recommendations;
    }

    private Recommendation recommend(PlanningItem item, ItemClass itemClass, StockPolicy policy, ItemKpis kpis) {
        double onOrder = position.onOrderOf(item.code());
        double stock = item.onHand() + onOrder;
        double daily = policy.meanDaily();
        double quantity;
        LocalDate by;
        if (daily <= 0) {
            quantity = 0;
            by = today.plusDays(policy.reviewDays());
        } else if (policy.kind() == PolicyKind.CONTINUOUS_REVIEW) {
            double gap = policy.reorderPoint() - stock;
            quantity = gap < 0 ? 0 : (Math.floor(gap / policy.orderQuantity()) + 1) * policy.orderQuantity();
            by = quantity > 0 ? today : today.plusDays((long) Math.floor(-gap / daily));
        } else {
            double gap = policy.orderUpTo() - stock;
            quantity = gap <= 0 ? 0 : PolicyMath.wholePacks(gap, item.terms().packSize(), item.terms().minimumOrder());
            by = quantity > 0 ? today : today.plusDays(policy.reviewDays());
        }
        return new Recommendation(item.code(), item.terms().storageUnit(), itemClass, policy, item.onHand(), onOrder,
                daily > 0 ? item.onHand() / daily : Double.POSITIVE_INFINITY, quantity > 0, quantity, by,
                quantity * item.unitCost(), sources.get(item.code()), kpis.fillRate(), kpis.cycleServiceLevel());
    }
}
