package org.grenier.forecast.internal.intermittent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;
import org.junit.jupiter.api.Test;

/** Croston, SBA and TSB against values worked by hand and the behaviour each was designed for. */
class IntermittentDemandTest {

    @Test
    void crostonSmoothsSizesAndIntervalsWhenAnOrderComes() {
        double[] y = {0, 0, 5, 0, 3, 0, 0, 4};
        Smoothing croston = Smoothing.run(false, y, 0.1, 0.1);
        // first order 5 after 3 periods; then 3 after 2 (size 4.8, interval 2.9); then 4 after 3 (4.72, 2.91)
        assertEquals(4.72, croston.size(), 1e-12);
        assertEquals(2.91, croston.interval(), 1e-12);
        assertEquals(4.72 / 2.91, croston.rate(), 1e-12);
        // TSB: the chance of an order starts at 1/3 and moves 10 % of the way to 0 or 1 every period
        Smoothing tsb = Smoothing.run(true, y, 0.1, 0.1);
        double chance = 1.0 / 3;
        for (int t = 3; t < y.length; t++) {
            chance += 0.1 * ((y[t] != 0 ? 1 : 0) - chance);
        }
        assertEquals(chance, tsb.chance(), 1e-12);
        assertEquals(4.72 * chance, tsb.rate(), 1e-12);
    }

    @Test
    void sbaRemovesCrostonsBiasAndTsbLetsADeadProductFade() {
        double[] y = new double[80];
        for (int t = 0; t < 50; t += 3) {
            y[t] = 6;
        }
        double croston = IntermittentDemand.CROSTON.fit(y, 1).forecast(1).mean()[0];
        double sba = IntermittentDemand.SBA.fit(y, 1).forecast(1).mean()[0];
        double tsb = IntermittentDemand.TSB.fit(y, 1).forecast(1).mean()[0];
        assertTrue(sba < croston, sba + " < " + croston);
        // no sale in the last 31 periods: Croston still expects an order every 3, TSB has learnt it has stopped
        assertTrue(croston > 1.5, "Croston: " + croston);
        assertTrue(tsb < 0.3 * croston, tsb + " against " + croston);
    }

    @Test
    void intervalsAreThoseOfOnePeriodsDemand() {
        double[] y = new double[40];
        for (int t = 0; t < 40; t += 4) {
            y[t] = 10 + t / 4;
        }
        Prediction p = IntermittentDemand.CROSTON.fit(y, 1).forecast(3);
        // an order one period in four: 80 % of periods hold at most no order, so the 80 % band starts at 0
        assertEquals(0, p.lo80()[2]);
        assertEquals(0, p.lo95()[0]);
        assertTrue(p.hi95()[0] > 15 && p.hi95()[0] <= 19, Arrays.toString(p.hi95()));
        assertTrue(p.hi80()[0] >= 10 && p.hi80()[0] <= p.hi95()[0], Arrays.toString(p.hi80()));
        UnfitSeries unfit = assertThrows(UnfitSeries.class, () -> IntermittentDemand.TSB.fit(new double[] {0, 3, 0}, 1));
        assertEquals("TSB needs at least 2 periods with demand, has 1", unfit.getMessage());
    }
}
