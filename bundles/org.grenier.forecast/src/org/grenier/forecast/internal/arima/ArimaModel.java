package org.grenier.forecast.internal.arima;

import java.util.LinkedHashMap;
import java.util.Map;

import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.Prediction;

/**
 * A fitted seasonal ARIMA model. Forecasts the differenced series by its ARMA recursion (future shocks zero), then
 * integrates back; intervals from the psi-weights of the whole model, {@code sigma^2 * sum psi_j^2}.
 */
final class ArimaModel implements FittedModel {

    private final ArimaOrder order;
    private final double[] y;
    private final double[] differencing;
    private final double[] ar;
    private final double[] ma;
    private final double mean;
    private final double[] w;
    private final double[] residuals;
    private final double sigma2;
    private final double aicc;

    ArimaModel(ArimaOrder order, double[] y, ArimaFit.Polynomial fitted, double[] w, double[] residuals,
            double sigma2, double aicc) {
        this.order = order;
        this.y = y;
        this.differencing = Polynomials.multiply(Polynomials.difference(1, order.d()),
                Polynomials.difference(order.period(), order.seasonalD()));
        this.ar = fitted.ar();
        this.ma = fitted.ma();
        this.mean = fitted.mean();
        this.w = w;
        this.residuals = residuals;
        this.sigma2 = sigma2;
        this.aicc = aicc;
    }

    /** The MA polynomial theta(B) Theta(B^m), leading 1 included. */
    double[] maPolynomial() {
        return ma.clone();
    }

    ArimaOrder order() {
        return order;
    }

    @Override
    public String name() {
        return order.label();
    }

    /** Coefficients of the AR and MA polynomials with their seasonal factors multiplied in, by lag. */
    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> values = new LinkedHashMap<>();
        lags("ar", ar, values);
        lags("ma", ma, values);
        if (order.constant()) {
            values.put("constant", mean);
        }
        values.put("sigma2", sigma2);
        values.put("aicc", aicc);
        return values;
    }

    private static void lags(String prefix, double[] polynomial, Map<String, Double> values) {
        for (int lag = 1; lag < polynomial.length; lag++) {
            if (polynomial[lag] != 0) {
                values.put(prefix + lag, polynomial[lag]);
            }
        }
    }

    @Override
    public double aicc() {
        return aicc;
    }

    @Override
    public Prediction forecast(int horizon) {
        double[] futureW = differencedForecast(horizon);
        double[] history = new double[y.length + horizon];
        System.arraycopy(y, 0, history, 0, y.length);
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int t = y.length + h;
            double value = futureW[h];
            for (int k = 1; k < differencing.length; k++) {
                value -= differencing[k] * history[t - k];
            }
            history[t] = value;
            mean[h] = value;
        }
        return Prediction.gaussian(mean, standardDeviations(horizon));
    }

    private double[] differencedForecast(int horizon) {
        int n = w.length;
        double[] centred = new double[n + horizon];
        double[] shocks = new double[n + horizon];
        for (int t = 0; t < n; t++) {
            centred[t] = w[t] - mean;
            shocks[t] = residuals[t];
        }
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int t = n + h;
            double value = 0;
            for (int k = 1; k < ar.length; k++) {
                value -= ar[k] * (t - k >= 0 ? centred[t - k] : 0);
            }
            for (int j = 1; j < ma.length; j++) {
                value += ma[j] * (t - j >= 0 ? shocks[t - j] : 0);
            }
            centred[t] = value;
            out[h] = value + mean;
        }
        return out;
    }

    private double[] standardDeviations(int horizon) {
        double[] whole = Polynomials.multiply(ar, differencing);
        double[] psi = new double[horizon];
        double[] sd = new double[horizon];
        double sum = 0;
        for (int j = 0; j < horizon; j++) {
            double value = j == 0 ? 1 : (j < ma.length ? ma[j] : 0);
            for (int k = 1; k <= j && k < whole.length; k++) {
                value -= whole[k] * psi[j - k];
            }
            psi[j] = value;
            sum += value * value;
            sd[j] = Math.sqrt(sigma2 * sum);
        }
        return sd;
    }
}
