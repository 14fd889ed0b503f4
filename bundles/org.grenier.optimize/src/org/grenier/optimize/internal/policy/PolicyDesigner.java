package org.grenier.optimize.internal.policy;

import static org.grenier.optimize.internal.policy.PolicyMath.economicOrderQuantity;
import static org.grenier.optimize.internal.policy.PolicyMath.riskPeriodSd;
import static org.grenier.optimize.internal.policy.PolicyMath.safetyFactor;
import static org.grenier.optimize.internal.policy.PolicyMath.wholePacks;

import java.util.List;
import java.util.Locale;

import org.grenier.core.Result;
import org.grenier.core.planning.InventoryPolicies;
import org.grenier.core.planning.ItemClass;
import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.ServiceTargets;
import org.grenier.core.planning.StockPolicy;
import org.grenier.core.planning.SupplyTerms;
import org.osgi.service.component.annotations.Component;

/**
 * Designs stock policies from a product's demand outlook and supply terms. Safety stock covers the demand of the risk
 * period (the lead time, plus the review period when stock is reviewed periodically), the lead time's own spread
 * included; a policy reviewed once a day also covers the undershoot below its reorder point.
 */
@Component(service = InventoryPolicies.class)
public class PolicyDesigner implements InventoryPolicies {

    /** Review periods are kept within a quarter: a longer one leaves the plan blind for too long. */
    static final int LONGEST_REVIEW_DAYS = 91;

    @Override
    public List<ItemClass> classify(List<PlanningItem> items, ServiceTargets targets) {
        return new ItemClassifier().classify(items, targets);
    }

    @Override
    public Result<StockPolicy> design(PlanningItem item, double serviceTarget) {
        return design(item, serviceTarget, perishable(item) ? PolicyKind.NEWSVENDOR : PolicyKind.CONTINUOUS_REVIEW);
    }

    @Override
    public Result<StockPolicy> design(PlanningItem item, double serviceTarget, PolicyKind kind) {
        if (!(serviceTarget > 0 && serviceTarget < 1)) {
            return Result.error(String.format(Locale.ROOT,
                    "The service level of %s must be between 0 and 1 (e.g. 0.95), was %s", item.code(), serviceTarget));
        }
        if (item.demand().meanDaily() <= 0) {
            return Result.warning(idle(item, serviceTarget), "No demand is foreseen for " + item.code()
                    + ": nothing to order", List.of());
        }
        return Result.ok(switch (kind) {
            case CONTINUOUS_REVIEW -> continuousReview(item, serviceTarget);
            case PERIODIC_REVIEW -> periodicReview(item, serviceTarget);
            case NEWSVENDOR -> newsvendor(item);
        });
    }

    /** A perishable whose shelf life runs out before an economic order would be sold. */
    public static boolean perishable(PlanningItem item) {
        Integer shelfLife = item.sku().shelfLifeDays();
        double mean = item.demand().meanDaily();
        return shelfLife != null && mean > 0 && shelfLife < economicQuantity(item) / mean;
    }

    private static StockPolicy continuousReview(PlanningItem item, double target) {
        return continuousReview(item, target, economicQuantity(item));
    }

    /** Continuous review with an order of about {@code wanted} units, in whole packs and sold within shelf life. */
    static StockPolicy continuousReview(PlanningItem item, double target, double wanted) {
        SupplyTerms terms = item.terms();
        double mean = item.demand().meanDaily();
        double sd = item.demand().sdDaily();
        double safety = Math.max(0, safetyFactor(target) * continuousRiskSd(item));
        double reorderPoint = mean * terms.leadTimeDays() + PolicyMath.undershootMean(mean, sd) + safety;
        double quantity = wholePacks(wanted, terms.packSize(), terms.minimumOrder());
        String reason = "watched daily: reorder at s, economic quantity in whole packs";
        double fresh = sellableWithinShelfLife(item) - safety;
        if (quantity > fresh) {
            // first in, first out: a lot sells after the safety stock ahead of it, and must sell before it expires
            // the supplier's minimum still holds: what it forces beyond the shelf life is wasted, as the simulation shows
            quantity = Math.max(wholePacks(terms.packSize(), terms.packSize(), terms.minimumOrder()),
                    Math.floor(fresh / terms.packSize()) * terms.packSize());
            reason = "watched daily: reorder at s, quantity cut to what sells within the shelf life";
        }
        double annual = terms.orderCost() * mean * 365 / quantity
                + item.holdingCostPerDay() * 365 * (safety + quantity / 2);
        return new StockPolicy(item.code(), PolicyKind.CONTINUOUS_REVIEW, target, mean, sd, safety, reorderPoint,
                reorderPoint + quantity, quantity, 1, economicQuantity(item), 0, annual, reason);
    }

