package org.grenier.core.forecast;

import java.time.Duration;

/**
 * When a forecast counts as degraded and when it is due for retraining: live MASE above {@code errorRatio} times the
 * backtest's once at least {@code minimumPeriods} new periods are known, or a population stability index above
 * {@code psiLimit} (0.25 is the usual "significant shift") beyond what the number of new values gives by chance, once
 * there are ten; and retraining every {@code retrainEvery} regardless.
 */
public record DriftPolicy(double errorRatio, double psiLimit, int minimumPeriods, Duration retrainEvery) {

    public static final DriftPolicy WEEKLY = new DriftPolicy(1.5, 0.25, 3, Duration.ofDays(7));

    public DriftPolicy {
        if (!(errorRatio > 0) || !(psiLimit > 0) || minimumPeriods < 1 || retrainEvery.isNegative()) {
            throw new IllegalArgumentException("a drift policy needs positive limits");
        }
    }
}
