package org.grenier.core.patterns;

import java.util.List;
import java.util.Objects;

import org.grenier.core.forecast.Frequency;

/**
 * The seasonal pattern of a product, category or sector, from a seasonal-trend decomposition of its sales per period.
 *
 * @param positions the season's positions as a planner names them (January..December, Monday..Sunday, W1..W52)
 * @param indices   sales at each position relative to an average one: 1.3 sells 30 % above the average period
 * @param seasonalStrength share of the non-trend variation that the season explains, 0 (none) to 1 (all of it)
 * @param trendStrength    likewise for the trend
 * @param peaks     the positions that stand out, strongest first
 */
public record SeasonalPattern(PatternLevel level, String group, Frequency frequency, int periods,
        double averagePerPeriod, List<String> positions, double[] indices, double seasonalStrength,
        double trendStrength, List<String> peaks) {

    public SeasonalPattern {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(group, "group");
        positions = List.copyOf(positions);
        indices = indices.clone();
        peaks = List.copyOf(peaks);
        if (positions.size() != indices.length) {
            throw new IllegalArgumentException(positions.size() + " positions for " + indices.length + " indices");
        }
    }

    @Override
    public double[] indices() {
        return indices.clone();
    }

    /** The index of a named position, such as {@code "July"}. */
    public double index(String position) {
        int at = positions.indexOf(position);
        if (at < 0) {
            throw new IllegalArgumentException(position + " is not a position of " + frequency.label() + " seasons");
        }
        return indices[at];
    }
}