    /** The spread a daily-reviewed reorder point must cover: lead-time demand and the undershoot below it. */
    static double continuousRiskSd(PlanningItem item) {
        double mean = item.demand().meanDaily();
        double sd = item.demand().sdDaily();
        double leadSd = riskPeriodSd(mean, sd, item.terms().leadTimeDays(), item.terms().leadTimeSdDays());
        return Math.sqrt(leadSd * leadSd + PolicyMath.undershootVariance(mean, sd));
    }

    /**
     * The economic review period, shortened for a product with a shelf life until a delivery (which sells after the
     * safety stock ahead of it, over a review period) sells before it expires.
     */
    private static StockPolicy periodicReview(PlanningItem item, double target) {
        int review = economicReviewDays(item);
        StockPolicy policy = periodicReview(item, target, review, PolicyKind.PERIODIC_REVIEW, target,
                "periodic review every economic interval");
        while (review > 1 && policy.meanDaily() * review + policy.safetyStock() > sellableWithinShelfLife(item)) {
            review--;
            policy = periodicReview(item, target, review, PolicyKind.PERIODIC_REVIEW, target,
                    "periodic review, shortened so that each delivery sells within the shelf life");
        }
        return policy;
    }

    static StockPolicy periodicReview(PlanningItem item, double target, int review, PolicyKind kind,
            double ratio, String reason) {
        SupplyTerms terms = item.terms();
        double mean = item.demand().meanDaily();
        double sd = item.demand().sdDaily();
        double risk = review + terms.leadTimeDays();
        double safety = Math.max(0, safetyFactor(target) * riskPeriodSd(mean, sd, risk, terms.leadTimeSdDays()));
        double orderUpTo = mean * risk + safety;
        double typicalOrder = wholePacks(mean * review, terms.packSize(), terms.minimumOrder());
        double annual = terms.orderCost() * 365.0 / review
                + item.holdingCostPerDay() * 365 * (safety + typicalOrder / 2);
        return new StockPolicy(item.code(), kind, target, mean, sd, safety, mean * terms.leadTimeDays() + safety,
                orderUpTo, typicalOrder, review, economicQuantity(item),
                kind == PolicyKind.NEWSVENDOR ? ratio : 0, annual, reason);
    }

    /**
     * Each delivery must sell within its shelf life, so the lot covers one shelf life and is sized at the critical
     * ratio of the demand over it: the service level that balances a lost margin against a unit thrown away.
     */
    private static StockPolicy newsvendor(PlanningItem item) {
        double ratio = PolicyMath.criticalRatio(item.price(), item.unitCost(), 0);
        double target = Math.min(0.999, Math.max(0.001, ratio));
        int review = Math.max(1, Math.min(LONGEST_REVIEW_DAYS, item.sku().shelfLifeDays()));
        return periodicReview(item, target, review, PolicyKind.NEWSVENDOR, ratio, String.format(Locale.ROOT,
                "perishable: a lot per %d-day shelf life, sized at critical ratio %.2f", review, ratio));
    }

    /**
     * What surely sells within one shelf life: its mean demand less two standard deviations, so that a slow spell
     * leaves about one lot in fifty to expire. Unbounded without a shelf life.
     */
    static double sellableWithinShelfLife(PlanningItem item) {
        Integer shelfLife = item.sku().shelfLifeDays();
        if (shelfLife == null) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = item.demand().meanDaily();
        return mean * shelfLife - 2 * item.demand().sdDaily() * Math.sqrt(shelfLife);
    }

    /** The economic order quantity, at most a year's demand (a product that costs nothing to keep has no EOQ). */
    static double economicQuantity(PlanningItem item) {
        double annual = item.demand().meanDaily() * 365;
        return Math.min(annual, economicOrderQuantity(annual, item.terms().orderCost(),
                item.holdingCostPerDay() * 365));
    }

    /** The economic order's cover in days, within a day and a quarter. */
    static int economicReviewDays(PlanningItem item) {
        double cover = economicQuantity(item) / item.demand().meanDaily();
        return (int) Math.max(1, Math.min(LONGEST_REVIEW_DAYS, Math.round(cover)));
    }

    private static StockPolicy idle(PlanningItem item, double target) {
        return new StockPolicy(item.code(), PolicyKind.PERIODIC_REVIEW, target, 0, item.demand().sdDaily(), 0, 0, 0,
                0, LONGEST_REVIEW_DAYS, 0, 0, 0, "no demand foreseen");
    }
}
