package org.grenier.core.planning;

import org.grenier.core.Result;

/** Computes reorder points from demand statistics. Provided as an OSGi service. */
public interface ReorderPolicy {

    /**
     * @param meanDailyDemand  average units taken per day
     * @param dailyDemandSd    standard deviation of daily demand
     * @param leadTimeDays     days between ordering and receiving
     * @param serviceLevel     wanted probability of not running out during a lead time, in (0, 1)
     */
    Result<ReorderPoint> reorderPoint(double meanDailyDemand, double dailyDemandSd, double leadTimeDays,
            double serviceLevel);
}
