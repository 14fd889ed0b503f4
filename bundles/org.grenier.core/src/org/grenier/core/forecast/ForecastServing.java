package org.grenier.core.forecast;

import org.grenier.core.Result;
import org.grenier.core.store.Store;

/**
 * Serves the active forecast of a product to the workbench: from a bounded cache (least recently used out first,
 * entries expire after a time to live) or from the model registry, every serving timed. Provided as an OSGi service.
 */
public interface ForecastServing {

    /** The active run of {@code sku} in {@code store}; an error when it has none. */
    Result<ServedForecast> serve(Store store, String sku);

    /** Drops what is cached for {@code sku} in {@code store}, after retraining or restoring one of its runs. */
    void forget(Store store, String sku);

    /** Drops everything cached for {@code store}, when it closes or its registry changed wholesale. */
    void forgetAll(Store store);

    ServingStats stats();

    /** A forecast as served, how long serving it took and whether it came from the cache. */
    record ServedForecast(ForecastRun run, long nanos, boolean cached) {

        public double millis() {
            return nanos / 1e6;
        }
    }
}
