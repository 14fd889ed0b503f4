package org.grenier.core.planning;

import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Values the stock of a store (FIFO and weighted average, from its costed receipts) and projects, over a plan's
 * horizon and under its scenario, what keeping it costs by factor, what spoilage will take and what value is at risk.
 * Provided as an OSGi service.
 */
public interface StorageCosts {

    Result<StorageCostReport> analyse(Store store, PlanReport plan, CostFactors factors);
}
