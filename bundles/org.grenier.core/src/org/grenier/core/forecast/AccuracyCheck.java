package org.grenier.core.forecast;

import java.time.Instant;
import java.util.Objects;

/** One drift check of a run as the registry keeps it: accuracy on the periods sold since, at a moment in time. */
public record AccuracyCheck(long runId, String series, Instant checkedAt, int periods, double liveMase,
        double backtestMase, double psi, boolean degraded) {

    public AccuracyCheck {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(checkedAt, "time of the check");
    }

    public static AccuracyCheck of(DriftReport report, Instant at) {
        return new AccuracyCheck(report.runId(), report.series(), at, report.periodsCompared(), report.liveMase(),
                report.backtestMase(), report.psi(), report.degraded());
    }
}
