package org.grenier.forecast.internal.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final double[] QUARTERS = { 10, 20, 30, 40, 12, 22, 32, 42 };

    @Test
    void seasonalNaiveRepeatsTheLastCycleExactly() {
        Prediction p = Baselines.SEASONAL_NAIVE.fit(QUARTERS, 4).forecast(6);
        assertArrayEquals(new double[] { 12, 22, 32, 42, 12, 22 }, p.mean());
        // every one-step seasonal error is 2, so sigma is the sd of {2, 2, 2, 2} around zero mean: sqrt(16 / 3)
        double sigma = Math.sqrt(16.0 / 3);
        assertEquals(sigma * Prediction.Z80, p.hi80()[0] - p.mean()[0], 1e-9);
        assertEquals(sigma * Math.sqrt(2) * Prediction.Z80, p.hi80()[4] - p.mean()[4], 1e-9, "second cycle wider");
    }

    @Test
    void naiveWidensWithTheSquareRootOfTheHorizon() {
        Prediction p = Baselines.NAIVE.fit(new double[] { 5, 7, 6, 8, 7 }, 1).forecast(4);
        assertArrayEquals(new double[] { 7, 7, 7, 7 }, p.mean());
        assertEquals(2 * (p.hi95()[0] - 7), p.hi95()[3] - 7, 1e-9);
    }

    @Test
    void driftFollowsTheLineFromFirstToLast() {
        Prediction p = Baselines.DRIFT.fit(new double[] { 10, 13, 12, 19 }, 1).forecast(2);
        assertArrayEquals(new double[] { 22, 25 }, p.mean(), 1e-9);
    }

    @Test
    void meanForecastsTheAverage() {
        Prediction p = Baselines.MEAN.fit(new double[] { 1, 2, 3, 6 }, 1).forecast(2);
        assertArrayEquals(new double[] { 3, 3 }, p.mean(), 1e-9);
    }

    @Test
    void oneValueIsNotAHistory() {
        UnfitSeries error = assertThrows(UnfitSeries.class, () -> Baselines.NAIVE.fit(new double[] { 4 }, 1));
        assertEquals("The naive method needs at least 2 past values; the series has 1", error.getMessage());
    }
}
