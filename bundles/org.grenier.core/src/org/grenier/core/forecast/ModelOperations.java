package org.grenier.core.forecast;

import java.util.List;

import org.grenier.core.Result;
import org.grenier.core.store.Store;

/** Model operations: every method's costs, accuracy over time and alerts, from the registry and serving. */
public interface ModelOperations {

    /** The health of each method that trained a run in {@code store}, alerts raised against {@code thresholds}. */
    Result<List<ModelHealth>> health(Store store, ModelThresholds thresholds);
}
