package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.model.BatchForecaster;

/**
 * A model learnt across many series at once on the rows of {@link FeatureLayout}: series that share a frequency and
 * regressors share one model, and each learner turns its predicted ratios to the level into forecasts with
 * conformal bands.
 */
abstract class GlobalLearner implements BatchForecaster {

    /** Trains on every series of a frequency together, the training rows within the working memory. */
    @Override
    public List<Result<Fit>> forecastAll(List<DemandSeries> histories, int horizon, ComputeLimits limits,
            IProgressMonitor monitor) {
        List<Result<Fit>> results = new ArrayList<>(histories.size());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < histories.size(); i++) {
            DemandSeries series = histories.get(i);
            String problem = problem(series, horizon);
            results.add(problem == null ? null : Result.error(series.name() + ": " + problem));
            if (problem == null) {
                groups.computeIfAbsent(groupKey(series), k -> new ArrayList<>()).add(i);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, methodName() + " across " + histories.size() + " series",
                groups.size());
        for (List<Integer> members : groups.values()) {
            List<DemandSeries> group = members.stream().map(histories::get).toList();
            List<Result<Fit>> forecasts = forecastGroup(group, horizon, limits, progress.split(1));
            for (int m = 0; m < members.size(); m++) {
                results.set(members.get(m), forecasts.get(m));
            }
        }
        return results;
    }

    /** Why a series cannot take part, or null. */
    private String problem(DemandSeries series, int horizon) {
        if (series.length() < 2) {
            return methodName() + " needs at least 2 periods of history, has " + series.length();
        }
        int known = series.calendar().regressors().knownPeriods();
        if (known < series.length() + horizon) {
            return "the regressors are known for " + (known - series.length()) + " future periods; " + methodName() + " needs all "
                    + horizon + " of the horizon";
        }
        return null;
    }

    /** Series share a model when they share a frequency and regressors. */
    private static String groupKey(DemandSeries series) {
        return series.frequency() + " " + series.calendar().regressors().names();
    }

    /** Forecasts one group of series that share a model, or fails them all when they have too few rows. */
    private List<Result<Fit>> forecastGroup(List<DemandSeries> group, int horizon, ComputeLimits limits,
            IProgressMonitor monitor) {
        Result<TrainingRows> rows = TrainingRows.of(methodName(), group, horizon, limits);
        return rows.failed() ? failAll(group, rows.message()) : learn(group, horizon, limits, rows.value(), monitor);
    }

    /** Learns one model from the group's rows and forecasts every series of the group with it. */
    protected abstract List<Result<Fit>> learn(List<DemandSeries> group, int horizon, ComputeLimits limits,
            TrainingRows rows, IProgressMonitor monitor);

    /** One series' forecast from the ratios predicted for its rows of {@code future}. */
    static SeriesForecast forecast(DemandSeries series, int index, Rows future, double[] ratios,
            ConformalBands bands, int horizon, String name, String reason) {
        double[] mean = new double[horizon];
        double[] lo80 = new double[horizon], hi80 = new double[horizon];
        double[] lo95 = new double[horizon], hi95 = new double[horizon];
        for (int row = index * horizon; row < (index + 1) * horizon; row++) {
            int step = future.step(row);
            double level = future.level(row);
            int i = step - 1;
            mean[i] = ratios[row] * level;
            lo80[i] = mean[i] - bands.half80(step) * level;
            hi80[i] = mean[i] + bands.half80(step) * level;
            lo95[i] = mean[i] - bands.half95(step) * level;
            hi95[i] = mean[i] + bands.half95(step) * level;
        }
        return new SeriesForecast(series.name(), name, mean, lo80, hi80, lo95, hi95, reason);
    }

    private static List<Result<Fit>> failAll(List<DemandSeries> group, String why) {
        return group.stream().map(s -> Result.<Fit>error(s.name() + ": " + why)).toList();
    }
}
