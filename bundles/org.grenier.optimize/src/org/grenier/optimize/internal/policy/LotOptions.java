package org.grenier.optimize.internal.policy;

import static org.grenier.optimize.internal.policy.PolicyMath.riskPeriodSd;
import static org.grenier.optimize.internal.policy.PolicyMath.safetyFactor;
import static org.grenier.optimize.internal.policy.PolicyMath.unitNormalLoss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.grenier.core.planning.PlanningItem;
import org.grenier.core.planning.PolicyKind;
import org.grenier.core.planning.StockPolicy;

/**
 * The lot sizes a product could be bought in at a service level: the choices the order optimiser picks among when
 * space or money is short. Each is a whole policy (whole packs, the supplier's minimum, sold within the shelf life)
 * with the units it expects to fall short of in a year.
 */
public final class LotOptions {

    /** Multiples of the economic order quantity tried for continuous review: a smaller lot takes less space. */
    private static final double[] EOQ_MULTIPLES = {0.25, 0.35, 0.5, 0.7, 0.85, 1, 1.2, 1.5, 2};

    /** Review periods tried for periodic review: from daily to quarterly. */
    private static final int[] REVIEW_DAYS = {1, 2, 3, 4, 5, 7, 10, 14, 21, 28, 42, 56, 70, 91};

    private LotOptions() {
    }

    /** One choice: the policy and the units it expects to fall short of in a year. */
    public record LotOption(StockPolicy policy, double shortPerYear) {
    }

    /** The options of {@code item} at {@code target} (ignored for a newsvendor, whose target is its critical ratio). */
    public static List<LotOption> of(PlanningItem item, double target, PolicyKind kind) {
        if (item.demand().meanDaily() <= 0) {
            return List.of(new LotOption(new PolicyDesigner().design(item, target, kind).value(), 0));
        }
        return switch (kind) {
            case CONTINUOUS_REVIEW -> continuous(item, target);
            case PERIODIC_REVIEW -> periodic(item, target, PolicyKind.PERIODIC_REVIEW, target,
                    "periodic review every %d days", PolicyDesigner.LONGEST_REVIEW_DAYS);
            case NEWSVENDOR -> newsvendor(item);
        };
    }

    private static List<LotOption> continuous(PlanningItem item, double target) {
        double eoq = PolicyDesigner.economicQuantity(item);
        double shortPerCycle = item.demand().meanDaily() <= 0 ? 0
                : PolicyDesigner.continuousRiskSd(item) * unitNormalLoss(safetyFactor(target));
        Map<Double, LotOption> byQuantity = new LinkedHashMap<>();
        for (double multiple : EOQ_MULTIPLES) {
            StockPolicy policy = PolicyDesigner.continuousReview(item, target, multiple * eoq);
            double cycles = 365 * policy.meanDaily() / policy.orderQuantity();
            byQuantity.putIfAbsent(policy.orderQuantity(), new LotOption(policy, cycles * shortPerCycle));
        }
        return List.copyOf(byQuantity.values());
    }

    /**
     * Review periods up to {@code longest} days; for periodic review only those whose delivery sells within the
     * shelf life (a newsvendor's lot is sized for its shelf life already), and always the daily one.
     */
    private static List<LotOption> periodic(PlanningItem item, double target, PolicyKind kind, double ratio,
            String reason, int longest) {
        TreeSet<Integer> reviews = new TreeSet<>();
        for (int days : REVIEW_DAYS) {
            reviews.add(days);
        }
        reviews.add(PolicyDesigner.economicReviewDays(item));
        reviews.add(longest);
        double sellable = kind == PolicyKind.NEWSVENDOR ? Double.POSITIVE_INFINITY
                : PolicyDesigner.sellableWithinShelfLife(item);
        double k = safetyFactor(target);
        List<LotOption> options = new ArrayList<>();
        for (int review : reviews.headSet(longest, true)) {
            StockPolicy policy = PolicyDesigner.periodicReview(item, target, review, kind, ratio,
                    String.format(Locale.ROOT, reason, review));
            boolean fresh = policy.meanDaily() * review + policy.safetyStock() <= sellable;
            if (fresh || review == 1) {
                double sd = riskPeriodSd(policy.meanDaily(), policy.sdDaily(), review + item.terms().leadTimeDays(),
                        item.terms().leadTimeSdDays());
                options.add(new LotOption(policy, 365.0 / review * sd * unitNormalLoss(k)));
            }
        }
        return options;
    }

    /** A lot per review period of at most a shelf life (and a quarter), sized at the critical ratio. */
    private static List<LotOption> newsvendor(PlanningItem item) {
        StockPolicy designed = new PolicyDesigner().design(item, 0.5, PolicyKind.NEWSVENDOR).value();
        double ratio = designed.criticalRatio();
        return periodic(item, designed.serviceTarget(), PolicyKind.NEWSVENDOR, ratio,
                "perishable: a lot every %d days, sized at critical ratio " + String.format(Locale.ROOT, "%.2f",
                        ratio), designed.reviewDays());
    }
}
