package org.grenier.forecast.internal.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.Frequency;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.backtest.BatchBacktest;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.junit.jupiter.api.Test;

/** A method that learns across series is backtested on cut batches: no series' future reaches it. */
class BatchBacktestTest {

    @Test
    void eachOriginTrainsOnTheCutBatchOnly() {
        List<DemandSeries> histories = List.of(line("A", 30), line("B", 20), line("C", 7));
        List<List<Integer>> seen = new ArrayList<>();
        BatchForecaster spy = new BatchForecaster() {
            @Override
            public String methodName() {
                return "spy";
            }

            @Override
            public List<Result<Fit>> forecastAll(List<DemandSeries> batch, int horizon, ComputeLimits limits,
                    IProgressMonitor monitor) {
                seen.add(batch.stream().map(DemandSeries::length).toList());
                List<Result<Fit>> fits = new ArrayList<>();
                for (DemandSeries series : batch) {
                    double[] y = series.values();
                    assertArrayEquals(Arrays.copyOf(line("", 30).values(), y.length), y, "a cut copy of the start");
                    double[] last = new double[horizon];
                    Arrays.fill(last, y[y.length - 1]);
                    fits.add(Result.ok(new Fit(new SeriesForecast(series.name(), "last", last, last, last, last, last,
                            ""), java.util.Map.of())));
                }
                return fits;
            }
        };
        BacktestScore score = BatchBacktest.run(spy, histories, 4, 3, new ComputeLimits(1, 64), new NullProgressMonitor());
        // origins cut 6, 5 and 4 periods before each end; C (7 long) keeps 1, 2 and 3 values: only its last two count
        assertEquals(List.of(List.of(24, 14), List.of(25, 15, 2), List.of(26, 16, 3)), seen);
        assertEquals(3, score.series());
        assertEquals(8, score.forecasts());
        // a line rising by one a period, forecast flat: errors 1..4, naive error 1, so MASE 2.5 for every forecast
        assertEquals(2.5, score.mase(), 1e-12);
    }

    private static DemandSeries line(String name, int length) {
        double[] y = new double[length];
        for (int t = 0; t < length; t++) {
            y[t] = t;
        }
        return new DemandSeries(name, y, Frequency.YEARLY);
    }
}
