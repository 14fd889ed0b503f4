package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
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

    /**
     * Rows a fit may use (each series' latest origins, at least 8 each): on M1, 150,000 were no more accurate than
     * 50,000 and took twice as long.
     */
    private static final int MAX_ROWS = 50_000;
    /** Held-out rows that choose the tree count and calibrate intervals: each is scored at every tree count. */
    private static final int MAX_HELD_OUT = 20_000;
    /** Fewer training rows than this make a model of noise. */
    private static final int MIN_ROWS = 20;

    @Override
    public String methodName() {
        return NAME;
    }

    /** Trains on every series of a frequency together; {@code threads} is left to Smile's own parallel split search. */
    @Override
    public List<Result<Fit>> forecastAll(List<DemandSeries> histories, int horizon, int threads,
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
            List<Result<Fit>> forecasts = forecastGroup(group, horizon, progress.split(1));
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

    private List<Result<Fit>> forecastGroup(List<DemandSeries> group, int horizon, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        FeatureLayout layout = new FeatureLayout(group.get(0).frequency(),
                group.get(0).calendar().regressors().names());
        int latest = Math.max(8, MAX_ROWS / (group.size() * horizon));
        Rows training = Rows.training(layout, group, horizon, horizon, latest);
        if (training.size() < MIN_ROWS) {
            return failAll(group, "too little history for gbm: " + training.size() + " training rows across "
                    + group.size() + " series, at least " + MIN_ROWS + " needed");
        }
        int heldOutTargets = Math.max(3, MAX_HELD_OUT / (group.size() * horizon));
        Rows heldOut = Rows.heldOut(layout, group, horizon, horizon, heldOutTargets);
        GradientTreeBoost trial = BoostedTrees.fit(training.frame(), BoostedTrees.TREES, progress.split(1));
        TreePruning pruning = TreePruning.choose(trial, heldOut);
        ConformalBands bands = ConformalBands.of(heldOut, pruning.keptPredictions(), horizon);
        Rows everything = Rows.training(layout, group, horizon, 0, latest);
        GradientTreeBoost model = BoostedTrees.fit(everything.frame(), pruning.kept(), progress.split(2));
        Rows future = Rows.future(layout, group, horizon);
        double[] ratios = model.predict(future.frame());
        String reason = String.format(Locale.ROOT, "gradient-boosted trees learnt across %d series (%d rows) on %s;"
                + " %s; intervals conformal from %d held-out forecasts", group.size(), everything.size(),
                layout.describe(), pruning.describe(), bands.errors());
        String name = "GBM (global, " + pruning.kept() + " trees)";
        Map<String, Double> parameters = Map.of("trees trained", (double) pruning.trained(), "trees kept",
                (double) pruning.kept(), "held-out error, trees kept", pruning.keptError(),
                "held-out error, all trees", pruning.fullError(), "series", (double) group.size(), "rows",
                (double) everything.size());
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
