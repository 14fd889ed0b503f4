package org.grenier.core.forecast;

import java.time.Instant;
import java.util.List;

/**
 * How the active forecast of one series has held up since it was trained: its error on the periods that have since
 * been sold (scaled as MASE, against the backtest's), how far the new sales values moved from the training history
 * (population stability index), and whether the series should be retrained, with the reasons in the planner's words.
 */
public record DriftReport(String series, long runId, Instant trainedAt, int periodsCompared, double liveMase,
        double backtestMase, double psi, boolean degraded, boolean retrainDue, List<DriftReason> reasons) {

    public DriftReport {
        reasons = List.copyOf(reasons);
    }

    /** The reasons in English, as the command line prints them. */
    public String reasonText() {
        return String.join("; ", reasons.stream().map(DriftReason::text).toList());
    }
}
