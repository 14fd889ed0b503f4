package org.grenier.core.forecast;

/** Expected demand for the next periods with a prediction interval around it. */
public record Forecast(String method, double[] mean, double[] lower, double[] upper, double coverage) {

    public Forecast {
        if (mean.length != lower.length || mean.length != upper.length) {
            throw new IllegalArgumentException("mean, lower and upper must cover the same horizon");
        }
        if (coverage <= 0 || coverage >= 1) {
            throw new IllegalArgumentException("interval coverage must be between 0 and 1, was " + coverage);
        }
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    public int horizon() {
        return mean.length;
    }
}
