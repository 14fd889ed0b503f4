package org.grenier.forecast.internal.intermittent;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * Methods for slow movers, whose sales are mostly zeros with an occasional order: they forecast the demand rate as
 * the size of an order times how often orders come, each smoothed on its own.
 * <ul>
 * <li>{@code croston}: Croston (1972), sizes and intervals between orders smoothed when an order comes;</li>
 * <li>{@code sba}: Syntetos and Boylan's approximation (2005), Croston's rate times (1 - alpha/2), which removes
 * its known upward bias;</li>
 * <li>{@code tsb}: Teunter, Syntetos and Babai (2011), the chance of an order smoothed every period, so the forecast
 * decays when a product stops selling (Croston's stays put until the next order).</li>
 * </ul>
 * Smoothing weights are chosen from a grid by in-sample one-step squared error. Intervals are the quantiles of the
 * demand of one period: zero with the chance of no order, otherwise an order size drawn from those seen. A
 * period with returns (negative sales) counts as an order of negative size.
 */
public enum IntermittentDemand implements ForecastMethod {
    CROSTON("croston", "Croston"),
    SBA("sba", "SBA"),
    TSB("tsb", "TSB");

    private static final double[] WEIGHTS = {0.05, 0.1, 0.15, 0.2, 0.3};

    private final String methodName;
    private final String label;

    IntermittentDemand(String methodName, String label) {
        this.methodName = methodName;
        this.label = label;
    }

    @Override
    public String methodName() {
        return methodName;
    }

    @Override
    public FittedModel fit(double[] history, int seasonPeriod) {
        double[] sizes = Arrays.stream(history).filter(v -> v != 0).toArray();
        if (sizes.length < 2) {
            throw new UnfitSeries(label + " needs at least 2 periods with demand, has " + sizes.length);
        }
        Smoothing best = null;
        for (double alpha : WEIGHTS) {
            for (double beta : this == TSB ? WEIGHTS : new double[] {alpha}) {
                Smoothing run = Smoothing.run(this == TSB, history, alpha, beta);
                if (best == null || run.squaredError() < best.squaredError()) {
                    best = run;
                }
            }
        }
        Arrays.sort(sizes);
        double rate = this == SBA ? best.rate() * (1 - best.alpha() / 2) : best.rate();
        double chance = this == TSB ? best.chance() : Math.min(1, 1 / best.interval());
        return new Fit(label, rate, chance, sizes, best);
    }

    private record Fit(String label, double rate, double chance, double[] sortedSizes, Smoothing smoothing)
            implements FittedModel {

        @Override
        public String name() {
            return label;
        }

        @Override
        public double aicc() {
            return Double.NaN;
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("alpha", smoothing.alpha());
            values.put("beta", smoothing.beta());
            values.put("demand rate", rate);
            values.put("chance of an order", chance);
            return values;
        }

        @Override
        public Prediction forecast(int horizon) {
            double[] mean = new double[horizon];
            Arrays.fill(mean, rate);
            return new Prediction(mean, flat(horizon, 0.10), flat(horizon, 0.90), flat(horizon, 0.025),
                    flat(horizon, 0.975));
        }

        /** The p-quantile of one period's demand: 0 below the chance of no order, else an order size's quantile. */
        private double[] flat(int horizon, double p) {
            double none = 1 - chance;
            double value = p <= none ? 0 : sizeQuantile((p - none) / chance);
            double[] out = new double[horizon];
            Arrays.fill(out, value);
            return out;
        }

        private double sizeQuantile(double p) {
            double position = p * (sortedSizes.length - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(below + 1, sortedSizes.length - 1);
            return sortedSizes[below] + (position - below) * (sortedSizes[above] - sortedSizes[below]);
        }
    }
}
