package org.grenier.forecast.internal.model;

/** The few summaries of a series that several models start from: its mean and its least-squares line. */
public final class SeriesStatistics {

    private SeriesStatistics() {
    }

    public static double mean(double[] y) {
        return mean(y, y.length);
    }

    /** The mean of the first {@code count} values. */
    public static double mean(double[] y, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += y[i];
        }
        return count == 0 ? 0 : sum / count;
    }

    /**
     * Intercept and slope of the least-squares line through the first {@code count} values, time counted from 1 for
     * the first value, so the intercept is the line's value one period before it.
     */
    public static double[] straightLine(double[] y, int count) {
        double meanT = (count + 1) / 2.0;
        double meanY = mean(y, count);
        double covariance = 0, variance = 0;
        for (int i = 0; i < count; i++) {
            double t = i + 1;
            covariance += (t - meanT) * (y[i] - meanY);
            variance += (t - meanT) * (t - meanT);
        }
        double slope = variance > 0 ? covariance / variance : 0;
        return new double[] { meanY - slope * meanT, slope };
    }
}
