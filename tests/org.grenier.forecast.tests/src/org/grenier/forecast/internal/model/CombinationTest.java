package org.grenier.forecast.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CombinationTest {

    /** A method that forecasts a constant with a fixed interval, or cannot fit when its value is NaN. */
    private static ForecastMethod constant(String name, double value) {
        return new ForecastMethod() {
            @Override
            public String methodName() {
                return name;
            }

            @Override
            public FittedModel fit(double[] history, int seasonPeriod) {
                if (Double.isNaN(value)) {
                    throw new UnfitSeries(name + " cannot fit");
                }
                return new FittedModel() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public double aicc() {
                        return Double.NaN;
                    }

                    @Override
                    public Prediction forecast(int horizon) {
                        double[] mean = new double[horizon];
                        double[] sd = new double[horizon];
                        java.util.Arrays.fill(mean, value);
                        java.util.Arrays.fill(sd, 1);
                        return Prediction.gaussian(mean, sd);
                    }
                };
            }
        };
    }

    @Test
    void theMedianIgnoresAMemberGoneAstray() {
        Combination median = new Combination("median", Combination.Rule.MEDIAN,
                List.of(constant("a", 10), constant("b", 12), constant("c", 1000)));
        FittedModel fit = median.fit(new double[] { 1, 2, 3 }, 1);
        assertArrayEquals(new double[] { 12, 12 }, fit.forecast(2).mean());
        assertEquals("Median of a, b, c", fit.name());
        Combination mean = new Combination("mean", Combination.Rule.MEAN,
                List.of(constant("a", 10), constant("b", 12), constant("c", 1000)));
        assertArrayEquals(new double[] { 340.6666666666667 }, mean.fit(new double[] { 1 }, 1).forecast(1).mean(), 1e-9);
    }

    @Test
    void aMemberThatCannotFitIsLeftOutAndNamed() {
        Combination median = new Combination("median", Combination.Rule.MEDIAN,
                List.of(constant("a", 10), constant("broken", Double.NaN), constant("c", 20)));
        FittedModel fit = median.fit(new double[] { 1, 2, 3 }, 1);
        assertEquals("Median of a, c", fit.name());
        assertArrayEquals(new double[] { 15 }, fit.forecast(1).mean(), 1e-9);
        assertEquals(15 + Prediction.Z80, fit.forecast(1).hi80()[0], 1e-9);
    }

    @Test
    void theEnvelopeSpansEveryMembersInterval() {
        Combination envelope = new Combination("median", Combination.Rule.MEDIAN, Combination.Bounds.ENVELOPE,
                List.of(constant("a", 10), constant("b", 12), constant("c", 20)));
        Prediction p = envelope.fit(new double[] { 1 }, 1).forecast(1);
        assertEquals(12, p.mean()[0], 1e-9);
        assertEquals(10 - Prediction.Z80, p.lo80()[0], 1e-9);
        assertEquals(20 + Prediction.Z80, p.hi80()[0], 1e-9);
        assertEquals(10 - Prediction.Z95, p.lo95()[0], 1e-9);
        assertEquals(20 + Prediction.Z95, p.hi95()[0], 1e-9);
    }
}
