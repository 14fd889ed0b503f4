package org.grenier.forecast.internal.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.model.BatchForecaster;
import org.grenier.forecast.internal.model.Prediction;

/**
 * The rolling-origin backtest of a method that learns across series: at each cut-off every series is cut, the
 * method trains on the cut batch only (so no series' future reaches the model through another's rows), and each
 * forecast is scored on what followed.
 */
public final class BatchBacktest {

    private BatchBacktest() {
    }

    public static BacktestScore run(BatchForecaster method, List<DemandSeries> histories, int horizon, int origins,
            ComputeLimits limits, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Backtesting " + method.methodName(), origins);
        ScoreSheet sheet = new ScoreSheet(method.methodName());
        for (int origin = 0; origin < origins; origin++) {
            List<DemandSeries> cut = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < histories.size(); i++) {
                int length = histories.get(i).length() - horizon - (origins - 1 - origin);
                if (length >= 2) {
                    cut.add(histories.get(i).firstPeriods(length));
                    indices.add(i);
                }
            }
            List<Result<BatchForecaster.Fit>> fits = cut.isEmpty() ? List.of()
                    : method.forecastAll(cut, horizon, limits, progress.split(1));
            for (int c = 0; c < cut.size(); c++) {
                if (!fits.get(c).failed()) {
                    score(sheet, indices.get(c), histories.get(indices.get(c)), cut.get(c).length(), horizon,
                            fits.get(c).value().forecast());
                }
            }
        }
        return sheet.score();
    }

    private static void score(ScoreSheet sheet, int index, DemandSeries series, int cut, int horizon,
            SeriesForecast f) {
        double[] y = series.values();
        double[] history = Arrays.copyOf(y, cut);
        double[] actual = Arrays.copyOfRange(y, cut, cut + horizon);
        sheet.add(index, new Prediction(f.mean(), f.lo80(), f.hi80(), f.lo95(), f.hi95()), actual,
                RollingOrigin.naiveError(history, series.frequency().seasonPeriod()));
    }
}
