package org.grenier.core.forecast;

import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Trains forecasts from a store's sales and keeps every run in its model registry, then watches the active runs for
 * drift as new sales arrive. Provided as an OSGi service.
 */
public interface ForecastTraining {

    /** How the result of a product a cancel stopped before its training ends: not a failure of the product. */
    String CANCELLED = "not trained, the run was cancelled";

    /**
     * Trains each product's forecast from its stored sales, on up to {@code threads} threads sharing the working
     * memory of the user's {@link org.grenier.core.ComputeSettings}, records every run that succeeded as the
     * product's active one, and returns one result per product in the order given (those a cancel left untrained
     * failed with a message ending in {@link #CANCELLED}).
     */
    List<Result<ForecastRun>> train(Store store, List<String> skus, TrainingPlan plan, int threads,
            IProgressMonitor monitor);

    /**
     * Compares the active run of {@code sku} with the sales stored since it was trained, periods cut in {@code now}'s
     * zone, and keeps the check in the registry so that the model's accuracy can be followed over time.
     */
    Result<DriftReport> drift(Store store, String sku, ZonedDateTime now, DriftPolicy policy);
}
