package org.grenier.core.forecast;

import java.time.Instant;
import java.util.Objects;

/**
 * A training run without its forecast and parameters: what model operations read to follow every model over time.
 *
 * @param backtestMase the backtest error of the method kept, NaN when it was not backtested
 */
public record RunRecord(long runId, String series, int version, Instant trainedAt, String method, boolean active,
        double backtestMase, TrainingCost cost) {

    public RunRecord {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(trainedAt, "training time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(cost, "cost");
    }
}
