package org.grenier.optimize.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Known answers from the textbooks the formulas come from. */
class PolicyMathTest {

    @Test
    void economicOrderQuantityOfSilverPykeAndPeterson() {
        // Silver, Pyke and Peterson's MIDAS example: D = 2,400 a year, A = 3.20, v = 0.40, r = 0.24 -> Q = 400.
        assertEquals(400, PolicyMath.economicOrderQuantity(2400, 3.20, 0.40 * 0.24), 1e-9);
        assertEquals(200, PolicyMath.economicOrderQuantity(1000, 10, 0.5), 1e-9);
        assertEquals(0, PolicyMath.economicOrderQuantity(0, 10, 0.5));
    }

    @Test
    void safetyFactorsOfTheNormalTable() {
        assertEquals(1.6449, PolicyMath.safetyFactor(0.95), 1e-4);
        assertEquals(2.3263, PolicyMath.safetyFactor(0.99), 1e-4);
        assertEquals(1.2816, PolicyMath.safetyFactor(0.90), 1e-4);
    }

    @Test
    void leadTimeDemandSpreadWithAndWithoutLeadTimeVariability() {
        // 10 a day with sd 3 over 4 days: sqrt(4 * 9) = 6; a lead time sd of 1 day adds 10^2 * 1: sqrt(136).
        assertEquals(6, PolicyMath.riskPeriodSd(10, 3, 4, 0), 1e-12);
        assertEquals(Math.sqrt(136), PolicyMath.riskPeriodSd(10, 3, 4, 1), 1e-12);
        // the textbook safety stock at 95 %: 1.645 * 6 = 9.87
        assertEquals(9.869, PolicyMath.safetyFactor(0.95) * PolicyMath.riskPeriodSd(10, 3, 4, 0), 1e-3);
    }

    @Test
    void newsvendorCriticalRatioAndQuantity() {
        // Cachon and Terwiesch's O'Neill wetsuit: price 180, cost 110, salvage 90 -> 70 / (70 + 20) = 0.7778.
        assertEquals(0.7778, PolicyMath.criticalRatio(180, 110, 90), 1e-4);
        // N(100, 30^2) at a critical ratio of 0.75: 100 + 0.6745 * 30 = 120.2
        assertEquals(120.2, 100 + PolicyMath.safetyFactor(0.75) * 30, 0.05);
        assertEquals(0.5, PolicyMath.criticalRatio(10, 10, 10));
    }

    @Test
    void undershootOfADailyReviewedPolicy() {
        // constant demand of 10 a day: the position lands on average half a day below s: E[d^2] / 2E[d] = 5 ...
        assertEquals(5, PolicyMath.undershootMean(10, 0), 1e-12);
        // ... uniformly spread over a day's demand, so its variance is 10^2 / 12.
        assertEquals(100.0 / 12, PolicyMath.undershootVariance(10, 0), 1e-9);
    }

    @Test
    void ordersAreWholePacksAtLeastTheMinimum() {
        assertEquals(48, PolicyMath.wholePacks(37, 12, 0), 1e-12);
        assertEquals(60, PolicyMath.wholePacks(37, 12, 50), 1e-12);
        assertEquals(36, PolicyMath.wholePacks(36, 12, 0), 1e-12);
        assertEquals(0, PolicyMath.wholePacks(0, 12, 0), 1e-12);
    }
}
