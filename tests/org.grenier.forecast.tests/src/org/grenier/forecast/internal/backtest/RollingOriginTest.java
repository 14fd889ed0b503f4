package org.grenier.forecast.internal.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.forecast.internal.baseline.Baselines;
import org.grenier.forecast.internal.model.FittedModel;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.junit.jupiter.api.Test;

class RollingOriginTest {

    /** y[t] = t: a value tells its own time, so a model that saw the future would show it. */
    private static DemandSeries line(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = t;
        }
        return new DemandSeries("line", y, Frequency.YEARLY);
    }

    @Test
    void noFutureValueReachesAModel() {
        List<double[]> seen = new ArrayList<>();
        ForecastMethod spy = new ForecastMethod() {
            @Override
            public String methodName() {
                return "spy";
            }

            @Override
            public FittedModel fit(double[] history, int seasonPeriod) {
                seen.add(history.clone());
                return Baselines.NAIVE.fit(history, seasonPeriod);
            }
        };
        new RollingOrigin(4, 3, List.of(spy)).run(0, line(20));
        assertEquals(3, seen.size());
        int[] cuts = { 14, 15, 16 };
        for (int i = 0; i < 3; i++) {
            double[] history = seen.get(i);
            assertEquals(cuts[i], history.length, "origin " + i + " sees only what came before its cut-off");
            for (int t = 0; t < history.length; t++) {
                assertEquals(t, history[t], 0);
            }
        }
    }

    @Test
    void naiveOnALineScoresWhatArithmeticSays() {
        RollingOrigin backtest = new RollingOrigin(4, 3, List.of(Baselines.NAIVE));
        backtest.run(0, line(20));
        BacktestScore score = backtest.scores().get(0);
        // the naive forecast stays at the last value: errors -1, -2, -3, -4; the in-sample naive error is 1
        assertEquals(3, score.forecasts());
        assertEquals(2.5, score.mase(), 1e-12);
        assertEquals(-2.5, score.bias(), 1e-12);
        assertEquals(Math.sqrt(7.5), score.rmse(), 1e-12);
    }

    @Test
    void aSeriesTooShortForACutOffIsSkippedThere() {
        RollingOrigin backtest = new RollingOrigin(4, 3, List.of(Baselines.NAIVE));
        backtest.run(0, line(6));
        assertEquals(1, backtest.scores().get(0).forecasts(), "only the last origin leaves 2 values to learn from");
    }
}
