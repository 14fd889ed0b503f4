package org.grenier.core.forecast;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The history a forecast run was trained on: its frequency, first and last periods and length, and what drift checks
 * compare new sales with: the in-sample error of the seasonal naive method (to scale live errors as MASE does) and
 * the history's values as bins, at most ten, with the share of periods in each (for the population stability index).
 * Bin {@code i} holds values up to {@code binEdges[i]}; the last bin, everything above the last edge.
 */
public record TrainingWindow(Frequency frequency, LocalDateTime firstPeriod, LocalDateTime lastPeriod,
        int observations, double naiveError, double[] binEdges, double[] binShares) {

    public TrainingWindow {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstPeriod, "first period");
        Objects.requireNonNull(lastPeriod, "last period");
        if (binShares.length != binEdges.length + 1) {
            throw new IllegalArgumentException("there must be one more bin share than bin edges");
        }
        binEdges = binEdges.clone();
        binShares = binShares.clone();
    }

    @Override
    public double[] binEdges() {
        return binEdges.clone();
    }

    @Override
    public double[] binShares() {
        return binShares.clone();
    }

    /** The start of the {@code step}-th period forecast (1 is the first after the window). */
    public LocalDateTime forecastPeriod(int step) {
        return frequency.after(lastPeriod, step);
    }
}
