package org.grenier.core.forecast;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;

/**
 * Tells the peak hours of delivery operations from hour, weekday, temperature and the orders 24 hours and a week
 * before. Provided as an OSGi service.
 */
public interface PeakHourClassification {

    /**
     * Trains on all but the last {@code testShare} of the hours and scores on those.
     *
     * @param peakShare the share of training hours that count as peaks (0.2: the busiest fifth)
     */
    Result<PeakHourReport> evaluate(HourlyOrders history, double peakShare, double testShare,
            IProgressMonitor monitor);
}
