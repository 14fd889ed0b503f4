package org.grenier.optimize.internal;

import org.grenier.core.Result;
import org.grenier.core.planning.ReorderPoint;
import org.grenier.core.planning.ReorderPolicy;
import org.osgi.service.component.annotations.Component;

import smile.stat.distribution.GaussianDistribution;

/**
 * The textbook reorder point for a cycle service level: lead-time demand plus z times its standard deviation,
 * with daily demand assumed independent and normal. Later planning work replaces the normal assumption.
 */
@Component(service = ReorderPolicy.class)
public class NormalDemandReorderPolicy implements ReorderPolicy {

    @Override
    public Result<ReorderPoint> reorderPoint(double meanDailyDemand, double dailyDemandSd, double leadTimeDays,
            double serviceLevel) {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            return Result.error("The service level must be between 0 and 1 (e.g. 0.95), was " + serviceLevel);
        }
        if (!(meanDailyDemand >= 0) || !(dailyDemandSd >= 0) || !(leadTimeDays >= 0)) {
            return Result.error("Demand, its spread and the lead time cannot be negative (demand " + meanDailyDemand
                    + ", spread " + dailyDemandSd + ", lead time " + leadTimeDays + " days)");
        }
        double z = GaussianDistribution.getInstance().quantile(serviceLevel);
        double safetyStock = Math.max(0, z * dailyDemandSd * Math.sqrt(leadTimeDays));
        return Result.ok(new ReorderPoint(meanDailyDemand * leadTimeDays + safetyStock, safetyStock, serviceLevel));
    }
}
