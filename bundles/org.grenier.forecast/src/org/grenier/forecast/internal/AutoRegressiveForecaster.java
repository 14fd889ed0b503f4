package org.grenier.forecast.internal;

import org.grenier.core.Result;
import org.grenier.core.forecast.DemandForecaster;
import org.grenier.core.forecast.Forecast;
import org.osgi.service.component.annotations.Component;

import smile.stat.distribution.GaussianDistribution;
import smile.timeseries.AR;

/**
 * An autoregressive model fitted by least squares (Smile, through LAPACK), its order chosen by BIC (which, unlike AIC, does not drift to
 * longer models as history grows). The interval
 * widens with the horizon as the model's psi-weights accumulate the one-step error.
 */
@Component(service = DemandForecaster.class)
public class AutoRegressiveForecaster implements DemandForecaster {

    static final int MAX_ORDER = 6;
    static final int MIN_POINTS_PER_COEFFICIENT = 5;

    @Override
    public String method() {
        return "AR";
    }

    @Override
    public Result<Forecast> forecast(double[] history, int horizon, double coverage) {
        if (horizon < 1) {
            return Result.error("The forecast horizon must be at least one period, was " + horizon);
        }
        if (history.length < 2 * MIN_POINTS_PER_COEFFICIENT) {
            return Result.error("An AR forecast needs at least " + 2 * MIN_POINTS_PER_COEFFICIENT
                    + " past periods; this series has " + history.length);
        }
        AR model = bestByBic(history);
        double[] mean = model.forecast(horizon);
        double[] halfWidth = halfWidths(model, horizon, coverage);
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            lower[h] = mean[h] - halfWidth[h];
            upper[h] = mean[h] + halfWidth[h];
        }
        return Result.ok(new Forecast("AR(" + model.p() + ")", mean, lower, upper, coverage));
    }

    static AR bestByBic(double[] history) {
        int maxOrder = Math.min(MAX_ORDER, history.length / MIN_POINTS_PER_COEFFICIENT - 1);
        AR best = null;
        double bestBic = Double.POSITIVE_INFINITY;
        for (int p = 1; p <= maxOrder; p++) {
            AR candidate = AR.ols(history, p);
            int n = history.length - p;
            double bic = n * Math.log(candidate.RSS() / n) + (p + 1) * Math.log(n);
            if (bic < bestBic) {
                best = candidate;
                bestBic = bic;
            }
        }
        return best;
    }

    private static double[] halfWidths(AR model, int horizon, double coverage) {
        double z = GaussianDistribution.getInstance().quantile(0.5 + coverage / 2);
        double sigma = Math.sqrt(model.variance());
        double[] phi = model.ar();
        double[] psi = new double[horizon];
        double[] width = new double[horizon];
        double sumSquares = 0;
        for (int j = 0; j < horizon; j++) {
            psi[j] = j == 0 ? 1 : 0;
            for (int i = 1; i <= Math.min(j, phi.length); i++) {
                psi[j] += phi[i - 1] * psi[j - i];
            }
            sumSquares += psi[j] * psi[j];
            width[j] = z * sigma * Math.sqrt(sumSquares);
        }
        return width;
    }
}
