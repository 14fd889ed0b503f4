package org.grenier.core.forecast;

/**
 * A forecast of one series: the expected value of each future period with its 80 % and 95 % prediction intervals,
 * the model that made it and why that model was chosen.
 */
public record SeriesForecast(String series, String model, double[] mean, double[] lo80, double[] hi80,
        double[] lo95, double[] hi95, String reason) {

    public SeriesForecast {
        int horizon = mean.length;
        if (lo80.length != horizon || hi80.length != horizon || lo95.length != horizon || hi95.length != horizon) {
            throw new IllegalArgumentException("the forecast and its intervals must cover the same horizon");
        }
        mean = mean.clone();
        lo80 = lo80.clone();
        hi80 = hi80.clone();
        lo95 = lo95.clone();
        hi95 = hi95.clone();
    }

    public int horizon() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lo80() {
        return lo80.clone();
    }

    @Override
    public double[] hi80() {
        return hi80.clone();
    }

    @Override
    public double[] lo95() {
        return lo95.clone();
    }

    @Override
    public double[] hi95() {
        return hi95.clone();
    }
}
