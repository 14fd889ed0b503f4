package org.grenier.forecast.internal.ets;

import org.grenier.forecast.internal.ets.EtsSpec.Season;
import org.grenier.forecast.internal.model.Decomposition;
import org.grenier.forecast.internal.model.SeriesStatistics;

/**
 * Starting states for the likelihood search, as Hyndman et al. (2002) propose: seasonal indices from a classical
 * decomposition of the first cycles, then level and slope from a straight line through the first seasonally
 * adjusted values. The search then refines them with the smoothing parameters.
 */
final class EtsStart {

    private EtsStart() {
    }

    static EtsState of(EtsSpec spec, double[] y) {
        int m = spec.period();
        double[] season = new double[spec.seasonal() ? m : 0];
        double[] adjusted = y.clone();
        if (spec.seasonal()) {
            boolean multiplicative = spec.season() == Season.MULTIPLICATIVE;
            int cycles = Math.min(y.length / m, 4);
            double[] first = java.util.Arrays.copyOf(y, cycles * m);
            season = Decomposition.seasonalIndices(first, m, multiplicative);
            for (int t = 0; t < y.length; t++) {
                adjusted[t] = multiplicative ? y[t] / season[t % m] : y[t] - season[t % m];
            }
        }
        int count = Math.min(Math.max(10, 2 * m), y.length);
        double[] line = SeriesStatistics.straightLine(adjusted, count);
        double level = spec.hasTrend() ? line[0] : SeriesStatistics.mean(adjusted, count);
        double slope = spec.hasTrend() ? line[1] : 0;
        if (spec.multiplicativeError() && level <= 0) {
            level = Math.max(SeriesStatistics.mean(adjusted, count), 1e-3);
        }
        return new EtsState(level, slope, season);
    }
}
