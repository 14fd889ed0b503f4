package org.grenier.forecast.internal.theta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grenier.forecast.internal.ClassicSeries;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.Prediction;
import org.junit.jupiter.api.Test;

/** Theta against R's forecast package 8.20 ({@code thetaf()}), which reproduces the M3 entry. */
class ThetaMethodTest {

    @Test
    void seasonalAirlineForecastsMatchR() {
        FittedModel model = new ThetaMethod().fit(ClassicSeries.airline(), 12);
        // R: thetaf(AirPassengers, h = 12)$mean[1:3]
        double[] expected = { 440.0782, 428.3843, 489.7071 };
        Prediction p = model.forecast(12);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], p.mean()[i], 0.05);
        }
        assertTrue(model.name().contains("seasonally adjusted"));
    }

    @Test
    void nonSeasonalForecastsAndIntervalsMatchR() {
        Prediction p = new ThetaMethod().fit(ClassicSeries.trendWithWave(), 1).forecast(5);
        // R: thetaf(ts(100 + 2 * (1:30) + 10 * sin(1:30)), h = 5): mean and lower 80 %
        double[] mean = { 151.0654618, 152.0110208, 152.9565798, 153.9021387, 154.8476977 };
        double[] lower = { 142.1901461, 139.4600566, 137.5851071, 136.1528389, 135.0034764 };
        for (int i = 0; i < 5; i++) {
            assertEquals(mean[i], p.mean()[i], 0.01);
            assertEquals(lower[i], p.lo80()[i], 0.05);
        }
    }

    @Test
    void seasonalityTestSeparatesACycleFromNoise() {
        double[] wave = new double[60];
        double[] noise = new double[60];
        java.util.Random random = new java.util.Random(7);
        for (int t = 0; t < 60; t++) {
            wave[t] = 100 + 20 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian();
            noise[t] = 100 + random.nextGaussian();
        }
        assertTrue(SeasonalityTest.isSeasonal(wave, 12));
        assertFalse(SeasonalityTest.isSeasonal(noise, 12));
    }
}
