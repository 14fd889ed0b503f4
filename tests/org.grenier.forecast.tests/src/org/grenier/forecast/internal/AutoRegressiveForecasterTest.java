package org.grenier.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.grenier.core.Result;
import org.grenier.core.forecast.DemandForecaster;
import org.grenier.core.forecast.Forecast;
import org.grenier.testsupport.OsgiServices;
import org.junit.jupiter.api.Test;

import smile.timeseries.AR;

/** Smile inside OSGi: least-squares AR fitting goes through LAPACK, so these tests fail if OpenBLAS is not loaded. */
class AutoRegressiveForecasterTest {

    /** y_t = 20 + 0.6 y_{t-1} - 0.3 y_{t-2} + e_t, e ~ N(0, 1); its mean is 20 / (1 - 0.6 + 0.3). */
    static double[] ar2(int length, long seed) {
        Random random = new Random(seed);
        double[] y = new double[length];
        y[0] = 28.6;
        y[1] = 28.6;
        for (int t = 2; t < length; t++) {
            y[t] = 20 + 0.6 * y[t - 1] - 0.3 * y[t - 2] + random.nextGaussian();
        }
        return y;
    }

    @Test
    void smileRecoversTheCoefficientsOfAKnownProcess() {
        AR model = AR.ols(ar2(5000, 7), 2);
        assertEquals(0.6, model.ar()[0], 0.05);
        assertEquals(-0.3, model.ar()[1], 0.05);
        assertEquals(1.0, model.variance(), 0.1);
    }

    @Test
    void theServiceChoosesTheRightOrderAndForecastsTowardsTheMean() {
        DemandForecaster forecaster = OsgiServices.get(DemandForecaster.class);
        Forecast forecast = forecaster.forecast(ar2(2000, 11), 24, 0.95).orElseThrow();
        assertEquals("AR(2)", forecast.method());
        assertEquals(24, forecast.horizon());
        assertEquals(20 / 0.7, forecast.mean()[23], 0.5, "far ahead the forecast settles on the process mean");
    }

    @Test
    void intervalsWidenWithTheHorizonAndCoverTheTruth() {
        double[] series = ar2(3000, 5);
        double[] history = java.util.Arrays.copyOf(series, 2000);
        Forecast forecast = new AutoRegressiveForecaster().forecast(history, 1, 0.95).orElseThrow();
        assertTrue(forecast.lower()[0] < forecast.mean()[0] && forecast.mean()[0] < forecast.upper()[0]);
        Forecast longer = new AutoRegressiveForecaster().forecast(history, 10, 0.95).orElseThrow();
        double firstWidth = longer.upper()[0] - longer.lower()[0];
        double lastWidth = longer.upper()[9] - longer.lower()[9];
        assertTrue(lastWidth > firstWidth, firstWidth + " then " + lastWidth);
        assertEquals(2 * 1.96, firstWidth, 0.3, "one step ahead the 95% interval is about ±1.96 sigma");
        int covered = 0;
        for (int start = 1000; start < 2999; start++) {
            double[] past = java.util.Arrays.copyOf(series, start);
            AR model = AR.ols(past, 2);
            double next = model.forecast();
            double half = 1.96 * Math.sqrt(model.variance());
            covered += Math.abs(series[start] - next) <= half ? 1 : 0;
        }
        assertEquals(0.95, covered / 1999.0, 0.02, "one-step intervals cover about 95% of what happened");
    }

    @Test
    void refusesASeriesTooShortToFit() {
        Result<Forecast> result = new AutoRegressiveForecaster().forecast(new double[] { 1, 2, 3 }, 4, 0.9);
        assertTrue(result.failed());
        assertEquals("An AR forecast needs at least 10 past periods; this series has 3", result.message());
    }
}
