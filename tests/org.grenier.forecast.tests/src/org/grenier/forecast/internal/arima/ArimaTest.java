package org.grenier.forecast.internal.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.grenier.forecast.internal.ClassicSeries;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.Prediction;
import org.junit.jupiter.api.Test;

class ArimaTest {

    @Test
    void theAirlineModelMatchesBoxAndJenkins() {
        double[] logs = ClassicSeries.airline();
        for (int t = 0; t < logs.length; t++) {
            logs[t] = Math.log(logs[t]);
        }
        ArimaModel model = new ArimaFit(new ArimaOrder(0, 1, 1, 0, 1, 1, 12, false), logs).fit();
        // Box & Jenkins, Time Series Analysis, the "airline model" of series G (logs): theta = -0.40, Theta = -0.61
        // by least squares (R's arima, exact likelihood: -0.4018 and -0.5569)
        double[] ma = model.maPolynomial();
        assertEquals(-0.40, ma[1], 0.05);
        assertEquals(-0.58, ma[12], 0.06);
        Prediction p = model.forecast(12);
        assertEquals(Math.log(450), p.mean()[0], 0.05, "January 1961 near 450 thousand passengers");
    }

    @Test
    void anAutoregressionIsFoundAndItsCoefficientRecovered() {
        Random random = new Random(11);
        double[] y = new double[400];
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.7 * y[t - 1] + random.nextGaussian();
        }
        ArimaModel model = new ArimaFit(new ArimaOrder(1, 0, 0, 0, 0, 0, 1, true), y).fit();
        Prediction p = model.forecast(30);
        // the forecast decays towards the mean by the AR coefficient each step
        double ratio = (p.mean()[1] - p.mean()[29]) / (p.mean()[0] - p.mean()[29]);
        assertEquals(0.7, ratio, 0.08);
        // the stepwise search keeps no differencing and ends no worse than the true model's order
        FittedModel chosen = new AutoArima().fit(y, 1);
        assertTrue(chosen.name().matches("ARIMA\\(\\d,0,\\d\\)( with mean)?"), chosen.name());
        assertTrue(chosen.aicc() <= model.aicc() + 1e-9, chosen.name() + " " + chosen.aicc() + " > " + model.aicc());
    }

    @Test
    void differencingFollowsTheTests() {
        Random random = new Random(2);
        double[] walk = new double[200];
        double[] noise = new double[200];
        for (int t = 1; t < 200; t++) {
            walk[t] = walk[t - 1] + random.nextGaussian();
            noise[t] = random.nextGaussian();
        }
        assertEquals(1, Differencing.regular(walk));
        assertEquals(0, Differencing.regular(noise));
        assertEquals(1, Differencing.seasonal(ClassicSeries.airline(), 12));
        assertEquals(0, Differencing.seasonal(noise, 12));
    }

    @Test
    void explosiveAndNonInvertibleCoefficientsAreRefused() {
        assertTrue(Stationarity.holds(new double[] { 1.5, -0.7 }));
        assertFalse(Stationarity.holds(new double[] { 1.2 }));
        assertFalse(Stationarity.holds(new double[] { 0.5, 0.6 }));
    }
}
