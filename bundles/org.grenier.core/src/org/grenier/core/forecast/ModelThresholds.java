package org.grenier.core.forecast;

/**
 * Limits past which a model raises an alert: serving latency (95th percentile), final-fit time (95th percentile),
 * memory allocated by one training, and the ratio of live error to backtest error.
 */
public record ModelThresholds(double maxServeMillis, double maxFitMillis, double maxAllocatedMegabytes,
        double maxErrorRatio) {

    /** A forecast served within 100 ms, fitted within 5 s, trained within 512 MB, live error under 1.5 × backtest. */
    public static final ModelThresholds DEFAULTS = new ModelThresholds(100, 5_000, 512, 1.5);

    public ModelThresholds {
        if (!(maxServeMillis > 0 && maxFitMillis > 0 && maxAllocatedMegabytes > 0 && maxErrorRatio > 0)) {
            throw new IllegalArgumentException("model thresholds must be positive");
        }
    }
}
