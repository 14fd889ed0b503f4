package org.grenier.core.planning;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Plans the stock of every sold product in a store: demand from its active daily or weekly forecast (or, without
 * one, its last 13 weeks of sales), supply terms, ABC/XYZ service targets, policies, storage life from the quality
 * risk, then a Monte Carlo simulation of the whole over the horizon. Provided as an OSGi service.
 */
public interface StockPlanner {

    Result<PlanReport> plan(Store store, PlanRequest request, IProgressMonitor monitor);
}
