package org.grenier.core.planning;

import java.util.Arrays;

import org.grenier.core.forecast.SeriesForecast;

/**
 * Expected daily demand of one product over the planning horizon with its standard deviation, day by day: what the
 * policies and the simulation sample from.
 */
public record DemandOutlook(String sku, double[] mean, double[] sd) {

    /** The 95 % interval of a normal variable is ± 1.96 standard deviations. */
    private static final double Z95 = 1.959963984540054;

    public DemandOutlook {
        if (mean.length != sd.length || mean.length == 0) {
            throw new IllegalArgumentException("the demand outlook of " + sku + " needs a mean and spread per day");
        }
        for (int day = 0; day < mean.length; day++) {
            if (!(mean[day] >= 0) || !(sd[day] >= 0) || Double.isInfinite(mean[day] + sd[day])) {
                throw new IllegalArgumentException("day " + (day + 1) + " of the demand outlook of " + sku
                        + " has mean " + mean[day] + " and spread " + sd[day]);
            }
        }
        mean = mean.clone();
        sd = sd.clone();
    }

    /** The same demand every day: a planner's first guess, and what the textbook formulas assume. */
    public static DemandOutlook steady(String sku, double meanDaily, double sdDaily, int days) {
        double[] mean = new double[days];
        double[] sd = new double[days];
        Arrays.fill(mean, meanDaily);
        Arrays.fill(sd, sdDaily);
        return new DemandOutlook(sku, mean, sd);
    }

    /**
     * A daily forecast read as a normal distribution per day: its mean, and the spread its 95 % interval implies
     * (the intervals were calibrated on backtests, so they carry the forecast error the safety stock must cover).
     * Negative forecasts count as no demand.
     */
    public static DemandOutlook fromForecast(String sku, SeriesForecast forecast) {
        double[] mean = forecast.mean();
        double[] lo = forecast.lo95();
        double[] hi = forecast.hi95();
        double[] sd = new double[mean.length];
        for (int day = 0; day < mean.length; day++) {
            mean[day] = Math.max(0, mean[day]);
            sd[day] = Math.max(0, (hi[day] - lo[day]) / (2 * Z95));
        }
        return new DemandOutlook(sku, mean, sd);
    }

    public int days() {
        return mean.length;
    }

    public double meanDaily() {
        return Arrays.stream(mean).average().orElse(0);
    }

    /** The typical daily spread: the root of the mean daily variance. */
    public double sdDaily() {
        return Math.sqrt(Arrays.stream(sd).map(s -> s * s).average().orElse(0));
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }
}
