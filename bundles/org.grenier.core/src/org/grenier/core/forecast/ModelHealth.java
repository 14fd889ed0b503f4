package org.grenier.core.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How one forecasting method is doing across the series it serves: how many series it is active for and how many
 * runs it made, what training and serving cost, how accurate it was in backtests and since, its accuracy over time,
 * and the alerts its figures raise against the thresholds. Figures not yet measured are NaN.
 */
public record ModelHealth(String method, int activeSeries, int runs, double trainingMillisP95, double fitMillisP95,
        double allocatedMegabytesMax, double serveMillisP95, double backtestMase, double liveMase,
        List<AccuracyPoint> accuracy, List<String> alerts) {

    public ModelHealth {
        Objects.requireNonNull(method, "method");
        accuracy = List.copyOf(accuracy);
        alerts = List.copyOf(alerts);
    }

    public boolean alerting() {
        return !alerts.isEmpty();
    }

    /** The error of one series at one moment: a backtest's when it was trained, or a drift check's since. */
    public record AccuracyPoint(Instant at, String series, double mase, boolean live) {
    }
}
