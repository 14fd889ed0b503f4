package org.grenier.forecast.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The equally weighted mean of several methods' forecasts and interval bounds. Combining exponential smoothing,
 * ARIMA and Theta has beaten each of them alone in the M3 and M4 competitions; a member that cannot fit the series
 * is left out and named in the model.
 */
public final class Combination implements ForecastMethod {

    private final String name;
    private final List<ForecastMethod> members;

    public Combination(String name, List<ForecastMethod> members) {
        this.name = name;
        this.members = List.copyOf(members);
    }

    @Override
    public String methodName() {
        return name;
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        List<FittedModel> fitted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ForecastMethod member : members) {
            try {
                fitted.add(member.fit(history, seasonPeriod));
            } catch (UnfitSeries unfit) {
                failures.add(unfit.getMessage());
            }
        }
        if (fitted.isEmpty()) {
            throw new UnfitSeries("No method of the combination fits: " + String.join("; ", failures));
        }
        return new CombinedFit(fitted);
    }

    private record CombinedFit(List<FittedModel> fitted) implements FittedModel {

        @Override
        public String name() {
            return "Mean of " + fitted.stream().map(FittedModel::name).collect(Collectors.joining(", "));
        }

        @Override
        public double aicc() {
            return Double.NaN;
        }

        @Override
        public Prediction forecast(int horizon) {
            double[] mean = new double[horizon], lo80 = new double[horizon], hi80 = new double[horizon];
            double[] lo95 = new double[horizon], hi95 = new double[horizon];
            double share = 1.0 / fitted.size();
            for (FittedModel model : fitted) {
                Prediction p = model.forecast(horizon);
                for (int i = 0; i < horizon; i++) {
                    mean[i] += share * p.mean()[i];
                    lo80[i] += share * p.lo80()[i];
                    hi80[i] += share * p.hi80()[i];
                    lo95[i] += share * p.lo95()[i];
                    hi95[i] += share * p.hi95()[i];
                }
            }
            return new Prediction(mean, lo80, hi80, lo95, hi95);
        }
    }
}
