package org.grenier.forecast.internal.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grenier.core.forecast.BacktestScore;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.forecast.internal.model.ForecastMethod;
import org.grenier.forecast.internal.model.Prediction;
import org.grenier.forecast.internal.model.UnfitSeries;

/**
 * A rolling-origin backtest (Tashman 2000): for each cut-off, the method is given a copy of the history before it
 * and nothing after, so no future value can reach a model or its features; its forecast is scored on what followed.
 */
public final class RollingOrigin {

    private final int horizon;
    private final int origins;
    private final List<ForecastMethod> methods;
    private final List<ScoreSheet> sheets = new ArrayList<>();

    public RollingOrigin(int horizon, int origins, List<ForecastMethod> methods) {
        this.horizon = horizon;
        this.origins = origins;
        this.methods = List.copyOf(methods);
        methods.forEach(method -> sheets.add(new ScoreSheet(method.methodName())));
    }

    /** Backtests one series with every method; safe to call from several threads for different series. */
    public void run(int index, DemandSeries series) {
        double[] y = series.values();
        int period = series.frequency().seasonPeriod();
        for (int origin = 0; origin < origins; origin++) {
            int cut = y.length - horizon - (origins - 1 - origin);
            if (cut < 2) {
                continue;
            }
            double[] history = Arrays.copyOf(y, cut);
            double[] actual = Arrays.copyOfRange(y, cut, cut + horizon);
            double scale = naiveError(history, period);
            for (int m = 0; m < methods.size(); m++) {
                try {
                    Prediction forecast = methods.get(m).fit(history, period).forecast(horizon);
                    sheets.get(m).add(index, forecast, actual, scale);
                } catch (UnfitSeries unfit) {
                    // a method that cannot fit this cut-off is scored on the others only
                }
            }
        }
    }

    public List<BacktestScore> scores() {
        return sheets.stream().map(ScoreSheet::score).toList();
    }

    /** Mean absolute error of the seasonal naive forecast within the history (the naive one when it is short). */
    public static double naiveError(double[] history, int period) {
        int lag = history.length > period ? period : 1;
        double sum = 0;
        for (int t = lag; t < history.length; t++) {
            sum += Math.abs(history[t] - history[t - lag]);
        }
        return history.length > lag ? sum / (history.length - lag) : 0;
    }
}
