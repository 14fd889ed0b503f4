package org.grenier.forecast.internal.ets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.Prediction;

/**
 * A fitted exponential smoothing model. Point forecasts follow the state equations with no error. Intervals are
 * analytic for the linear models (Hyndman et al. 2008, table 6.1, class 1) and otherwise read from simulated
 * future paths, as the multiplicative models have no closed-form distribution.
 */
final class EtsModel implements FittedModel {

    private static final int PATHS = 2000;

    private final EtsSpec spec;
    private final EtsFilter filter;
    private final double alpha, beta, gamma;
    private final EtsState last;
    private final double sigma2;
    private final double aicc;

    private EtsModel(EtsSpec spec, EtsFilter filter, double[] smoothing, EtsState last, double sigma2, double aicc) {
        this.spec = spec;
        this.filter = filter;
        this.alpha = smoothing[0];
        this.beta = smoothing[1];
        this.gamma = smoothing[2];
        this.last = last;
        this.sigma2 = sigma2;
        this.aicc = aicc;
    }

    static EtsModel of(EtsSpec spec, EtsFilter filter, EtsState start, double[] y, int parameterCount) {
        EtsState state = start.copy();
        double[] errors = new double[y.length];
        double likelihood = filter.likelihood(y, state, errors);
        if (likelihood >= EtsFilter.INFEASIBLE) {
            return null;
        }
        double sumSquares = 0;
        for (double error : errors) {
            sumSquares += error * error;
        }
        int n = y.length;
        // the variance estimate divides by n minus the estimated coefficients (not counting itself), as R's ets() does
        double sigma2 = sumSquares / Math.max(1, n - parameterCount + 1);
        double aic = likelihood + 2 * parameterCount;
        double aicc = n - parameterCount - 1 > 0
                ? aic + 2.0 * parameterCount * (parameterCount + 1) / (n - parameterCount - 1)
                : Double.POSITIVE_INFINITY;
        return new EtsModel(spec, filter, filter.smoothing(), state, sigma2, aicc);
    }

    @Override
    public String name() {
        return spec.label();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("alpha", alpha);
        if (spec.trend() != EtsSpec.Trend.NONE) {
            values.put("beta", beta);
        }
        if (spec.season() != EtsSpec.Season.NONE) {
            values.put("gamma", gamma);
        }
        values.put("sigma2", sigma2);
        values.put("aicc", aicc);
        return values;
    }

    double alpha() {
        return alpha;
    }

    double beta() {
        return beta;
    }

    double gamma() {
        return gamma;
    }

    double phi() {
        return filter.phi();
    }

    double sigma2() {
        return sigma2;
    }

    @Override
    public double aicc() {
        return aicc;
    }

    @Override
    public Prediction forecast(int horizon) {
        double[] mean = pointForecast(horizon);
        return spec.linear() ? Prediction.gaussian(mean, analyticSd(horizon)) : Prediction.fromPaths(mean, paths(horizon));
    }

    double[] pointForecast(int horizon) {
        EtsState state = last.copy();
        double[] mean = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            mean[i] = filter.oneStep(state);
            filter.update(state, 0);
        }
        return mean;
    }

    /** sigma * sqrt(1 + sum of c_j^2), c_j = alpha + beta * (phi + ... + phi^j) + gamma at whole cycles. */
    private double[] analyticSd(int horizon) {
        double[] sd = new double[horizon];
        double sum = 0;
        double dampedSum = 0;
        for (int h = 1; h <= horizon; h++) {
            sd[h - 1] = Math.sqrt(sigma2 * (1 + sum));
            dampedSum += Math.pow(filter.phi(), h);
            double c = alpha + beta * dampedSum + (spec.seasonal() && h % spec.period() == 0 ? gamma : 0);
            sum += c * c;
        }
        return sd;
    }

    private double[][] paths(int horizon) {
        SplittableRandom random = new SplittableRandom(20_26_11_21L);
        double sigma = Math.sqrt(sigma2);
        double[][] paths = new double[PATHS][horizon];
        for (double[] path : paths) {
            EtsState state = last.copy();
            for (int i = 0; i < horizon; i++) {
                double forecast = filter.oneStep(state);
                double shock = sigma * random.nextGaussian();
                double error = spec.multiplicativeError() ? forecast * shock : shock;
                path[i] = forecast + error;
                if (!filter.update(state, error)) {
                    state.level = Math.max(state.level, 1e-8);
                }
            }
        }
        return paths;
    }
}
