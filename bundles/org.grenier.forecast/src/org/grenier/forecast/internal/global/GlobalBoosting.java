package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;
import org.grenier.forecast.internal.model.BatchForecaster;

import smile.regression.GradientTreeBoost;

/**
 * The global model ({@code gbm}): one set of gradient-boosted trees learnt across every series of a frequency, the
 * role LightGBM played in the M5 competition. Each row asks "what will the value {@code step} periods after this
 * origin be, relative to the recent level?", from recent lags, the same period last cycle(s), the calendar,
 * holidays and known regressors, so one model forecasts every step directly (no error fed back step to step).
 * A first fit on all but the last {@code horizon} periods chooses the tree count and calibrates the intervals on
 * what it never saw; the final fit uses everything.
 */
public final class GlobalBoosting implements BatchForecaster {

    public static final String NAME = "gbm";

    /** Fewer training rows than this make a model of noise. */
    private static final int MIN_ROWS = 20;

    @Override
    public String methodName() {
        return NAME;
    }

    /**
     * Trains on every series of a frequency together, within the limits: Smile's split search runs on at most
     * {@code limits.threads()} threads and the training rows fit in its working memory.
     */
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
        SubMonitor progress = SubMonitor.convert(monitor, "Gradient boosting across " + histories.size() + " series",
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
    private static String problem(DemandSeries series, int horizon) {
        if (series.length() < 2) {
            return "gbm needs at least 2 periods of history, has " + series.length();
        }
        int known = series.calendar().regressors().knownPeriods();
        if (known < series.length() + horizon) {
            return "the regressors are known for " + (known - series.length()) + " future periods; gbm needs all "
                    + horizon + " of the horizon";
        }
        return null;
    }

    /** Series share a model when they share a frequency and regressors. */
    private static String groupKey(DemandSeries series) {
        return series.frequency() + " " + series.calendar().regressors().names();
    }

    private List<Result<Fit>> forecastGroup(List<DemandSeries> group, int horizon, ComputeLimits limits,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        FeatureLayout layout = new FeatureLayout(group.get(0).frequency(),
                group.get(0).calendar().regressors().names());
        RowBudget budget = RowBudget.of(group.size(), horizon, layout.width(), limits);
        List<DemandSeries> learners = budget.learners(group);
        Rows training = Rows.training(layout, learners, horizon, horizon, budget.latest());
        if (training.size() < MIN_ROWS) {
            return failAll(group, "too little history for gbm: " + training.size() + " training rows across "
                    + learners.size() + " series, at least " + MIN_ROWS + " needed");
        }
        Rows heldOut = Rows.heldOut(layout, learners, horizon, horizon,
                budget.heldOutTargets(learners.size(), horizon));
        GradientTreeBoost trial = BoostedTrees.fit(training.frame(), BoostedTrees.TREES, limits.threads(),
                progress.split(1));
        TreePruning pruning = TreePruning.choose(trial, heldOut);
        ConformalBands bands = ConformalBands.of(heldOut, pruning.keptPredictions(), horizon);
        Rows everything = Rows.training(layout, learners, horizon, 0, budget.latest());
        GradientTreeBoost model = BoostedTrees.fit(everything.frame(), pruning.kept(), limits.threads(),
                progress.split(2));
        Rows future = Rows.future(layout, group, horizon);
        double[] ratios = model.predict(future.frame());
        String reason = String.format(Locale.ROOT, "gradient-boosted trees learnt across %d series (%d rows) on %s;"
                + " %s; intervals conformal from %d held-out forecasts", learners.size(), everything.size(),
                layout.describe(), pruning.describe(), bands.errors());
        String name = "GBM (global, " + pruning.kept() + " trees)";
        Map<String, Double> parameters = Map.of("trees trained", (double) pruning.trained(), "trees kept",
                (double) pruning.kept(), "held-out error, trees kept", pruning.keptError(),
                "held-out error, all trees", pruning.fullError(), "series", (double) learners.size(), "rows",
                (double) everything.size(), "row budget", (double) budget.maxRows());
        List<Result<Fit>> results = new ArrayList<>();
        for (int s = 0; s < group.size(); s++) {
            SeriesForecast forecast = forecast(group.get(s), s, future, ratios, bands, horizon, name, reason);
            results.add(Result.ok(new Fit(forecast, parameters)));
        }
        return results;
    }

    private static SeriesForecast forecast(DemandSeries series, int index, Rows future, double[] ratios,
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
