package org.grenier.core.patterns;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Consumption and sector analysis of a store's sales: seasonal patterns, sector summaries and the products expected to
 * sell most per delivery zone. Provided as an OSGi service.
 */
public interface PatternAnalysis {

    /** Analyses every sale in the store, forecasting on up to {@code threads} threads; cancellable. */
    Result<PatternReport> analyse(Store store, PatternPlan plan, int threads, IProgressMonitor monitor);
}
