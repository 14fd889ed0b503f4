package org.grenier.forecast.internal.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.grenier.core.Result;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.patterns.PatternLevel;
import org.grenier.core.patterns.SeasonalPattern;

import com.github.servicenow.ds.stats.stl.SeasonalTrendLoess;

/**
 * A seasonal pattern from STL (Cleveland et al. 1990, "STL: a seasonal-trend decomposition procedure based on
 * loess"), through the stl-decomp-4j port of the original Fortran. The season is periodic (one shape for every year)
 * and the fit robust, so that a promotion or a stock-out bends neither the season nor the trend. Strengths follow
 * Wang, Smith and Hyndman (2006): 1 - Var(remainder) / Var(season + remainder), and likewise for the trend.
 */
final class StlPattern {

    /** Peaks are the positions at least half-way from an average period to the best one, three at most. */
    private static final double PEAK_SHARE_OF_BEST = 0.5;
    /**
     * A season whose best period sells less than this above an average one has no peak: on two or three years of
     * sales the strength alone cannot tell (noise fills about half of what a season could explain), the lift can.
     */
    private static final double MIN_PEAK_LIFT = 0.1;
    private static final int MAX_PEAKS = 3;

    private StlPattern() {
    }

    /**
     * The pattern of {@code values}, the sales of consecutive periods of which the first is {@code firstPeriod} of
     * {@code grid}; an error when the sales are too short or too thin to show a season.
     */
    static Result<SeasonalPattern> of(PatternLevel level, String group, double[] values, PeriodGrid grid,
            int firstPeriod) {
        Frequency frequency = grid.frequency();
        int period = frequency.seasonPeriod();
        if (values.length < 2 * period) {
            return Result.error(level.label() + " " + group + ": " + values.length + " " + frequency.label()
                    + " periods of sales, a season needs two full cycles (" + 2 * period + ")");
        }
        double level0 = mean(values);
        if (level0 <= 0) {
            return Result.error(level.label() + " " + group + ": no sales to find a season in");
        }
        SeasonalTrendLoess.Decomposition parts = new SeasonalTrendLoess.Builder().setPeriodLength(period)
                .setPeriodic().setRobust().buildSmoother(values).decompose();
        double[] indices = indices(parts.getSeasonal(), grid, firstPeriod, level0);
        List<String> positions = SeasonPositions.names(frequency);
        return Result.ok(new SeasonalPattern(level, group, frequency, values.length, level0, positions, indices,
                strength(parts.getSeasonal(), parts.getResidual()), strength(parts.getTrend(), parts.getResidual()),
                peaks(positions, indices)));
    }

    /** The mean season at each calendar position relative to the average period, centred on 1. */
    private static double[] indices(double[] season, PeriodGrid grid, int firstPeriod, double level) {
        int positions = grid.frequency().seasonPeriod();
        double[] sum = new double[positions];
        int[] count = new int[positions];
        for (int i = 0; i < season.length; i++) {
            int position = SeasonPositions.of(grid.frequency(), grid.start(firstPeriod + i));
            sum[position] += season[i];
            count[position]++;
        }
        double[] indices = new double[positions];
        for (int p = 0; p < positions; p++) {
            indices[p] = count[p] == 0 ? 1 : 1 + sum[p] / count[p] / level;
        }
        double shift = mean(indices) - 1;
        for (int p = 0; p < positions; p++) {
            indices[p] -= shift;
        }
        return indices;
    }

    static double strength(double[] component, double[] remainder) {
        double[] both = new double[component.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = component[i] + remainder[i];
        }
        double whole = variance(both);
        return whole <= 0 ? 0 : Math.max(0, 1 - variance(remainder) / whole);
    }

    private static List<String> peaks(List<String> positions, double[] indices) {
        double best = IntStream.range(0, indices.length).mapToDouble(i -> indices[i]).max().orElse(1);
        if (best < 1 + MIN_PEAK_LIFT) {
            return List.of();
        }
        double bar = 1 + PEAK_SHARE_OF_BEST * (best - 1);
        List<Integer> order = new ArrayList<>(IntStream.range(0, indices.length).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> indices[i]).reversed());
        return order.stream().filter(i -> indices[i] >= bar).limit(MAX_PEAKS).map(positions::get).toList();
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / values.length;
    }
}
