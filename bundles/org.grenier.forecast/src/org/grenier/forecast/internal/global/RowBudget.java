package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.ComputeLimits;
import org.grenier.core.forecast.DemandSeries;

/**
 * How many feature rows the global model may train on within the working memory the user allows, and from which
 * series they come. Past the budget, fewer origins per series are kept first, then only every k-th series learns
 * (all of them are still forecast).
 */
record RowBudget(int maxRows, int latest, int stride) {

    /**
     * Rows a fit aims at (each series' latest origins, at least 8 each): on M1, 150,000 were no more accurate than
     * 50,000 and took twice as long.
     */
    static final int MAX_ROWS = 50_000;
    /** Origins per series and step below which a series no longer learns its own seasonality. */
    static final int MIN_LATEST = 8;
    /** Held-out rows that choose the tree count and calibrate intervals: each is scored at every tree count. */
    static final int MAX_HELD_OUT = 20_000;

    /**
     * Bytes one training row holds at the fit's peak, for {@code columns} features and the target: our row and its
     * facts, Smile's column copy, its per-column sort order, its working arrays, twice over because the trial and
     * final fits' rows overlap in time. An estimate from the arrays' sizes, not a measurement.
     */
    static long bytesPerRow(int columns) {
        return 40L * (columns + 1) + 256;
    }

    static RowBudget of(int series, int horizon, int columns, ComputeLimits limits) {
        long memoryRows = limits.memoryBytes() / bytesPerRow(columns);
        int learners = (int) Math.max(1, Math.min(series, memoryRows / ((long) horizon * MIN_LATEST)));
        int stride = (series + learners - 1) / learners;
        long perStep = (long) ((series + stride - 1) / stride) * horizon;
        // MAX_ROWS trims long histories; the memory budget is the one bound that is never passed
        long latest = Math.max(Math.min(MIN_LATEST, memoryRows / perStep), Math.min(MAX_ROWS, memoryRows) / perStep);
        int maxRows = (int) Math.min(Integer.MAX_VALUE, memoryRows);
        return new RowBudget(maxRows, (int) Math.clamp(latest, 1, Integer.MAX_VALUE), stride);
    }

    /** The series whose history the model learns from: every one, or every {@code stride}-th past the budget. */
    List<DemandSeries> learners(List<DemandSeries> group) {
        if (stride == 1) {
            return group;
        }
        List<DemandSeries> sample = new ArrayList<>();
        for (int i = 0; i < group.size(); i += stride) {
            sample.add(group.get(i));
        }
        return sample;
    }

    /** Held-out targets per series and step: within {@link #MAX_HELD_OUT} and half the memory budget, at least 1. */
    int heldOutTargets(int learning, int horizon) {
        int wanted = Math.max(3, MAX_HELD_OUT / (learning * horizon));
        return Math.max(1, Math.min(wanted, maxRows / 2 / (learning * horizon)));
    }
}
