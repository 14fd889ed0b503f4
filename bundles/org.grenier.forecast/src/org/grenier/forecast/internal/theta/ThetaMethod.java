package org.grenier.forecast.internal.theta;

import java.util.Map;

import org.grenier.forecast.internal.ets.AutoEts;
import org.grenier.forecast.internal.ets.EtsSpec;
import org.grenier.forecast.internal.model.Decomposition;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.SeriesStatistics;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * The classic Theta method (Assimakopoulos &amp; Nikolopoulos 2000), in the form Hyndman &amp; Billah (2003) showed
 * it to be: simple exponential smoothing with a drift of half the series' linear slope. A series that passes the
 * 90 % seasonality test is seasonally adjusted by a multiplicative classical decomposition first and its forecast
 * re-seasonalised.
 */
public final class ThetaMethod implements ForecastMethod {

    @Override
    public String methodName() {
        return "theta";
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        if (history.length < 4) {
            throw new UnfitSeries("Theta needs at least 4 past values; the series has " + history.length);
        }
        double[] index = SeasonalityTest.isSeasonal(history, seasonPeriod)
                ? Decomposition.seasonalIndices(history, seasonPeriod, true)
                : null;
        double[] adjusted = history.clone();
        if (index != null) {
            for (int t = 0; t < adjusted.length; t++) {
                adjusted[t] /= index[t % seasonPeriod];
            }
        }
        FittedModel ses = AutoEts.fitOne(new EtsSpec(false, EtsSpec.Trend.NONE, EtsSpec.Season.NONE, 1), adjusted);
        double halfSlope = SeriesStatistics.straightLine(adjusted, adjusted.length)[1] / 2;
        return new ThetaFit(ses, AutoEts.alphaOf(ses), halfSlope, adjusted.length, index);
    }

    /** SES forecast plus the drift term, re-seasonalised; intervals are those of SES around the new centre. */
    private record ThetaFit(FittedModel ses, double alpha, double halfSlope, int length, double[] index)
            implements FittedModel {

        @Override
        public String name() {
            return index == null ? "Theta" : "Theta (seasonally adjusted)";
        }

        @Override
        public Map<String, Double> parameters() {
            return Map.of("alpha", alpha, "drift", halfSlope);
        }

        @Override
        public double aicc() {
            return Double.NaN;
        }

        @Override
        public Prediction forecast(int horizon) {
            Prediction smooth = ses.forecast(horizon);
            double start = (1 - Math.pow(1 - alpha, length)) / alpha;
            double[] shift = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                shift[i] = halfSlope * (i + start);
            }
            Prediction drifted = new Prediction(add(smooth.mean(), shift), add(smooth.lo80(), shift),
                    add(smooth.hi80(), shift), add(smooth.lo95(), shift), add(smooth.hi95(), shift));
            return index == null ? drifted : drifted.times(Decomposition.ahead(index, length, horizon));
        }

        private static double[] add(double[] values, double[] shift) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i] + shift[i];
            }
            return out;
        }
    }
}
