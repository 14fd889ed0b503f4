package org.grenier.forecast.internal.ets;

import org.grenier.forecast.internal.ets.EtsSpec.Season;

/**
 * Runs an exponential smoothing model through a series. The state updates are written with the absolute error
 * {@code y - forecast}, in which form they are the same for additive and multiplicative errors; only the
 * likelihood differs (Hyndman et al. 2008, ch. 2).
 */
final class EtsFilter {

    /** Returned as the likelihood of parameters whose one-step forecasts leave the model's domain. */
    static final double INFEASIBLE = 1e300;

    private final EtsSpec spec;
    private final double alpha, beta, gamma, phi;

    EtsFilter(EtsSpec spec, double alpha, double beta, double gamma, double phi) {
        this.spec = spec;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = spec.damped() ? phi : 1;
    }

    /**
     * Minus twice the log-likelihood up to a constant, concentrated over the error variance:
     * {@code n log(sum e^2)}, plus {@code 2 sum log|forecast|} for multiplicative errors. Leaves the state after the
     * last observation in {@code state}; writes the one-step errors (relative ones for multiplicative errors) to
     * {@code errors} when it is not null.
     */
    double likelihood(double[] y, EtsState state, double[] errors) {
        double sumSquares = 0;
        double sumLogForecast = 0;
        for (int t = 0; t < y.length; t++) {
            double forecast = oneStep(state);
            if (spec.multiplicativeError() && !(forecast > 1e-10)) {
                return INFEASIBLE;
            }
            double error = y[t] - forecast;
            double scaled = spec.multiplicativeError() ? error / forecast : error;
            sumSquares += scaled * scaled;
            if (spec.multiplicativeError()) {
                sumLogForecast += Math.log(forecast);
            }
            if (errors != null) {
                errors[t] = scaled;
            }
            if (!update(state, error)) {
                return INFEASIBLE;
            }
        }
        if (!(sumSquares > 0) || Double.isInfinite(sumSquares)) {
            return sumSquares == 0 ? -INFEASIBLE : INFEASIBLE;
        }
        return y.length * Math.log(sumSquares) + 2 * sumLogForecast;
    }

    /** The forecast of the next period from the state. */
    double oneStep(EtsState state) {
        double base = state.level + (spec.hasTrend() ? phi * state.slope : 0);
        double index = state.season.length > 0 ? state.season[state.slot] : 0;
        return switch (spec.season()) {
            case NONE -> base;
            case ADDITIVE -> base + index;
            case MULTIPLICATIVE -> base * index;
        };
    }

    /** Moves the state one period on given the absolute error of its forecast; false when it left the domain. */
    boolean update(EtsState state, double error) {
        double base = state.level + (spec.hasTrend() ? phi * state.slope : 0);
        Season season = spec.season();
        double index = season == Season.NONE ? 0 : state.season[state.slot];
        double toLevel = season == Season.MULTIPLICATIVE ? error / index : error;
        state.level = base + alpha * toLevel;
        if (spec.hasTrend()) {
            state.slope = phi * state.slope + beta * toLevel;
        }
        if (season != Season.NONE) {
            double toSeason = season == Season.MULTIPLICATIVE ? error / base : error;
            state.season[state.slot] = index + gamma * toSeason;
            if (season == Season.MULTIPLICATIVE && !(state.season[state.slot] > 0)) {
                return false;
            }
            state.slot = (state.slot + 1) % state.season.length;
        }
        if (season == Season.MULTIPLICATIVE || spec.multiplicativeError()) {
            return state.level > 0 && !Double.isNaN(state.level);
        }
        return Double.isFinite(state.level);
    }

    /** alpha, beta and gamma as the model uses them (zero where the model has no such component). */
    double[] smoothing() {
        return new double[] { alpha, beta, gamma };
    }

    double phi() {
        return phi;
    }
}
