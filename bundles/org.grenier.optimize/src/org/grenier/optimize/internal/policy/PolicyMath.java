package org.grenier.optimize.internal.policy;

import smile.stat.distribution.GaussianDistribution;

/**
 * The inventory formulas of Silver, Pyke and Peterson, "Inventory and Production Management in Supply Chains" (4th
 * ed., 2017), chapters 4, 6 and 7, written once so that policies and their tests share them.
 */
public final class PolicyMath {

    private PolicyMath() {
    }

    /** The standard normal quantile of a probability: the safety factor k of a cycle service level. */
    public static double safetyFactor(double serviceLevel) {
        return GaussianDistribution.getInstance().quantile(serviceLevel);
    }

    /**
     * The standard normal loss function G(k) = φ(k) − k (1 − Φ(k)): the expected shortfall, in standard deviations
     * of the risk period's demand, of a cycle whose safety factor is k.
     */
    public static double unitNormalLoss(double k) {
        GaussianDistribution normal = GaussianDistribution.getInstance();
        return Math.max(0, normal.p(k) - k * (1 - normal.cdf(k)));
    }

    /** Wilson's economic order quantity, sqrt(2 D A / h), for yearly demand D, order cost A and holding cost h. */
    public static double economicOrderQuantity(double annualDemand, double orderCost, double holdingPerUnitYear) {
        if (annualDemand <= 0) {
            return 0;
        }
        if (holdingPerUnitYear <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(2 * annualDemand * orderCost / holdingPerUnitYear);
    }

    /**
     * The spread of demand over a risk period of {@code days} whose length itself varies: sqrt(L σd² + d² σL²),
     * daily demand and lead time independent.
     */
    public static double riskPeriodSd(double meanDaily, double sdDaily, double days, double daysSd) {
        return Math.sqrt(days * sdDaily * sdDaily + meanDaily * meanDaily * daysSd * daysSd);
    }

    /**
     * The mean undershoot below the reorder point when stock is reviewed once a day: E[d²] / (2 E[d]) for daily demand
     * d (renewal theory; Hadley and Whitin). Without it a daily-reviewed (s, Q) policy orders late and misses its
     * service level.
     */
    public static double undershootMean(double meanDaily, double sdDaily) {
        return meanDaily <= 0 ? 0 : (meanDaily * meanDaily + sdDaily * sdDaily) / (2 * meanDaily);
    }

    /** The variance of that undershoot: E[d³] / (3 E[d]) − E[U]², with the moments of a normal day. */
    public static double undershootVariance(double meanDaily, double sdDaily) {
        if (meanDaily <= 0) {
            return 0;
        }
        double third = meanDaily * meanDaily * meanDaily + 3 * meanDaily * sdDaily * sdDaily;
        double mean = undershootMean(meanDaily, sdDaily);
        return Math.max(0, third / (3 * meanDaily) - mean * mean);
    }

    /** The newsvendor's critical ratio cu / (cu + co): lost margin against the loss on a unit left unsold. */
    public static double criticalRatio(double price, double unitCost, double salvage) {
        double underage = Math.max(0, price - unitCost);
        double overage = Math.max(0, unitCost - salvage);
        return underage + overage == 0 ? 0.5 : underage / (underage + overage);
    }

    /** The smallest quantity of at least {@code quantity} and the supplier's minimum that is whole packs. */
    public static double wholePacks(double quantity, double packSize, double minimumOrder) {
        double wanted = Math.max(quantity, minimumOrder);
        if (wanted <= 0) {
            return 0;
        }
        return Math.ceil(wanted / packSize - 1e-9) * packSize;
    }
}
