package org.grenier.forecast.internal.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.grenier.core.ComputeLimits;
import org.grenier.core.Result;
import org.grenier.core.forecast.DemandSeries;
import org.grenier.core.forecast.SeriesForecast;

import smile.regression.GradientTreeBoost;

/**
 * The global model ({@code gbm}): one set of gradient-boosted trees learnt across every series of a frequency, the
 * role LightGBM played in the M5 competition. Each row asks "what will the value {@code step} periods after this
 * origin be, relative to the recent level?", from recent lags, the same period last cycle(s), the calendar,
 * holidays and known regressors, so one model forecasts every step directly (no error fed back step to step).
 * A first fit on all but the last {@code horizon} periods chooses the tree count and calibrates the intervals on
 * what it never saw; the final fit uses everything.
 */
public final class GlobalBoosting extends GlobalLearner {

    public static final String NAME = "gbm";

    @Override
    public String methodName() {
        return NAME;
    }

    /** Smile's split search runs on at most {@code limits.threads()} threads. */
    @Override
    protected List<Result<Fit>> learn(List<DemandSeries> group, int horizon, ComputeLimits limits,
            TrainingRows rows, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        FeatureLayout layout = rows.layout();
        List<DemandSeries> learners = rows.learners();
        Rows heldOut = rows.heldOut();
        GradientTreeBoost trial = BoostedTrees.fit(rows.training().frame(), BoostedTrees.TREES,
                limits.threads(), progress.split(1));
        TreePruning pruning = TreePruning.choose(trial, heldOut);
        ConformalBands bands = ConformalBands.of(heldOut, pruning.keptPredictions(), horizon);
        Rows everything = rows.everything(horizon);
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
                (double) everything.size(), "row budget", (double) rows.budget().maxRows());
        List<Result<Fit>> results = new ArrayList<>();
        for (int s = 0; s < group.size(); s++) {
            SeriesForecast forecast = forecast(group.get(s), s, future, ratios, bands, horizon, name, reason);
            results.add(Result.ok(new Fit(forecast, parameters)));
        }
        return results;
    }
}
