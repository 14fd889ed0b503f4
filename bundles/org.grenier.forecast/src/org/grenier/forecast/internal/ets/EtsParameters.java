package org.grenier.forecast.internal.ets;

import java.util.Arrays;

import org.grenier.forecast.internal.ets.EtsSpec.Season;

/**
 * The vector the likelihood search moves: smoothing parameters, then initial states. The slope and seasonal
 * smoothing are searched as fractions of what the usual admissible region leaves them (beta below alpha, gamma below
 * 1 - alpha, as Hyndman et al. bound them), so that plain box bounds keep every point admissible. States are scaled
 * by the series' size so that every coordinate is of order one.
 */
final class EtsParameters {

    static final double SMALL = 1e-4;
    static final double LARGE = 0.9999;
    static final double PHI_LOW = 0.8;
    static final double PHI_HIGH = 0.98;

    private final EtsSpec spec;
    private final double scale;
    /** Seasonal indices held at their start instead of searched, or null when they are searched. */
    private final double[] fixedSeason;

    EtsParameters(EtsSpec spec, double scale, double[] fixedSeason) {
        this.spec = spec;
        this.scale = scale;
        this.fixedSeason = fixedSeason;
    }

    int size() {
        return spec.parameterCount() - 1 - (fixedSeason != null && spec.seasonal() ? spec.period() - 1 : 0);
    }

    double[] start(EtsState state) {
        double[] x = new double[size()];
        int i = 0;
        x[i++] = spec.seasonal() ? Math.max(SMALL, 0.2 / spec.period()) : 0.2;
        if (spec.hasTrend()) {
            x[i++] = 0.1;
        }
        if (spec.seasonal()) {
            x[i++] = 0.05;
        }
        if (spec.damped()) {
            x[i++] = PHI_HIGH - 0.005;
        }
        x[i++] = state.level / scale;
        if (spec.hasTrend()) {
            x[i++] = state.slope / scale;
        }
        for (int j = 0; j < seasonStates(); j++) {
            x[i++] = multiplicativeSeason() ? state.season[j] : state.season[j] / scale;
        }
        return x;
    }

    double[] lower() {
        double[] bound = new double[size()];
        Arrays.fill(bound, -1e6);
        Arrays.fill(bound, 0, smoothingCount(), SMALL);
        if (spec.damped()) {
            bound[smoothingCount() - 1] = PHI_LOW;
        }
        if (multiplicativeSeason()) {
            Arrays.fill(bound, size() - seasonStates(), size(), 1e-3);
        }
        return bound;
    }

    double[] upper() {
        double[] bound = new double[size()];
        Arrays.fill(bound, 1e6);
        Arrays.fill(bound, 0, smoothingCount(), LARGE);
        if (spec.damped()) {
            bound[smoothingCount() - 1] = PHI_HIGH;
        }
        return bound;
    }

    EtsFilter filter(double[] x) {
        double alpha = x[0];
        int i = 1;
        double beta = spec.hasTrend() ? alpha * x[i++] : 0;
        double gamma = spec.seasonal() ? (1 - alpha) * x[i++] : 0;
        double phi = spec.damped() ? x[i] : 1;
        return new EtsFilter(spec, alpha, beta, gamma, phi);
    }

    /** The initial state in x; the last seasonal index is implied by the indices summing to 0 (or averaging 1). */
    EtsState state(double[] x) {
        int i = smoothingCount();
        double level = x[i++] * scale;
        double slope = spec.hasTrend() ? x[i++] * scale : 0;
        if (fixedSeason != null && spec.seasonal()) {
            return new EtsState(level, slope, fixedSeason);
        }
        double[] season = new double[spec.seasonal() ? spec.period() : 0];
        double sum = 0;
        for (int j = 0; j < seasonStates(); j++) {
            season[j] = multiplicativeSeason() ? x[i++] : x[i++] * scale;
            sum += season[j];
        }
        if (spec.seasonal()) {
            season[season.length - 1] = multiplicativeSeason() ? season.length - sum : -sum;
        }
        return new EtsState(level, slope, season);
    }

    private int smoothingCount() {
        return 1 + (spec.hasTrend() ? 1 : 0) + (spec.seasonal() ? 1 : 0) + (spec.damped() ? 1 : 0);
    }

    private int seasonStates() {
        return spec.seasonal() && fixedSeason == null ? spec.period() - 1 : 0;
    }

    private boolean multiplicativeSeason() {
        return spec.season() == Season.MULTIPLICATIVE;
    }
}
